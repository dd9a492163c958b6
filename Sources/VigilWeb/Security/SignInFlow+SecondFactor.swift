import Foundation
import GRDB
import HTTPTypes
import VigilStore

extension SignInFlow {
    /// The code step: a correct, unused code signs the session in under a new id.
    ///
    /// Not slowed by the wait after failed attempts (the password was just accepted through it), but
    /// counted towards the lockout, so guessing codes still locks the account.
    func code(_ code: String, session: UserSession, client: String) async throws -> Outcome {
        let now = services.clock.now()
        guard let userID = session.userID,
            let user = try await services.store.asyncRead({ db in try UserDirectory.user(id: userID, in: db) }),
            user.isEnabled, let secret = user.totpSecret
        else { throw WebError.forbidden }
        let key = LoginThrottle.account(known: user.username)
        let previousFailure: Date?
        switch try await reserve(key, client: client, at: now, slowed: false) {
        case .refused(let refusal):
            try await end(session, because: "refused: \(refusal)", at: now)
            return .refused(refusal)
        case .admitted(let previous):
            previousFailure = previous
        }
        guard
            let step = services.secondFactor.acceptedStep(
                for: code,
                secret: secret,
                at: now,
                after: user.totpLastStep
            )
        else {
            if let locked = try await fail(key, why: "wrong or reused code", client: client, at: now) {
                try await end(session, because: "account locked", at: now)
                return .refused(locked)
            }
            return .refused("That code is not right. Enter the code your authenticator app shows now.")
        }
        do {
            let token = try await rotate(session, to: .signedIn, userID: user.id, client: client, at: now) { db in
                guard try UserDirectory.consumeTOTPStep(step, userID: user.id, in: db) else {
                    throw WebError(.forbidden, "That code has already been used. Wait for the next one.")
                }
                try Self.signedIn(user, key: key, client: client, detail: "password and code", at: now, in: db)
            }
            return .accepted(token: token, next: "/")
        } catch is LockedMeanwhile {
            try await end(session, because: "account locked", at: now)
            return .refused(Self.locked)
        } catch {
            try await release(key, reservedAt: now, previousFailure: previousFailure)
            throw error
        }
    }

    /// Finishes enrolment: the user's own password and a confirmed second factor, then signed in.
    func enrol(
        password: String,
        confirmation: String,
        code: String,
        session: UserSession,
        client: String
    ) async throws -> Outcome {
        let now = services.clock.now()
        guard let userID = session.userID, let secret = session.pendingSecret,
            let user = try await services.store.asyncRead({ db in try UserDirectory.user(id: userID, in: db) }),
            user.isEnabled
        else { throw WebError.forbidden }
        if let problem = passwordProblem(password, confirmation: confirmation, username: user.username) {
            return .refused(problem)
        }
        let key = LoginThrottle.account(known: user.username)
        let previousFailure: Date?
        switch try await reserve(key, client: client, at: now, slowed: false) {
        case .refused(let refusal): return .refused(refusal)
        case .admitted(let previous): previousFailure = previous
        }
        guard let step = services.secondFactor.acceptedStep(for: code, secret: secret, at: now, after: 0) else {
            if let locked = try await fail(key, why: "wrong enrolment code", client: client, at: now) {
                try await end(session, because: "account locked", at: now)
                return .refused(locked)
            }
            return .refused(Self.wrongEnrolmentCode)
        }
        if try await services.hasher.verify(password, against: user.passwordHash) {
            try await release(key, reservedAt: now, previousFailure: previousFailure)
            return .refused(Self.sameAsTemporary)
        }
        let hash = try await services.hasher.hash(password)
        do {
            let token = try await rotate(session, to: .signedIn, userID: user.id, client: client, at: now) { db in
                try UserDirectory.completeEnrolment(
                    userID: user.id,
                    passwordHash: hash,
                    totpSecret: secret,
                    acceptedStep: step,
                    at: now,
                    in: db
                )
                try Self.signedIn(user, key: key, client: client, detail: "enrolment completed", at: now, in: db)
            }
            return .accepted(token: token, next: "/")
        } catch is LockedMeanwhile {
            try await end(session, because: "account locked", at: now)
            return .refused(Self.locked)
        }
    }

    /// What is wrong with a chosen password, if anything.
    func passwordProblem(_ password: String, confirmation: String, username: String) -> String? {
        if let problem = PasswordRules(minimumLength: services.login.minimumPasswordLength)
            .problem(password, username: username)
        {
            return problem
        }
        return password == confirmation ? nil : Self.passwordsDiffer
    }

    /// Enrolment's refusal when the two passwords typed differ.
    static let passwordsDiffer = "The two passwords are not the same."
    /// Enrolment's refusal of a wrong code from the new authenticator app.
    static let wrongEnrolmentCode =
        "That code is not right. Scan the code again and enter the six digits your app shows."
    /// Enrolment's refusal of the temporary password as the new one.
    static let sameAsTemporary = "Choose a password different from the temporary one."

    private func end(_ session: UserSession, because reason: String, at now: Date) async throws {
        try await services.store.asyncWrite { db in
            try SessionStore.end(tokenHash: session.tokenHash, reason: reason, at: now, in: db)
        }
    }

    private static func signedIn(
        _ user: UserAccount,
        key: String,
        client: String,
        detail: String,
        at now: Date,
        in db: Database
    ) throws {
        guard try LoginThrottle.settleSuccess(of: key, clearing: true, in: db) else { throw LockedMeanwhile() }
        try AuditIndex.record(
            AuditEvent(
                at: now,
                actor: user.username,
                action: .signIn,
                objectType: "user",
                objectIDs: [user.username],
                detail: "\(detail); from \(client)"
            ),
            in: db
        )
    }
}

import Foundation
import GRDB
import VigilStore

/// The rules of signing in: throttling, the password, the code, and the sessions each step leaves.
///
/// Every failure is counted against the account name (known or not) and logged; the count is cleared
/// only when both factors have been accepted, so guessing codes after a known password still locks.
struct SignInFlow: Sendable {
    /// The outcome of a step.
    enum Outcome: Sendable {
        /// Refused, with what to tell the person.
        case refused(String)
        /// Accepted: the new session's id and where to go next.
        case accepted(token: String, next: String)
    }

    static let wrongPassword = "The user name or password is not right."
    static let locked = "This account is locked after too many failed attempts. Ask an administrator to unlock it."

    let services: WebServices

    /// The password step: on success, a new session at the code (or enrolment) stage replaces the
    /// anonymous one.
    func password(
        username typed: String,
        password: String,
        client: String,
        session: UserSession?
    ) async throws
        -> Outcome
    {
        let now = services.clock.now()
        let (user, key) = try await services.store.asyncRead { db in
            let user = try UserDirectory.user(named: typed, in: db)
            return (user, try LoginThrottle.account(typed: typed, known: user != nil, in: db))
        }
        if let refusal = try await throttled(key, client: client, at: now) { return .refused(refusal) }
        let verified = try await services.hasher.verify(password, against: user?.passwordHash ?? services.decoyHash)
        guard let user, verified, user.isEnabled else {
            let why = user == nil ? "unknown account" : (user!.isEnabled ? "wrong password" : "account disabled")
            return .refused(try await fail(key, why: why, client: client, at: now) ?? Self.wrongPassword)
        }
        if user.passwordIsTemporary, (user.passwordExpiresAt ?? .distantPast) <= now {
            let message = try await fail(key, why: "temporary password expired", client: client, at: now)
            return .refused(message ?? "This temporary password has expired. Ask an administrator to reset it.")
        }
        let stage: UserSession.Stage = user.isEnrolled ? .secondFactor : .enrolment
        let token = try await rotate(session, to: stage, userID: user.id, client: client, at: now) { _ in }
        return .accepted(token: token, next: stage == .enrolment ? "/enrol" : "/login/code")
    }

    /// A refusal message when the account is locked or must wait, else `nil`.
    func throttled(_ key: String, client: String, at now: Date) async throws -> String? {
        guard let failure = try await services.store.asyncRead({ db in try LoginThrottle.failure(of: key, in: db) })
        else {
            return nil
        }
        if failure.isLocked {
            _ = try await services.store.asyncWrite { db in
                try AuditIndex.record(
                    AuditEvent(
                        at: now,
                        actor: key,
                        action: .signInFailure,
                        objectType: "user",
                        objectIDs: [key],
                        detail: "attempt on a locked account from \(client)"
                    ),
                    in: db
                )
            }
            return Self.locked
        }
        let next = services.login.nextAttempt(after: failure)
        if next > now {
            let seconds = Int(next.timeIntervalSince(now).rounded(.up))
            return "Too many failed attempts. Wait \(seconds) second\(seconds == 1 ? "" : "s") and try again."
        }
        return nil
    }

    /// Counts a failure; returns the lockout message if this failure locked the account.
    func fail(_ key: String, why: String, client: String, at now: Date) async throws -> String? {
        let lockAfter = services.login.lockAfter
        let failure = try await services.store.asyncWrite { db in
            try LoginThrottle.recordFailure(of: key, why: why, client: client, lockAfter: lockAfter, at: now, in: db)
        }
        return failure.isLocked ? Self.locked : nil
    }

    /// Ends `old` and creates a session at `stage` under a new id (so an id seen before sign-in is
    /// worthless after it), running `alsoDo` in the same transaction; returns the new id.
    func rotate(
        _ old: UserSession?,
        to stage: UserSession.Stage,
        userID: Int64,
        client: String,
        at now: Date,
        alsoDo: @escaping @Sendable (Database) throws -> Void
    ) async throws -> String {
        let token = SessionToken.generate()
        try await services.store.asyncWrite { db in
            if let old {
                try SessionStore.end(tokenHash: old.tokenHash, reason: "advanced to \(stage)", at: now, in: db)
            }
            try SessionStore.create(
                tokenHash: SessionToken.hash(token),
                userID: userID,
                stage: stage,
                csrfToken: SessionToken.generate(),
                client: client,
                at: now,
                in: db
            )
            try alsoDo(db)
        }
        return token
    }
}

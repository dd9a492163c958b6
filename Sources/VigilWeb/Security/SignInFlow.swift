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
        /// Not tried: too many password checks are running or waiting; try again in a few seconds.
        case busy
    }

    static let busy = "Too many sign-ins at once. Try again in a few seconds."

    static let wrongPassword = "The user name or password is not right."
    static let locked = "This account is locked after too many failed attempts. Ask an administrator to unlock it."

    let services: WebServices

    /// The password step: on success, a new session at the code (or enrolment) stage replaces the
    /// anonymous one.
    ///
    /// Only a few password checks run at once (``WebServices/passwordChecks``); beyond them and a short
    /// queue the answer is ``Outcome/busy``, before anything is counted against the account (the refusal
    /// is noted in the audit trail, a bounded number of times: `SignInRefusals`).
    ///
    /// The attempt is counted before the password is checked (``reserve(_:client:at:slowed:)``), so
    /// parallel guesses cannot all pass the throttle while the first is still being checked; a right
    /// password is accepted only if the account was not locked meanwhile, and gives its attempt back
    /// whole, so it does not restart the wait earlier failures began.
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
        let hash = user?.passwordHash ?? services.decoyHash
        let checked = try await services.passwordChecks.run { () async throws -> Verification in
            switch try await reserve(key, client: client, at: now) {
            case .refused(let refusal): return .refused(refusal)
            case .admitted(let previousFailure):
                return .checked(try await services.hasher.verify(password, against: hash), previousFailure)
            }
        }
        let verified: Bool
        let previousFailure: Date?
        switch checked {
        case nil:
            try await services.store.asyncWrite { db in
                try SignInRefusals.note(.busy, account: key, client: client, at: now, in: db)
            }
            return .busy
        case .refused(let refusal): return .refused(refusal)
        case .checked(let result, let previous): (verified, previousFailure) = (result, previous)
        }
        guard let user, verified, user.isEnabled else {
            let why = user == nil ? "unknown account" : (user!.isEnabled ? "wrong password" : "account disabled")
            return .refused(try await fail(key, why: why, client: client, at: now) ?? Self.wrongPassword)
        }
        if user.passwordIsTemporary, (user.passwordExpiresAt ?? .distantPast) <= now {
            let message = try await fail(key, why: "temporary password expired", client: client, at: now)
            return .refused(message ?? "This temporary password has expired. Ask an administrator to reset it.")
        }
        let stage: UserSession.Stage = user.isEnrolled ? .secondFactor : .enrolment
        do {
            let token = try await rotate(session, to: stage, userID: user.id, client: client, at: now) { db in
                let reserved = (at: now, previousFailure: previousFailure)
                guard try LoginThrottle.settleSuccess(of: key, clearing: false, reserved: reserved, in: db) else {
                    throw LockedMeanwhile()
                }
            }
            return .accepted(token: token, next: stage == .enrolment ? "/enrol" : "/login/code")
        } catch is LockedMeanwhile {
            return .refused(Self.locked)
        }
    }

    /// What became of a password check let through the gate.
    private enum Verification: Sendable {
        case refused(String)
        /// Whether the password was right, and when the last failure was before this attempt.
        case checked(Bool, Date?)
    }

    /// Whether an attempt may go on to check its secret.
    enum Admission: Sendable {
        /// Not now: what to tell the person.
        case refused(String)
        /// Counted, to be settled; `previousFailure` is the last failure before it, which a success puts back.
        case admitted(previousFailure: Date?)
    }

    /// Thrown inside a success's transaction when the account was locked while its secret was checked.
    struct LockedMeanwhile: Error {}

    /// Counts an attempt against `key` before its secret is checked; refused when the account is locked
    /// or, if `slowed`, must wait (otherwise the attempt is reserved and must be settled: by
    /// ``fail(_:why:client:at:)``, or by `LoginThrottle.settleSuccess` in the success's transaction).
    ///
    /// The code and enrolment steps are not `slowed`: they follow a password accepted a moment ago,
    /// which the wait was there to slow, and the code is counted towards the lockout all the same.
    func reserve(_ key: String, client: String, at now: Date, slowed: Bool = true) async throws -> Admission {
        let policy = services.login
        let reservation = try await services.store.asyncWrite { db in
            try LoginThrottle.reserveAttempt(
                of: key,
                client: client,
                lockAfter: policy.lockAfter,
                nextAttempt: slowed ? policy.nextAttempt(after:) : { _ in .distantPast },
                at: now,
                in: db
            )
        }
        switch reservation {
        case .reserved(let previousFailure):
            return .admitted(previousFailure: previousFailure)
        case .locked:
            return .refused(Self.locked)
        case .wait(let next):
            let seconds = max(1, Int(next.timeIntervalSince(now).rounded(.up)))
            return .refused("Too many failed attempts. Wait \(seconds) second\(seconds == 1 ? "" : "s") and try again.")
        }
    }

    /// Settles a reserved attempt as a failure; returns the lockout message if it locked the account.
    func fail(_ key: String, why: String, client: String, at now: Date) async throws -> String? {
        let lockAfter = services.login.lockAfter
        let failure = try await services.store.asyncWrite { db in
            try LoginThrottle.settleFailure(of: key, why: why, client: client, lockAfter: lockAfter, at: now, in: db)
        }
        return failure.isLocked ? Self.locked : nil
    }

    /// Gives back a reserved attempt that checked no secret, reserved at `now` after a failure at
    /// `previousFailure`.
    func release(_ key: String, reservedAt now: Date, previousFailure: Date?) async throws {
        try await services.store.asyncWrite { db in
            try LoginThrottle.release(key, reserved: (at: now, previousFailure: previousFailure), in: db)
        }
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

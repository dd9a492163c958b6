import Foundation
import GRDB

extension LoginThrottle {
    /// Whether an attempt may go on to check a password or code.
    public enum Reservation: Hashable, Sendable {
        /// The attempt is counted as a failure until it is settled; go on and check the secret.
        /// `previousFailure` is when the last failure was before this attempt moved it to now (`nil` when
        /// none was recorded): a success puts it back (``settleSuccess(of:clearing:reserved:in:)``).
        case reserved(previousFailure: Date?)
        /// The account is locked (or every attempt it has left is already in flight).
        case locked
        /// Too many recent failures: the next attempt may be made at this instant.
        case wait(until: Date)
    }

    /// Counts an attempt against an account key *before* its password or code is checked, in one write.
    ///
    /// Checking the throttle, checking the secret and then counting a failure let every request in
    /// flight pass the check (a burst of parallel guesses all ran before the first was counted). Here
    /// the attempt is counted, and the time of the last failure moved to `now`, in the same transaction
    /// as the check, so the next attempt sees it at once: at most `lockAfter` secrets are ever checked
    /// between successes. Settle the attempt with ``settleFailure(of:why:client:lockAfter:at:in:)`` when
    /// the secret was wrong, or ``settleSuccess(of:clearing:reserved:in:)`` when it was right. An attempt
    /// refused (locked, or too soon) is noted in the trail, a bounded number of times
    /// (``SignInRefusals``); every attempt also writes the counts of refusal windows that have ended.
    public static func reserveAttempt(
        of key: String,
        client: String,
        lockAfter: Int,
        nextAttempt: (LoginFailure) -> Date,
        at now: Date,
        in db: Database
    ) throws -> Reservation {
        try SignInRefusals.closeWindows(endedBy: now, in: db)
        let recorded = try failure(of: key, in: db)
        if let failure = recorded {
            if failure.isLocked || failure.failures >= lockAfter {
                try SignInRefusals.note(.locked, account: key, client: client, at: now, in: db)
                return .locked
            }
            let next = nextAttempt(failure)
            if next > now {
                try SignInRefusals.note(.throttled, account: key, client: client, at: now, in: db)
                return .wait(until: next)
            }
        }
        let at = StoreTime.text(now)
        try db.execute(
            sql: """
                INSERT INTO login_failure (account, failures, first_failed_at, last_failed_at, last_client)
                VALUES (?, 1, ?, ?, ?)
                ON CONFLICT (account) DO UPDATE SET failures = failures + 1, last_failed_at = excluded.last_failed_at,
                    last_client = excluded.last_client
                """,
            arguments: [key, at, at, client]
        )
        if key.hasPrefix(unknownPrefix) { try pruneUnknownNames(keeping: unknownNamesKept, in: db) }
        return .reserved(previousFailure: recorded?.lastFailedAt)
    }

    /// The prefix of the labels of names that match no account.
    public static let unknownPrefix = "unknown:"

    /// How many names that match no account keep their failures.
    public static let unknownNamesKept = 1_000

    /// Forgets the failures of all but `kept` names that match no account: unlocked ones first, the
    /// longest quiet first, so a flood of made-up names cannot grow the table without bound.
    ///
    /// Accounts are never pruned; a forgotten made-up name only starts counting again.
    public static func pruneUnknownNames(keeping kept: Int, in db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM login_failure WHERE account IN (
                    SELECT account FROM login_failure WHERE account LIKE 'unknown:%'
                    ORDER BY locked_at IS NULL, last_failed_at DESC, account
                    LIMIT -1 OFFSET ?)
                """,
            arguments: [max(0, kept)]
        )
    }

    /// Settles a reserved attempt whose secret was wrong: logs the failure and locks the account when
    /// the count has reached `lockAfter`.
    ///
    /// The attempt was already counted when it was reserved; if a success cleared the count meanwhile,
    /// it is counted again here, so no failure is lost.
    @discardableResult
    public static func settleFailure(
        of key: String,
        why: String,
        client: String,
        lockAfter: Int,
        at now: Date,
        in db: Database
    ) throws -> LoginFailure {
        let at = StoreTime.text(now)
        try db.execute(
            sql: """
                INSERT INTO login_failure (account, failures, first_failed_at, last_failed_at, last_client)
                VALUES (?, 1, ?, ?, ?) ON CONFLICT (account) DO NOTHING
                """,
            arguments: [key, at, at, client]
        )
        return try logFailure(of: key, why: why, client: client, lockAfter: lockAfter, at: now, in: db)
    }

    /// Settles a reserved attempt whose secret was right; returns `false`, changing nothing, when the
    /// account was locked meanwhile (by a failure in flight beside it), so the caller answers "locked".
    ///
    /// With `clearing` (both factors accepted) every failure is forgotten; otherwise only this
    /// attempt's reservation is given back, as a right password alone does not clear the count. Given
    /// `reserved` (when the attempt was reserved, and the last failure before it), the time of the last
    /// failure is put back too, unless another attempt has moved it since: a right password must not
    /// restart the wait that earlier failures began.
    public static func settleSuccess(
        of key: String,
        clearing: Bool,
        reserved: (at: Date, previousFailure: Date?)? = nil,
        in db: Database
    ) throws -> Bool {
        if try failure(of: key, in: db)?.isLocked == true { return false }
        if clearing {
            try clear(key, in: db)
            return true
        }
        try db.execute(sql: "UPDATE login_failure SET failures = failures - 1 WHERE account = ?", arguments: [key])
        try db.execute(sql: "DELETE FROM login_failure WHERE account = ? AND failures <= 0", arguments: [key])
        if let reserved, let previous = reserved.previousFailure {
            try db.execute(
                sql: "UPDATE login_failure SET last_failed_at = ? WHERE account = ? AND last_failed_at = ?",
                arguments: [StoreTime.text(previous), key, StoreTime.text(reserved.at)]
            )
        }
        return true
    }

    /// Gives back a reserved attempt that checked no secret (a form refused for another reason).
    public static func release(
        _ key: String,
        reserved: (at: Date, previousFailure: Date?)? = nil,
        in db: Database
    ) throws {
        _ = try settleSuccess(of: key, clearing: false, reserved: reserved, in: db)
    }
}

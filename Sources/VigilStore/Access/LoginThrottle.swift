import Crypto
import Foundation
import GRDB

/// Failed sign-ins per account name: counted, locked after too many, unlocked by an administrator.
///
/// How long to wait between attempts is the web layer's policy; the store keeps the counts, writes the
/// failure and lockout events, and clears the count on success.
public enum LoginThrottle {
    /// The key under which failures of a known account are counted, and the actor their events name:
    /// its name, lowercased.
    public static func account(known name: String) -> String {
        name.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    /// The key under which failures of a typed name are counted, and the actor their events name.
    ///
    /// A known account is counted under its name; any other name under an opaque label, since a typed
    /// name may be a mistyped password and must not be written to the store. The label is an HMAC-SHA256
    /// of the name keyed with a secret only the store holds (``StoreSecret``), so a label shown on the
    /// lockouts page or in the trail cannot be reversed by hashing guesses without that secret.
    public static func account(typed: String, known: Bool, in db: Database) throws -> String {
        let name = account(known: typed)
        guard !known else { return name }
        let key = SymmetricKey(data: try StoreSecret.value(named: StoreSecret.loginLabel, in: db))
        let code = HMAC<SHA256>.authenticationCode(for: Array(name.utf8), using: key)
        let hex = code.prefix(6).map { String($0, radix: 16) }.map { $0.count == 1 ? "0" + $0 : $0 }.joined()
        return "unknown:" + hex
    }

    /// The failures recorded against an account key, if any.
    public static func failure(of account: String, in db: Database) throws -> LoginFailure? {
        try Row.fetchOne(db, sql: "SELECT * FROM login_failure WHERE account = ?", arguments: [account])
            .map(LoginFailure.init(row:))
    }

    /// Logs the failure already counted against an account key, and locks it when the count has reached
    /// `lockAfter`.
    static func logFailure(
        of key: String,
        why: String,
        client: String,
        lockAfter: Int,
        at now: Date,
        in db: Database
    ) throws -> LoginFailure {
        let actor = key
        let at = StoreTime.text(now)
        var failure = try failure(of: key, in: db)!
        try AuditIndex.record(
            AuditEvent(
                at: now,
                actor: actor,
                action: .signInFailure,
                objectType: "user",
                objectIDs: [actor],
                detail: "\(why); failure \(failure.failures) from \(client)"
            ),
            in: db
        )
        if failure.failures >= lockAfter, failure.lockedAt == nil {
            try db.execute(sql: "UPDATE login_failure SET locked_at = ? WHERE account = ?", arguments: [at, key])
            failure.lockedAt = now
            try AuditIndex.record(
                AuditEvent(
                    at: now,
                    actor: actor,
                    action: .lockout,
                    objectType: "user",
                    objectIDs: [actor],
                    detail: "locked after \(failure.failures) failed sign-ins; last from \(client)"
                ),
                in: db
            )
        }
        return failure
    }

    /// Forgets the failures of an account key (after a successful sign-in or a reset).
    public static func clear(_ account: String, in db: Database) throws {
        try db.execute(sql: "DELETE FROM login_failure WHERE account = ?", arguments: [account])
    }

    /// Every name with recorded failures, locked ones first, most recent first.
    public static func all(in db: Database) throws -> [LoginFailure] {
        try Row.fetchAll(
            db,
            sql: "SELECT * FROM login_failure ORDER BY locked_at IS NULL, last_failed_at DESC"
        ).map(LoginFailure.init(row:))
    }

    /// Unlocks an account key and logs who did it; returns `false` when it was not locked.
    @discardableResult
    public static func unlock(_ account: String, by actor: String, at now: Date, in db: Database) throws -> Bool {
        guard let failure = try failure(of: account, in: db), failure.isLocked else { return false }
        try clear(account, in: db)
        try AuditIndex.record(
            AuditEvent(
                at: now,
                actor: actor,
                action: .unlock,
                objectType: "user",
                objectIDs: [failure.account],
                detail: "unlocked after \(failure.failures) failed sign-ins"
            ),
            in: db
        )
        return true
    }
}

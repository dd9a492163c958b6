import Foundation
import GRDB

extension UserDirectory {
    /// Gives a user a new role, ends their sessions (so the new role applies at once) and logs it.
    public static func changeRole(
        of username: String,
        to role: UserRole,
        by actor: String,
        at now: Date,
        in db: Database
    ) throws {
        let user = try require(username, in: db)
        guard user.role != role else { return }
        try db.execute(
            sql: "UPDATE app_user SET role = ?, updated_at = ? WHERE id = ?",
            arguments: [role.rawValue, StoreTime.text(now), user.id]
        )
        try SessionStore.endAll(userID: user.id, reason: "role changed", at: now, in: db)
        try log(
            user.username,
            "role changed from \(user.role.rawValue) to \(role.rawValue)",
            by: actor,
            at: now,
            in: db
        )
    }

    /// Disables an account and ends all its sessions at once.
    public static func disable(_ username: String, by actor: String, at now: Date, in db: Database) throws {
        let user = try require(username, in: db)
        guard user.isEnabled else { return }
        try db.execute(
            sql: "UPDATE app_user SET disabled_at = ?, updated_at = ? WHERE id = ?",
            arguments: [StoreTime.text(now), StoreTime.text(now), user.id]
        )
        let ended = try SessionStore.endAll(userID: user.id, reason: "account disabled", at: now, in: db)
        try log(user.username, "disabled; \(ended) session(s) ended", by: actor, at: now, in: db)
    }

    /// Gives an account a new temporary password and removes its second factor, so the user enrols
    /// again; ends their sessions, clears any lockout and re-enables a disabled account.
    public static func reset(
        _ username: String,
        temporaryPasswordHash: String,
        expiresAt: Date,
        by actor: String,
        at now: Date,
        in db: Database
    ) throws {
        let user = try require(username, in: db)
        try db.execute(
            sql: """
                UPDATE app_user SET password_hash = ?, password_temporary = 1, password_expires_at = ?,
                    totp_secret = NULL, totp_last_step = 0, disabled_at = NULL, updated_at = ?
                WHERE id = ?
                """,
            arguments: [temporaryPasswordHash, StoreTime.text(expiresAt), StoreTime.text(now), user.id]
        )
        let ended = try SessionStore.endAll(userID: user.id, reason: "account reset", at: now, in: db)
        try LoginThrottle.clear(user.username.lowercased(), in: db)
        try log(
            user.username,
            "reset: temporary password issued, second factor removed, \(ended) session(s) ended",
            by: actor,
            at: now,
            in: db
        )
    }

    /// Replaces the temporary password with the user's own and stores their confirmed TOTP secret.
    public static func completeEnrolment(
        userID: Int64,
        passwordHash: String,
        totpSecret: String,
        acceptedStep: Int64,
        at now: Date,
        in db: Database
    ) throws {
        guard let user = try user(id: userID, in: db) else {
            throw StoreError(.notFound, "there is no user with id \(userID)")
        }
        try db.execute(
            sql: """
                UPDATE app_user SET password_hash = ?, password_temporary = 0, password_expires_at = NULL,
                    totp_secret = ?, totp_last_step = ?, updated_at = ?
                WHERE id = ?
                """,
            arguments: [passwordHash, totpSecret, acceptedStep, StoreTime.text(now), userID]
        )
        try log(
            user.username,
            "enrolled: own password set, second factor confirmed",
            by: user.username,
            at: now,
            in: db
        )
    }

    /// Records that the TOTP code for `step` was used; `false` when that step (or a later one) was
    /// already used, so a replayed code is refused.
    public static func consumeTOTPStep(_ step: Int64, userID: Int64, in db: Database) throws -> Bool {
        try db.execute(
            sql: "UPDATE app_user SET totp_last_step = ? WHERE id = ? AND totp_last_step < ?",
            arguments: [step, userID, step]
        )
        return db.changesCount == 1
    }

    private static func log(
        _ username: String,
        _ detail: String,
        by actor: String,
        at now: Date,
        in db: Database
    )
        throws
    {
        try AuditIndex.record(
            AuditEvent(
                at: now,
                actor: actor,
                action: .accountChange,
                objectType: "user",
                objectIDs: [username],
                detail: detail
            ),
            in: db
        )
    }
}

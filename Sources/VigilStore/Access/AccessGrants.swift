import Foundation
import GRDB

/// Break-glass grants: made from the command line, in force for at most eight hours, logged with
/// every use.
public enum AccessGrants {
    /// The longest a grant may last.
    public static let maximumHours = 8.0

    private static let select = """
        SELECT access_grant.*, app_user.username FROM access_grant JOIN app_user ON app_user.id = access_grant.user_id
        """

    /// Grants `username` read access to alerts for `hours`, approved by `approver`, and logs it.
    ///
    /// - Throws: ``StoreError`` when the hours are out of range, the reason or ticket is missing, the
    ///   holder has standing access or is disabled, or the approver is not an enabled supervisor other
    ///   than the holder.
    @discardableResult
    public static func grant(
        to username: String,
        reason: String,
        ticket: String,
        approver: String,
        hours: Double,
        by actor: String,
        at now: Date,
        in db: Database
    ) throws -> AccessGrant {
        guard hours > 0, hours <= maximumHours else {
            throw StoreError(.invalid, "a grant lasts more than 0 and at most \(Int(maximumHours)) hours, not \(hours)")
        }
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        let ticket = ticket.trimmingCharacters(in: .whitespacesAndNewlines)
        guard reason.count >= 10 else { throw StoreError(.invalid, "a grant needs a reason of at least 10 characters") }
        guard !ticket.isEmpty else { throw StoreError(.invalid, "a grant needs the ticket that authorises it") }
        let holder = try UserDirectory.require(username, in: db)
        guard holder.isEnabled else { throw StoreError(.refused, "'\(holder.username)' is disabled") }
        guard holder.role == .none else {
            throw StoreError(
                .refused,
                "'\(holder.username)' has the standing role \(holder.role.rawValue); grants are for users with no "
                    + "standing access (role none), and auditors and administrators never see alert content"
            )
        }
        let approving = try UserDirectory.require(approver, in: db)
        guard approving.id != holder.id else { throw StoreError(.refused, "a user cannot approve their own grant") }
        guard approving.isEnabled, approving.role == .supervisor else {
            throw StoreError(.refused, "the approver '\(approving.username)' must be an enabled supervisor")
        }
        let expires = now.addingTimeInterval(hours * 3600)
        try db.execute(
            sql: """
                INSERT INTO access_grant (user_id, reason, ticket, approver, granted_by, granted_at, expires_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                holder.id, reason, ticket, approving.username, actor, StoreTime.text(now), StoreTime.text(expires),
            ]
        )
        let id = db.lastInsertedRowID
        try AuditIndex.record(
            AuditEvent(
                at: now,
                actor: actor,
                action: .accessGrant,
                objectType: "grant",
                objectIDs: [String(id)],
                reason: reason,
                detail: "granted to \(holder.username) until \(StoreTime.text(expires)); ticket \(ticket); "
                    + "approved by \(approving.username)"
            ),
            related: [AuditObject(type: "user", id: holder.username)],
            in: db
        )
        return try self.grant(id: id, in: db)!
    }

    /// Ends a grant before it expires, and logs it.
    public static func revoke(id: Int64, by actor: String, at now: Date, in db: Database) throws {
        guard let grant = try grant(id: id, in: db) else { throw StoreError(.notFound, "there is no grant \(id)") }
        guard grant.isActive(at: now) else { throw StoreError(.refused, "grant \(id) is no longer in force") }
        try db.execute(
            sql: "UPDATE access_grant SET revoked_at = ?, revoked_by = ? WHERE id = ?",
            arguments: [StoreTime.text(now), actor, id]
        )
        try AuditIndex.record(
            AuditEvent(
                at: now,
                actor: actor,
                action: .accessGrant,
                objectType: "grant",
                objectIDs: [String(id)],
                detail: "revoked before its expiry"
            ),
            related: [AuditObject(type: "user", id: grant.username)],
            in: db
        )
    }

    /// The grant with this id.
    public static func grant(id: Int64, in db: Database) throws -> AccessGrant? {
        try Row.fetchOne(db, sql: select + " WHERE access_grant.id = ?", arguments: [id]).map(AccessGrant.init(row:))
    }

    /// The grant in force for a user at `now`, if any (the one that lasts longest).
    public static func active(forUserID userID: Int64, at now: Date, in db: Database) throws -> AccessGrant? {
        let time = StoreTime.text(now)
        return try Row.fetchOne(
            db,
            sql: select + """
                 WHERE user_id = ? AND revoked_at IS NULL AND granted_at <= ? AND expires_at > ?
                ORDER BY expires_at DESC LIMIT 1
                """,
            arguments: [userID, time, time]
        ).map(AccessGrant.init(row:))
    }

    /// Grants that were in force at any time since `since`, newest first.
    public static func all(since: Date, in db: Database) throws -> [AccessGrant] {
        try Row.fetchAll(
            db,
            sql: select + " WHERE expires_at >= ? ORDER BY granted_at DESC",
            arguments: [StoreTime.text(since)]
        ).map(AccessGrant.init(row:))
    }

    /// Records that a page was opened under a grant (in the same transaction as its audit event).
    public static func recordUse(
        grantID: Int64,
        route: String,
        objectType: String,
        objectIDs: [String],
        auditSequence: Int64,
        at now: Date,
        in db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO access_grant_use (grant_id, at, route, object_type, object_ids, audit_seq)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                grantID, StoreTime.text(now), route, objectType, objectIDs.joined(separator: ","), auditSequence,
            ]
        )
    }

    /// Everything opened under a grant, in order.
    public static func uses(ofGrant id: Int64, in db: Database) throws -> [AccessGrant.Use] {
        try Row.fetchAll(db, sql: "SELECT * FROM access_grant_use WHERE grant_id = ? ORDER BY id", arguments: [id])
            .map(AccessGrant.Use.init(row:))
    }
}

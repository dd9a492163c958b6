import Foundation
import GRDB

/// The questions an auditor or supervisor asks of the trail: who accessed this object, and what did
/// this user access, between two instants.
public enum AccessReview {
    /// What to look for.
    public enum Subject: Hashable, Sendable {
        /// Every event that concerns an object (directly, or by revealing it).
        case object(AuditObject)
        /// Every event a user caused.
        case actor(String)
    }

    /// At most this many entries are returned by one query.
    public static let limit = 5_000

    /// Entries about `subject` from `from` up to (not including) `to`, oldest first.
    ///
    /// With `hidingEmployee` (the reviewer's own employee id), entries that concern that employee's
    /// record or an alert hidden from them (``OwnConcerns``) are left out: nobody learns from the trail
    /// who looked into them.
    public static func entries(
        about subject: Subject,
        from: Date,
        to: Date,
        hidingEmployee hidden: String? = nil,
        in db: Database
    ) throws -> [AuditEntry] {
        let range: [any DatabaseValueConvertible] = [StoreTime.text(from), StoreTime.text(to)]
        let alerts = try hidden.map { try alertIDs(about: $0, in: db) } ?? []
        let hiding = hidingClause(hidden, alerts: alerts)
        let entries: [AuditEntry]
        switch subject {
        case .object(let object):
            entries = try Row.fetchAll(
                db,
                sql: """
                    SELECT audit_event.* FROM audit_object JOIN audit_event ON audit_event.seq = audit_object.seq
                    WHERE audit_object.object_type = ? AND audit_object.object_id = ?
                        AND audit_event.at >= ? AND audit_event.at < ?\(hiding.sql)
                    ORDER BY audit_event.seq LIMIT ?
                    """,
                arguments: StatementArguments([object.type, object.id] + range) + hiding.arguments + [limit]
            ).map(AuditEntry.init(row:))
        case .actor(let actor):
            entries = try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM audit_event WHERE actor = ? AND at >= ? AND at < ?\(hiding.sql)
                    ORDER BY seq LIMIT ?
                    """,
                arguments: StatementArguments([actor] + range) + hiding.arguments + [limit]
            ).map(AuditEntry.init(row:))
        }
        guard let hidden else { return entries }
        return entries.filter { !names($0.event, employee: hidden, alerts: alerts) }
    }

    /// Every entry from `from` up to `to`, oldest first: the auditor's export.
    public static func entries(from: Date, to: Date, in db: Database) throws -> [AuditEntry] {
        try Row.fetchAll(
            db,
            sql: "SELECT * FROM audit_event WHERE at >= ? AND at < ? ORDER BY seq",
            arguments: [StoreTime.text(from), StoreTime.text(to)]
        ).map(AuditEntry.init(row:))
    }
}

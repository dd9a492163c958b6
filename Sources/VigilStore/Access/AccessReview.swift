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
    public static func entries(
        about subject: Subject,
        from: Date,
        to: Date,
        in db: Database
    ) throws -> [AuditEntry] {
        let range: [any DatabaseValueConvertible] = [StoreTime.text(from), StoreTime.text(to)]
        switch subject {
        case .object(let object):
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT audit_event.* FROM audit_object JOIN audit_event ON audit_event.seq = audit_object.seq
                    WHERE audit_object.object_type = ? AND audit_object.object_id = ?
                        AND audit_event.at >= ? AND audit_event.at < ?
                    ORDER BY audit_event.seq LIMIT ?
                    """,
                arguments: StatementArguments([object.type, object.id] + range + [limit])
            ).map(AuditEntry.init(row:))
        case .actor(let actor):
            return try Row.fetchAll(
                db,
                sql: """
                    SELECT * FROM audit_event WHERE actor = ? AND at >= ? AND at < ? ORDER BY seq LIMIT ?
                    """,
                arguments: StatementArguments([actor] + range + [limit])
            ).map(AuditEntry.init(row:))
        }
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

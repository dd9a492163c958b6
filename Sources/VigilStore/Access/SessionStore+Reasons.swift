import Foundation
import GRDB

extension SessionStore {
    /// Keeps the reason a user gave for opening an object outside their queue, for the rest of the session.
    public static func recordReason(
        _ reason: String,
        for object: AuditObject,
        tokenHash: String,
        at now: Date,
        in db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO session_reason (token_hash, object_type, object_id, reason, given_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (token_hash, object_type, object_id) DO UPDATE SET reason = excluded.reason,
                    given_at = excluded.given_at
                """,
            arguments: [tokenHash, object.type, object.id, reason, StoreTime.text(now)]
        )
    }

    /// The reason given in this session for opening an object, if one was.
    public static func reason(for object: AuditObject, tokenHash: String, in db: Database) throws -> String? {
        try String.fetchOne(
            db,
            sql: "SELECT reason FROM session_reason WHERE token_hash = ? AND object_type = ? AND object_id = ?",
            arguments: [tokenHash, object.type, object.id]
        )
    }
}

import Crypto
import Foundation
import GRDB

/// The append-only, hash-chained audit trail.
///
/// Appending happens inside the caller's transaction, so an action and its audit event are committed
/// together or not at all: if the event cannot be written, the action fails too (fail closed).
///
/// ```swift
/// try store.write { db in
///     try AuditTrail.append(AuditEvent(actor: "vigil run", action: .combination, objectType: "run",
///                                      objectIDs: ["42"], detail: "1,204 matches"), in: db)
/// }
/// ```
public enum AuditTrail {
    /// The previous hash of the first entry.
    public static let genesisHash = String(repeating: "0", count: 64)

    /// Appends `event` after the last entry and returns it as stored.
    @discardableResult
    public static func append(_ event: AuditEvent, in db: Database) throws -> AuditEntry {
        let last = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1")
        )
        let sequence: Int64 = (last?["seq"] ?? 0) + 1
        let previousHash: String = last?["hash"] ?? genesisHash
        let at = StoreTime.text(event.at)
        let objectIDs = event.objectIDs.joined(separator: ",")
        let hash = entryHash([
            String(sequence), previousHash, at, event.actor, event.action.rawValue, event.objectType, objectIDs,
            event.reason, event.detail,
        ])
        // Cached: the dashboard appends a consultation entry for nearly every page it serves.
        try db.cachedStatement(
            sql: """
                INSERT INTO audit_event
                    (seq, at, actor, action, object_type, object_ids, reason, detail, previous_hash, hash)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        .execute(
            arguments: [
                sequence, at, event.actor, event.action.rawValue, event.objectType, objectIDs, event.reason,
                event.detail, previousHash, hash,
            ]
        )
        return AuditEntry(sequence: sequence, event: event, previousHash: previousHash, hash: hash)
    }

    /// The hash that chains an entry to the one before it: SHA-256 over the sequence, the previous hash
    /// and the stored fields, in that order.
    static func entryHash(_ fields: [String]) -> String {
        // Length-prefixed so that moving text between fields changes the hash.
        var bytes: [UInt8] = []
        for field in fields {
            let utf8 = Array(field.utf8)
            bytes += Array(String(utf8.count).utf8) + [0x3A] + utf8
        }
        return SHA256.hash(data: bytes).hex
    }
}

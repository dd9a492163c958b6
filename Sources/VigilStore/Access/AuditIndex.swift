import Foundation
import GRDB

/// Appends audit events together with an index of the objects they concern, so "who accessed this
/// employee" is a look-up rather than a scan of the trail.
///
/// The index is append-only like the trail and written in the same transaction; it is derived data,
/// and the chain in `audit_event` stays the authority (``AuditTrail/verify(_:)``). Related objects are
/// those an event reveals besides its own: opening an alert reveals the employee it is about.
public enum AuditIndex {
    /// Appends `event` to the trail and indexes its objects and `related` ones.
    @discardableResult
    public static func record(
        _ event: AuditEvent,
        related: [AuditObject] = [],
        in db: Database
    ) throws -> AuditEntry {
        var event = event
        if !related.isEmpty {
            let named = related.map { "\($0.type) \($0.id)" }.joined(separator: ", ")
            event.detail = event.detail.isEmpty ? "reveals: \(named)" : "\(event.detail); reveals: \(named)"
        }
        let entry = try AuditTrail.append(event, in: db)
        var objects = Set(event.objectIDs.map { AuditObject(type: event.objectType, id: $0) })
        objects.formUnion(related)
        let insert = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO audit_object (object_type, object_id, seq) VALUES (?, ?, ?)"
        )
        for object in objects.sorted(by: { ($0.type, $0.id) < ($1.type, $1.id) }) {
            try insert.execute(arguments: [object.type, object.id, entry.sequence])
        }
        return entry
    }
}

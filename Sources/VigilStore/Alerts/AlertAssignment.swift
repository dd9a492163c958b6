import Foundation
import GRDB

/// Who is working an alert: assigning alerts to a reviewer (or back to nobody), written with the
/// alert's history and an audit event in the caller's transaction.
///
/// An alert in a reviewer's queue is one assigned to them; opening any other asks for a reason.
///
/// ```swift
/// try store.write { db in
///     try AlertAssignment.assign([12, 13], to: "a.khan", by: "j.smith", at: Date(), in: db)
/// }
/// ```
public enum AlertAssignment {
    /// Assigns each open alert in `alertIDs` to `username` (`nil` unassigns) and returns how many
    /// changed. Closed alerts and alerts already so assigned are left as they are.
    @discardableResult
    public static func assign(
        _ alertIDs: [Int64],
        to username: String?,
        by actor: String,
        at time: Date,
        in db: Database
    ) throws -> Int {
        let now = StoreTime.text(time)
        var changed: [String] = []
        for id in alertIDs {
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT status, assigned_to FROM alert WHERE id = ?",
                    arguments: [id]
                )
            else { throw StoreError(.refused, "there is no alert \(id)") }
            let status = AlertStatus(rawValue: row["status"]) ?? .new
            let current: String? = row["assigned_to"]
            guard !status.isClosed, current != username else { continue }
            try db.execute(sql: "UPDATE alert SET assigned_to = ? WHERE id = ?", arguments: [username, id])
            try AlertLedger.history(
                id,
                run: nil,
                now: now,
                actor: actor,
                event: "assigned",
                status: status,
                detail: username.map { "assigned to \($0)" } ?? "unassigned",
                in: db
            )
            changed.append(String(id))
        }
        if !changed.isEmpty {
            try AuditIndex.record(
                AuditEvent(
                    at: time,
                    actor: actor,
                    action: .alteration,
                    objectType: "alert",
                    objectIDs: changed,
                    detail: username.map { "assigned to \($0)" } ?? "unassigned"
                ),
                in: db
            )
        }
        return changed.count
    }

    /// The open alerts nobody is working, oldest first, at most `limit`.
    public static func unassigned(limit: Int, in db: Database) throws -> [Int64] {
        try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM alert
                WHERE assigned_to IS NULL AND status IN ('NEW', 'UNDER_REVIEW', 'AWAITING_INFO', 'REOPENED')
                ORDER BY id LIMIT ?
                """,
            arguments: [limit]
        )
    }
}

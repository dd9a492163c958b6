import Foundation
import GRDB

extension AlertQueue {
    /// Assigns alerts to a user (or to nobody), writing each change into the alert's history.
    ///
    /// An assignment is not news about the alert, so it leaves `updated_at` (and the queue's order)
    /// alone. Alerts already assigned to that user are left alone; the ids of the alerts that changed are
    /// returned. The caller checks who may assign and to whom, and writes the audit event in the same
    /// transaction.
    ///
    /// - Throws: ``StoreError`` `refused` for an alert that does not exist.
    @discardableResult
    public static func assign(
        _ alertIDs: [Int64],
        to assignee: String?,
        by user: String,
        at time: Date,
        in db: Database
    ) throws -> [Int64] {
        let now = StoreTime.text(time)
        var changed: [Int64] = []
        for id in alertIDs {
            guard
                let row = try Row.fetchOne(
                    db,
                    sql: "SELECT status, assigned_to FROM alert WHERE id = ?",
                    arguments: [id]
                )
            else { throw StoreError(.refused, "there is no alert \(id)") }
            let current: String? = row["assigned_to"]
            guard current?.lowercased() != assignee?.lowercased() else { continue }
            try db.execute(
                sql: "UPDATE alert SET assigned_to = ? WHERE id = ?",
                arguments: [assignee, id]
            )
            let status = AlertStatus(rawValue: row["status"]) ?? .new
            let detail =
                assignee.map { "assigned to \($0)" + (current.map { " (was \($0))" } ?? "") }
                ?? "unassigned (was \(current ?? "nobody"))"
            try AlertLedger.history(
                id,
                run: nil,
                now: now,
                actor: user,
                event: "assignment",
                status: status,
                detail: detail,
                in: db
            )
            changed.append(id)
        }
        return changed
    }

    /// The alerts `user`'s latest assignment changed (one form sent: its history entries share their
    /// time), each with whom it is assigned to now; empty when they never assigned one.
    public static func latestAssignment(by user: String, in db: Database) throws -> [Int64: String?] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT h.alert_id, a.assigned_to FROM alert_history h JOIN alert a ON a.id = h.alert_id
                WHERE h.event = 'assignment' AND lower(h.actor) = lower(?) AND h.at = (
                    SELECT max(at) FROM alert_history WHERE event = 'assignment' AND lower(actor) = lower(?))
                """,
            arguments: [user, user]
        )
        var result: [Int64: String?] = [:]
        for row in rows { result[row["alert_id"]] = .some(row["assigned_to"]) }
        return result
    }

    /// The employee ids of these alerts, by alert id (missing alerts are absent).
    public static func employees(of alertIDs: [Int64], in db: Database) throws -> [Int64: String] {
        var result: [Int64: String] = [:]
        for id in alertIDs {
            if let employee = try String.fetchOne(
                db,
                sql: "SELECT employee_id FROM alert WHERE id = ?",
                arguments: [id]
            ) {
                result[id] = employee
            }
        }
        return result
    }
}

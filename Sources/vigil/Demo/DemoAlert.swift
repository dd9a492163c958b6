import Foundation
import GRDB

/// An alert as the demo's scripted reviewer and its extract builder see it: enough to choose what to
/// decide next and which records to extend or correct.
struct DemoAlert: Sendable, Hashable {
    var id: Int64
    var employeeID: String
    var kind: String
    var status: String
    var probability: Double
    var assignedTo: String?
    /// The record ids of its holding person evidence.
    var recordIDs: [String]

    /// Alerts with the given statuses, lowest id first.
    static func fetch(statuses: [String], in db: Database) throws -> [DemoAlert] {
        let marks = statuses.map { _ in "?" }.joined(separator: ", ")
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT id, employee_id, kind, status, probability, assigned_to FROM alert
                WHERE status IN (\(marks)) ORDER BY id
                """,
            arguments: StatementArguments(statuses)
        )
        let evidence = try Row.fetchAll(
            db,
            sql: """
                SELECT e.alert_id, p.record_id FROM alert_evidence e
                JOIN person_record p ON p.id = e.row_id
                WHERE e.match_kind = 'person' AND e.withdrawn = 0
                ORDER BY e.alert_id, p.record_id
                """
        )
        var records: [Int64: [String]] = [:]
        for row in evidence { records[row["alert_id"], default: []].append(row["record_id"]) }
        return rows.map { row in
            let id: Int64 = row["id"]
            return DemoAlert(
                id: id,
                employeeID: row["employee_id"],
                kind: row["kind"],
                status: row["status"],
                probability: row["probability"],
                assignedTo: row["assigned_to"],
                recordIDs: records[id] ?? []
            )
        }
    }
}

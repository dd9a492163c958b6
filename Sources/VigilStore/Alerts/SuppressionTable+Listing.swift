import Foundation
import GRDB

extension SuppressionTable {
    /// A suppression with the words that say which record it is about, for the suppressions page.
    public struct Listed: Hashable, Sendable {
        /// The suppression.
        public var suppression: Suppression
        /// "crime record CR-1 (event EV-9)" or "incident INC-4".
        public var record: String
    }

    /// Every suppression, newest first, except those about `excludedEmployee` (the viewer themselves).
    public static func listed(excluding excludedEmployee: String?, in db: Database) throws -> [Listed] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT s.*, p.source AS p_source, p.record_id AS p_record, p.event_id AS p_event,
                    l.incident_id AS l_incident
                FROM suppression s
                LEFT JOIN person_record p ON s.match_kind = 'person' AND p.id = s.row_id
                LEFT JOIN incident_location l ON s.match_kind = 'home_address' AND l.id = s.row_id
                WHERE s.employee_id <> ?
                ORDER BY s.id DESC
                """,
            arguments: [excludedEmployee ?? ""]
        )
        return rows.map { row in
            let record: String
            if let recordID: String = row["p_record"] {
                record =
                    "\(row["p_source"] as String? ?? "") record \(recordID) (event \(row["p_event"] as String? ?? ""))"
            } else if let incident: String = row["l_incident"] {
                record = "incident \(incident)"
            } else {
                record = "row \(row["row_id"] as Int64)"
            }
            return Listed(suppression: suppression(row), record: record)
        }
    }
}

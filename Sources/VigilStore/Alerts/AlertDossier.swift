import Foundation
import GRDB
import VigilCore

/// Everything the alert page shows about one alert: the alert, its employee, each piece of evidence
/// with its record and match explanation, and its history, decisions and notes.
public struct AlertDossier: Hashable, Sendable {
    /// One piece of evidence: a person record or an incident location, and how it matched.
    public struct Evidence: Hashable, Sendable {
        /// Person or home address.
        public var kind: MatchKind
        /// The record's or location's row id.
        public var row: Int64
        /// The role in the event (or the incident type).
        public var role: String
        /// The probability when it was last offered.
        public var probability: Double
        /// Whether it no longer holds (record withdrawn, or now matched to someone else).
        public var withdrawn: Bool
        /// The person record, for person evidence.
        public var record: StoredRecord?
        /// The incident location, for home-address evidence.
        public var location: IncidentLocationTable.Stored?
        /// The current match's explanation, if the match still stands.
        public var explanation: MatchExplanation?
        /// For a record giving another address: the employee's earlier records at their current home.
        public var addressHistory: AddressHistory?
    }

    /// One entry of the alert's history, decisions or notes, for the timeline.
    public struct Entry: Hashable, Sendable {
        /// What kind of entry: `history`, `decision` or `note`.
        public var kind: String
        /// When (store text, so entries sort in time order).
        public var at: String
        /// Who.
        public var actor: String
        /// What happened ("raised", "decision", "note", ...).
        public var event: String
        /// The words.
        public var detail: String
    }

    /// The alert as listed in the queue.
    public var alert: QueuedAlert
    /// The employee as the roster last gave them (`nil` if never stored).
    public var employee: Employee?
    /// Whether the employee has left (and when), if they have.
    public var leftOn: String?
    /// The evidence, holding first.
    public var evidence: [Evidence]
    /// The history, decisions and notes, oldest first.
    public var timeline: [Entry]
    /// Suppressions asked for on this alert.
    public var suppressions: [SuppressionTable.Suppression]

    /// The dossier of an alert, or `nil` when there is no such alert.
    ///
    /// - Parameter concerns: what concerns the reader, left out of each piece of evidence's address history.
    public static func load(
        alertID: Int64,
        hiding concerns: OwnConcerns? = nil,
        in db: Database
    ) throws
        -> AlertDossier?
    {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT a.*, e.forenames, e.surname, e.team, e.left_on, 0 AS fresh
                    FROM alert a LEFT JOIN employee e ON e.employee_id = a.employee_id WHERE a.id = ?
                    """,
                arguments: [alertID]
            )
        else { return nil }
        let alert = QueuedAlert(row: row)
        let employee = try EmployeeTable.find(alert.employeeID, in: db)
        let leftOn = try String.fetchOne(
            db,
            sql: "SELECT left_on FROM employee WHERE employee_id = ?",
            arguments: [alert.employeeID]
        )
        let suppressions = try Row.fetchAll(
            db,
            sql: "SELECT * FROM suppression WHERE alert_id = ? ORDER BY id",
            arguments: [alertID]
        )
        .map(SuppressionTable.suppression)
        return AlertDossier(
            alert: alert,
            employee: employee,
            leftOn: leftOn,
            evidence: try evidence(alertID: alertID, employeeID: alert.employeeID, in: db).map { evidence in
                var evidence = evidence
                evidence.addressHistory = try AddressHistory.load(
                    evidence: evidence,
                    employeeID: alert.employeeID,
                    hiding: concerns,
                    in: db
                )
                return evidence
            },
            timeline: try timeline(alertID: alertID, in: db),
            suppressions: suppressions
        )
    }

    private static func evidence(alertID: Int64, employeeID: String, in db: Database) throws -> [Evidence] {
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT * FROM alert_evidence WHERE alert_id = ? ORDER BY withdrawn, probability DESC, row_id",
            arguments: [alertID]
        )
        let decoder = JSONDecoder()
        return try rows.map { row in
            let kind = MatchKind(rawValue: row["match_kind"]) ?? .person
            let rowID: Int64 = row["row_id"]
            let match = try MatchTable.matches(kind: kind, row: rowID, in: db).first { $0.employeeID == employeeID }
            let explanation = match.flatMap {
                try? decoder.decode(MatchExplanation.self, from: Data($0.explanation.utf8))
            }
            let record = kind == .person ? try PersonRecordTable.records(rows: [rowID], in: db).first : nil
            let location =
                kind == .homeAddress ? try IncidentLocationTable.locations(rows: [rowID], in: db).first : nil
            return Evidence(
                kind: kind,
                row: rowID,
                role: row["role"],
                probability: row["probability"],
                withdrawn: row["withdrawn"],
                record: record,
                location: location,
                explanation: explanation
            )
        }
    }

    private static func timeline(alertID: Int64, in db: Database) throws -> [Entry] {
        var entries: [Entry] = []
        for row in try Row.fetchAll(
            db,
            sql: "SELECT * FROM alert_history WHERE alert_id = ? ORDER BY id",
            arguments: [alertID]
        ) {
            let event: String = row["event"]
            // A decision's own row (below) carries its full reason and referral; its history line repeats it.
            guard event != "decision" else { continue }
            entries.append(
                Entry(kind: "history", at: row["at"], actor: row["actor"], event: event, detail: row["detail"])
            )
        }
        for row in try Row.fetchAll(
            db,
            sql: "SELECT * FROM decision WHERE alert_id = ? ORDER BY id",
            arguments: [alertID]
        ) {
            let fromStatus: String = row["from_status"]
            let toStatus: String = row["to_status"]
            let from = AlertStatus(rawValue: fromStatus)?.label ?? fromStatus
            let to = AlertStatus(rawValue: toStatus)?.label ?? toStatus
            var detail = "\(from) → \(to): \(row["reason"] as String)"
            if let referral = (row["referral"] as String?).flatMap(Referral.init(rawValue:)) {
                detail += " (referred for \(referral.label), case reference \(row["case_reference"] as String? ?? ""))"
            }
            entries.append(
                Entry(kind: "decision", at: row["at"], actor: row["actor"], event: "decision", detail: detail)
            )
        }
        for row in try Row.fetchAll(db, sql: "SELECT * FROM note WHERE alert_id = ? ORDER BY id", arguments: [alertID])
        {
            entries.append(Entry(kind: "note", at: row["at"], actor: row["actor"], event: "note", detail: row["text"]))
        }
        // Stable: entries at the same instant keep history, decision, note order.
        return entries.enumerated().sorted { ($0.element.at, $0.offset) < ($1.element.at, $1.offset) }.map(\.element)
    }
}

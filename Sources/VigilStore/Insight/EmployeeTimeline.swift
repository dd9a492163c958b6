import Foundation
import GRDB
import VigilCore

/// Everything Vigil holds about one employee, in date order: the person records matched to them, the
/// incidents linked to their home address and the alerts raised, with their start date to read them
/// against.
///
/// The employee's details are only the roster's fields. Events dated before the start date are
/// flagged: they may be why the vetting file should be looked at again, not misconduct in service.
public struct EmployeeTimeline: Sendable, Hashable {
    /// What kind of entry a timeline line is.
    public enum EntryKind: String, Sendable, Hashable, CaseIterable {
        /// A person record (crime, intelligence, custody, incident) matched to the employee.
        case personRecord = "person record"
        /// An incident at the employee's home address.
        case homeIncident = "incident at home"
        /// An alert raised.
        case alert
    }

    /// One line of the timeline.
    public struct Entry: Sendable, Hashable {
        /// The day it happened (the event's date; for an alert, the day it was raised); `nil` if undated.
        public var date: CalendarDate?
        /// Its kind.
        public var kind: EntryKind
        /// The source (crime, intelligence, ...), or the incident's type.
        public var source: String
        /// The record, incident or alert id.
        public var reference: String
        /// The employee's role in the event, or the alert's status.
        public var detail: String
        /// The match probability, or the alert's best probability.
        public var probability: Double
        /// The alert's id, for links (alerts and evidence of alerts).
        public var alertID: Int64?
        /// Whether it happened before the start date.
        public var predatesStart: Bool
    }

    /// The employee's roster details.
    public var employee: Employee
    /// Whether the employee is on the current roster.
    public var active: Bool
    /// Every entry, undated first, then oldest first.
    public var entries: [Entry]

    /// The alerts among the entries, for the consultation event.
    public var alertIDs: [Int64] { entries.compactMap { $0.kind == .alert ? $0.alertID : nil } }

    /// Entries per calendar year (undated ones left out), oldest year first.
    public var entriesPerYear: [(year: Int, records: Int, incidents: Int, alerts: Int)] {
        var years: [Int: [EntryKind: Int]] = [:]
        for entry in entries {
            guard let date = entry.date else { continue }
            years[Int(date.year), default: [:]][entry.kind, default: 0] += 1
        }
        return years.keys.sorted().map { year in
            let counts = years[year] ?? [:]
            return (year, counts[.personRecord] ?? 0, counts[.homeIncident] ?? 0, counts[.alert] ?? 0)
        }
    }

    /// The employee's timeline, or `nil` if the store holds no such employee.
    ///
    /// With `concerns` (the reader's own, ``OwnConcerns``), records of the reader's own events,
    /// incidents at the reader's home and alerts hidden from the reader are left out.
    public static func load(
        employeeID: String,
        hiding concerns: OwnConcerns? = nil,
        in db: Database
    ) throws -> EmployeeTimeline? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: "SELECT active FROM employee WHERE employee_id = ?",
                arguments: [employeeID]
            ),
            let employee = try EmployeeTable.find(employeeID, in: db)
        else { return nil }
        let start = employee.startDate
        func predates(_ day: CalendarDate?) -> Bool {
            guard let day, let start else { return false }
            return day < start
        }
        var entries: [Entry] = []
        for record in try Row.fetchAll(
            db,
            sql: """
                SELECT r.source, r.record_id, r.event_id, r.event_date, r.role, m.probability,
                    (SELECT e.alert_id FROM alert_evidence e JOIN alert a ON a.id = e.alert_id
                     WHERE e.match_kind = 'person' AND e.row_id = r.id AND a.employee_id = m.employee_id
                     LIMIT 1) AS alert_id
                FROM person_match m JOIN person_record r ON r.id = m.record_row
                WHERE m.employee_id = ? AND r.withdrawn_run IS NULL
                """,
            arguments: [employeeID]
        ) {
            if concerns?.hides(source: record["source"], eventID: record["event_id"]) == true { continue }
            let day = ReportingPeriod.day(ofStoreText: record["event_date"])
            entries.append(
                Entry(
                    date: day,
                    kind: .personRecord,
                    source: record["source"],
                    reference: record["record_id"],
                    detail: record["role"],
                    probability: record["probability"],
                    alertID: record["alert_id"],
                    predatesStart: predates(day)
                )
            )
        }
        let home = try HomeAddressIncidents.load(employeeID: employeeID, hiding: concerns, in: db)
        for incident in home?.incidents ?? [] {
            entries.append(
                Entry(
                    date: incident.date,
                    kind: .homeIncident,
                    source: incident.incidentType,
                    reference: incident.incidentID,
                    detail: "at the home address",
                    probability: incident.probability,
                    alertID: incident.alertID,
                    predatesStart: predates(incident.date)
                )
            )
        }
        for alert in try Row.fetchAll(
            db,
            sql: "SELECT id, kind, source, status, probability, raised_at, event_date FROM alert WHERE employee_id = ?",
            arguments: [employeeID]
        ) {
            if concerns?.hides(alert: alert["id"]) == true { continue }
            let event = ReportingPeriod.day(ofStoreText: alert["event_date"])
            let status = AlertStatus(rawValue: alert["status"]) ?? .new
            entries.append(
                Entry(
                    date: ReportingPeriod.day(ofStoreText: alert["raised_at"]),
                    kind: .alert,
                    source: "\(alert["kind"] as String) · \(alert["source"] as String)",
                    reference: String(alert["id"] as Int64),
                    detail: status.label,
                    probability: alert["probability"],
                    alertID: alert["id"],
                    predatesStart: predates(event)
                )
            )
        }
        if let concerns { entries.removeAll { $0.alertID.map(concerns.hides(alert:)) ?? false } }
        entries.sort { lhs, rhs in
            switch (lhs.date, rhs.date) {
            case (nil, nil): lhs.reference < rhs.reference
            case (nil, _): true
            case (_, nil): false
            case (let l?, let r?): (l, lhs.kind.rawValue, lhs.reference) < (r, rhs.kind.rawValue, rhs.reference)
            }
        }
        return EmployeeTimeline(employee: employee, active: row["active"], entries: entries)
    }
}

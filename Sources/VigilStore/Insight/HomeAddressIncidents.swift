import Foundation
import GRDB
import VigilCore

/// The incidents the home-address model linked to an employee's current address, newest first.
///
/// Others live at most addresses: an incident here is about the address, not the employee. Each
/// incident carries the match's probability and the strongest reasons for it in plain words.
public struct HomeAddressIncidents: Sendable, Hashable {
    /// One incident at the address.
    public struct Incident: Sendable, Hashable {
        /// The incident log's id.
        public var incidentID: String
        /// Its date, if the log gave one.
        public var date: CalendarDate?
        /// Its type (domestic, burglary, ...).
        public var incidentType: String
        /// The address as the incident log gives it.
        public var address: String
        /// The home-address match's probability.
        public var probability: Double
        /// The strongest terms of the explanation, in plain words, strongest first.
        public var explanation: [String]
        /// The alert the incident is evidence of, if any.
        public var alertID: Int64?
    }

    /// The employee's current address as the roster gives it.
    public var homeAddress: String
    /// The incidents, newest first (undated last).
    public var incidents: [Incident]

    /// How many explanation terms a summary keeps.
    public static let summaryTerms = 3

    /// The employee's home incidents, or `nil` if the store holds no such employee.
    ///
    /// With `concerns` (the reader's own, ``OwnConcerns``), incidents at the reader's home and those
    /// whose alert is hidden from the reader are left out.
    public static func load(
        employeeID: String,
        hiding concerns: OwnConcerns? = nil,
        in db: Database
    ) throws -> HomeAddressIncidents? {
        guard let employee = try EmployeeTable.find(employeeID, in: db) else { return nil }
        let address = [employee.addressLine, employee.town, employee.postcode].filter { !$0.isEmpty }
            .joined(separator: ", ")
        let incidents = try Row.fetchAll(
            db,
            sql: """
                SELECT l.incident_id, l.event_date, l.incident_type, l.address_line, l.town, l.postcode,
                    m.probability, m.explanation,
                    (SELECT e.alert_id FROM alert_evidence e JOIN alert a ON a.id = e.alert_id
                     WHERE e.match_kind = 'home_address' AND e.row_id = l.id AND a.employee_id = m.employee_id
                     LIMIT 1) AS alert_id
                FROM address_match m JOIN incident_location l ON l.id = m.location_row
                WHERE m.employee_id = ? AND l.withdrawn_run IS NULL
                ORDER BY l.event_date IS NULL, l.event_date DESC, l.incident_id
                """,
            arguments: [employeeID]
        ).map { row in
            Incident(
                incidentID: row["incident_id"],
                date: ReportingPeriod.day(ofStoreText: row["event_date"]),
                incidentType: row["incident_type"],
                address: [row["address_line"] as String, row["town"] as String, row["postcode"] as String]
                    .filter { !$0.isEmpty }.joined(separator: ", "),
                probability: row["probability"],
                explanation: summary(of: row["explanation"]),
                alertID: row["alert_id"]
            )
        }
        let shown = incidents.filter { incident in
            guard let concerns else { return true }
            return !concerns.homeIncidents.contains(incident.incidentID)
                && !(incident.alertID.map(concerns.hides(alert:)) ?? false)
        }
        return HomeAddressIncidents(homeAddress: address, incidents: shown)
    }

    /// The strongest terms of a stored explanation in plain words; the raw text if it is not one.
    static func summary(of json: String) -> [String] {
        guard let explanation = try? JSONDecoder().decode(MatchExplanation.self, from: Data(json.utf8)) else {
            return json.isEmpty ? [] : [String(json.prefix(200))]
        }
        return explanation.terms.sorted { abs($0.totalWeight) > abs($1.totalWeight) }
            .prefix(summaryTerms).map(\.plainWords)
    }
}

import Foundation
import GRDB
import VigilCore

/// Everything a user linked to an employee record must not see because it concerns them: the alerts
/// about their record, every alert that shares an event with one of those, and the incidents at their
/// own home with the alerts they raised (whoever those alerts are about).
///
/// "Nobody triages an alert about themselves" is more than the alerts filed against one's own employee
/// id: an incident at one's own flat raises a home-address alert about each employee who lives there,
/// and one custody event can name two employees. A housemate's alert about that incident, or a
/// colleague's about that event, would tell the user what is known about their own home and events. So
/// every list, object rule and review hides all of them, as it hides the user's own alerts: answered as
/// missing, left out of lists and counts, and left out of the access review.
///
/// Events are the same when their source and event id are; the incident log and the incident locations
/// share incident ids. The user's home is the addresses matched to their record and to employees whose
/// roster address is theirs (the same UPRN, or the same address line and postcode).
public struct OwnConcerns: Sendable, Hashable {
    /// The user's employee id.
    public var employeeID: String
    /// Every alert the user must not see (their own included).
    public var alertIDs: Set<Int64>
    /// The events of the user's own alerts (see ``eventKey(source:eventID:)``).
    public var events: Set<String>
    /// Incidents at the user's home, by incident id.
    public var homeIncidents: Set<String>
    /// Other employees whose roster address is the user's home.
    public var housemates: Set<String>

    /// What concerns `employeeID`; `nil` for a user with no employee record.
    public static func load(employeeID: String?, in db: Database) throws -> OwnConcerns? {
        guard let employeeID else { return nil }
        let own = try Row.fetchAll(
            db,
            sql: "SELECT id, source, event_id FROM alert WHERE employee_id = ?",
            arguments: [employeeID]
        )
        let events = Set(
            own.compactMap { row -> String? in
                let event: String = row["event_id"]
                return event.isEmpty ? nil : eventKey(source: row["source"], eventID: event)
            }
        )
        let housemates = try Self.housemates(of: employeeID, in: db)
        let home = Array(housemates) + [employeeID]
        let marks = placeholders(home.count)
        let homeIncidents = Set(
            try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT l.incident_id FROM address_match m
                    JOIN incident_location l ON l.id = m.location_row WHERE m.employee_id IN (\(marks))
                    """,
                arguments: StatementArguments(home)
            )
        )
        var alertIDs = Set(own.map { $0["id"] as Int64 })
        // Only alerts at one of those events or incidents, or about a housemate, can be hidden.
        let eventIDs = Set(own.map { $0["event_id"] as String }.filter { !$0.isEmpty }).union(homeIncidents)
        let candidates = try Row.fetchAll(
            db,
            sql: """
                SELECT id, kind, employee_id, source, event_id FROM alert
                WHERE event_id IN (\(placeholders(eventIDs.count)))
                    OR (kind = 'home_address' AND employee_id IN (\(placeholders(housemates.count))))
                """,
            arguments: StatementArguments(eventIDs.sorted() + housemates.sorted())
        )
        for row in candidates {
            let id: Int64 = row["id"]
            let event: String = row["event_id"]
            let kind: String = row["kind"]
            let atHome =
                kind == "home_address" && (homeIncidents.contains(event) || housemates.contains(row["employee_id"]))
            if atHome || (!event.isEmpty && events.contains(eventKey(source: row["source"], eventID: event))) {
                alertIDs.insert(id)
            }
        }
        return OwnConcerns(
            employeeID: employeeID,
            alertIDs: alertIDs,
            events: events,
            homeIncidents: homeIncidents,
            housemates: housemates
        )
    }

    /// The key under which an event is compared: the incident log and the incident locations share ids.
    public static func eventKey(source: String, eventID: String) -> String {
        let space = source == "incident_location" ? "incident" : source
        return space + "\u{1F}" + eventID
    }

    /// Whether the alert `id` must not be shown.
    public func hides(alert id: Int64) -> Bool { alertIDs.contains(id) }

    /// Whether an event (a person record's, say) is one of the user's own alerts' events.
    public func hides(source: String, eventID: String) -> Bool {
        !eventID.isEmpty && events.contains(Self.eventKey(source: source, eventID: eventID))
    }

    /// Whether `employee` is the user or lives at the user's home: their home-address page shows the
    /// user's home.
    public func sharesHome(_ employee: String) -> Bool {
        employee == employeeID || housemates.contains(employee)
    }

    /// An SQL condition (for an alert table named `alias`) that leaves out every hidden alert; the ids
    /// are integers, written into the text.
    public func excludingAlerts(_ alias: String) -> String {
        alertIDs.isEmpty ? "1" : "\(alias).id NOT IN (\(alertIDs.sorted().map(String.init).joined(separator: ",")))"
    }

    /// `?, ?, ...`: `count` SQL parameters (none is an empty list, which SQLite accepts after `IN`).
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }

    /// Employees other than `employeeID` whose roster address is theirs: the same UPRN, or the same
    /// address line and postcode (ignoring case and spaces).
    static func housemates(of employeeID: String, in db: Database) throws -> Set<String> {
        guard let me = try EmployeeTable.find(employeeID, in: db) else { return [] }
        let line = me.addressLine.trimmingCharacters(in: .whitespaces).uppercased()
        let postcode = me.postcode.uppercased().filter { $0 != " " }
        guard !me.uprn.isEmpty || (!line.isEmpty && !postcode.isEmpty) else { return [] }
        return Set(
            try String.fetchAll(
                db,
                sql: """
                    SELECT employee_id FROM employee WHERE employee_id <> ? AND erased_on IS NULL AND (
                        (? <> '' AND uprn = ?)
                        OR (? <> '' AND ? <> '' AND replace(upper(postcode), ' ', '') = ?
                            AND upper(trim(address_line)) = ?))
                    """,
                arguments: [employeeID, me.uprn, me.uprn, line, postcode, postcode, line]
            )
        )
    }
}

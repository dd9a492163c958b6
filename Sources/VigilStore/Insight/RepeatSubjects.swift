import Foundation
import GRDB
import VigilCore

/// The people and places that keep coming back: employees with two or more alerts as a victim, two or
/// more as a suspect or offender, and addresses with two or more incidents linked to an employee's home.
///
/// Unlike ``AlertTrends`` these name people and their homes, so a page that shows them is personal
/// data and records which employees it showed.
public struct RepeatSubjects: Sendable, Hashable {
    /// An employee who appears again and again in one kind of role.
    public struct Person: Sendable, Hashable {
        /// The employee.
        public var employeeID: String
        /// Their name as the roster gives it (empty once erased).
        public var name: String
        /// Their team.
        public var team: String
        /// Alerts raised in the period with them in this role.
        public var alerts: Int
        /// The newest of those alerts' events.
        public var latestEvent: CalendarDate?
        /// The day they left the force (`YYYY-MM-DD`, as the queue's ``QueuedAlert/employeeLeftOn``), if
        /// they have: a leaver stays listed, since the pattern is evidence of what happened while they
        /// served, but a reader must not take them for a serving officer.
        public var leftOn: String?
    }

    /// An address with repeated incidents, and the employees whose home it is.
    public struct Location: Sendable, Hashable {
        /// The address as the incident log gives it.
        public var address: String
        /// The postcode.
        public var postcode: String
        /// Incidents there in the period.
        public var incidents: Int
        /// The employees matched to it as their home.
        public var employeeIDs: [String]
    }

    /// The least that counts as "repeat".
    public static let threshold = 2

    /// Employees with repeated victim alerts.
    public var victims: [Person]
    /// Employees with repeated suspect or offender alerts.
    public var suspects: [Person]
    /// Home addresses with repeated incidents.
    public var locations: [Location]

    /// How many of `people` have left the force.
    public static func leavers(among people: [Person]) -> Int {
        people.filter { $0.leftOn != nil }.count
    }

    /// Every employee named, for the consultation event.
    public var employeeIDs: [String] {
        var seen: Set<String> = []
        return (victims.map(\.employeeID) + suspects.map(\.employeeID) + locations.flatMap(\.employeeIDs))
            .filter { seen.insert($0).inserted }
    }

    /// The lists without `employeeID` (the reader's own record: nobody sees themselves listed).
    public func excluding(_ employeeID: String?) -> RepeatSubjects {
        guard let employeeID else { return self }
        var copy = self
        copy.victims.removeAll { $0.employeeID == employeeID }
        copy.suspects.removeAll { $0.employeeID == employeeID }
        copy.locations = locations.compactMap { location in
            var location = location
            location.employeeIDs.removeAll { $0 == employeeID }
            return location.employeeIDs.isEmpty ? nil : location
        }
        return copy
    }

    /// Reads the repeats among alerts raised, and incidents dated, in `period`.
    ///
    /// An alert decided not a match is not counted (the record is someone else), nor one decided a
    /// duplicate (its event is counted on the alert it duplicates), nor an incident whose
    /// link to the employee's home was decided not a match or is suppressed: a "repeat victim" is never
    /// made of alerts the team has already set aside. A reopened alert counts again: new evidence came.
    ///
    /// With `concerns` (the reader's own, ``OwnConcerns``), the alerts hidden from the reader are not
    /// counted and the incidents at the reader's home not listed.
    public static func load(
        _ period: ReportingPeriod,
        hiding concerns: OwnConcerns? = nil,
        in db: Database
    ) throws -> RepeatSubjects {
        RepeatSubjects(
            victims: try people(roles: ["victim"], period, concerns, in: db),
            suspects: try people(roles: ["suspect", "offender"], period, concerns, in: db),
            locations: try locations(period, concerns, in: db)
        )
    }

    private static func people(
        roles: [String],
        _ period: ReportingPeriod,
        _ concerns: OwnConcerns?,
        in db: Database
    ) throws -> [Person] {
        let matches = roles.map { _ in "(', ' || lower(a.roles) || ',') LIKE ?" }.joined(separator: " OR ")
        var arguments = StatementArguments([period.from.description, period.to.description])
        arguments += StatementArguments(roles.map { "%, \($0),%" })
        arguments += [threshold]
        return try Row.fetchAll(
            db,
            sql: """
                SELECT a.employee_id, count(*) AS alerts, max(a.event_date) AS latest,
                    coalesce(e.forenames || ' ' || e.surname, '') AS name, coalesce(e.team, '') AS team,
                    e.left_on AS left_on
                FROM alert a LEFT JOIN employee e ON e.employee_id = a.employee_id
                WHERE a.kind = 'person' AND substr(a.raised_at, 1, 10) BETWEEN ? AND ? AND (\(matches))
                    AND a.status NOT IN ('\(AlertStatus.notAMatch.rawValue)', '\(AlertStatus.duplicate.rawValue)')
                    AND \(concerns?.excludingAlerts("a") ?? "1")
                GROUP BY a.employee_id HAVING count(*) >= ?
                ORDER BY alerts DESC, a.employee_id
                """,
            arguments: arguments
        ).map { row in
            Person(
                employeeID: row["employee_id"],
                name: (row["name"] as String).trimmingCharacters(in: .whitespaces),
                team: row["team"],
                alerts: row["alerts"],
                latestEvent: ReportingPeriod.day(ofStoreText: row["latest"]),
                leftOn: row["left_on"]
            )
        }
    }

    private static func locations(
        _ period: ReportingPeriod,
        _ concerns: OwnConcerns?,
        in db: Database
    ) throws -> [Location] {
        let home = concerns?.homeIncidents.sorted() ?? []
        return try Row.fetchAll(
            db,
            sql: """
                SELECT l.address_line, l.postcode, count(DISTINCT l.id) AS incidents,
                    group_concat(DISTINCT m.employee_id) AS employees
                FROM incident_location l JOIN address_match m ON m.location_row = l.id
                WHERE l.withdrawn_run IS NULL AND l.event_date BETWEEN ? AND ?
                    AND l.incident_id NOT IN (\(OwnConcerns.placeholders(home.count)))
                    AND NOT EXISTS (
                        SELECT 1 FROM alert_evidence ev JOIN alert a ON a.id = ev.alert_id
                        WHERE ev.match_kind = 'home_address' AND ev.row_id = l.id AND a.employee_id = m.employee_id
                            AND a.status = '\(AlertStatus.notAMatch.rawValue)')
                    AND NOT EXISTS (
                        SELECT 1 FROM suppression s
                        WHERE s.match_kind = 'home_address' AND s.row_id = l.id AND s.employee_id = m.employee_id
                            AND s.approved_by IS NOT NULL AND s.lifted_at IS NULL)
                GROUP BY upper(l.address_line), upper(l.postcode)
                HAVING count(DISTINCT l.id) >= ?
                ORDER BY incidents DESC, l.postcode, l.address_line
                """,
            arguments: StatementArguments([period.from.description, period.to.description] + home) + [threshold]
        ).map { row in
            Location(
                address: row["address_line"],
                postcode: row["postcode"],
                incidents: row["incidents"],
                employeeIDs: ((row["employees"] as String?) ?? "").split(separator: ",").map(String.init).sorted()
            )
        }
    }
}

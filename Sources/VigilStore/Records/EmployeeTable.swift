import GRDB
import VigilCore

/// The current employees: only the fields the roster gives, plus when they arrived, changed and left.
public enum EmployeeTable {
    /// What the store knows of one employee, for change detection.
    public struct State: Hashable, Sendable {
        /// The fingerprint of the roster row last stored.
        public var contentHash: Int64
        /// Whether the employee was in the last roster.
        public var active: Bool
        /// The day they were first missing from the roster.
        public var leftOn: CalendarDate?
        /// Whether their personal data has been erased.
        public var erased: Bool
    }

    /// The state of every employee ever stored, by employee id.
    public static func states(_ db: Database) throws -> [String: State] {
        var states: [String: State] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT employee_id, content_hash, active, left_on, erased_on FROM employee"
        )
        while let row = try rows.next() {
            states[row["employee_id"]] = State(
                contentHash: row["content_hash"],
                active: row["active"],
                leftOn: CalendarDate(storeText: row["left_on"]),
                erased: (row["erased_on"] as String?) != nil
            )
        }
        return states
    }

    /// Stores a new employee, or replaces a stored one's fields and marks them active again.
    public static func save(_ employee: Employee, contentHash: Int64, run: Int64, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO employee (employee_id, forenames, surname, date_of_birth, address_line, town, postcode,
                    role, team, start_date, previous_surnames, uprn, content_hash, active, first_seen_run, changed_run)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                ON CONFLICT (employee_id) DO UPDATE SET
                    forenames = excluded.forenames, surname = excluded.surname,
                    date_of_birth = excluded.date_of_birth, address_line = excluded.address_line,
                    town = excluded.town, postcode = excluded.postcode, role = excluded.role,
                    team = excluded.team, start_date = excluded.start_date,
                    previous_surnames = excluded.previous_surnames, uprn = excluded.uprn,
                    content_hash = excluded.content_hash, active = 1, changed_run = excluded.changed_run,
                    left_on = NULL, erased_on = NULL
                """,
            arguments: [
                employee.employeeID, employee.forenames, employee.surname, employee.dateOfBirth?.description,
                employee.addressLine, employee.town, employee.postcode, employee.role, employee.team,
                employee.startDate?.description, employee.previousSurnames.joined(separator: "|"), employee.uprn,
                contentHash, run, run,
            ]
        )
    }

    /// Marks an employee missing from the roster as a leaver from `day`.
    public static func deactivate(_ employeeID: String, on day: CalendarDate, run: Int64, in db: Database) throws {
        try db.execute(
            sql: "UPDATE employee SET active = 0, left_on = ?, changed_run = ? WHERE employee_id = ?",
            arguments: [day.description, run, employeeID]
        )
    }

    /// Leavers who left before `day` and whose data is not yet erased.
    public static func dueForErasure(leftBefore day: CalendarDate, in db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT employee_id FROM employee
                WHERE active = 0 AND erased_on IS NULL AND left_on < ? ORDER BY employee_id
                """,
            arguments: [day.description]
        )
    }

    /// Erases a leaver's personal data, keeping only the employee id and the dates that say when.
    public static func erase(_ employeeID: String, on day: CalendarDate, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE employee SET forenames = '', surname = '', date_of_birth = NULL, address_line = '',
                    town = '', postcode = '', role = '', team = '', start_date = NULL, previous_surnames = '',
                    uprn = '', content_hash = 0, erased_on = ?
                WHERE employee_id = ?
                """,
            arguments: [day.description, employeeID]
        )
    }

    /// Every active employee, in employee-id order.
    public static func active(_ db: Database) throws -> [Employee] {
        try Row.fetchAll(db, sql: "SELECT * FROM employee WHERE active = 1 ORDER BY employee_id").map(employee)
    }

    /// One employee (active or not), or `nil`.
    public static func find(_ employeeID: String, in db: Database) throws -> Employee? {
        try Row.fetchOne(db, sql: "SELECT * FROM employee WHERE employee_id = ?", arguments: [employeeID]).map(employee)
    }

    static func employee(_ row: Row) -> Employee {
        let previous: String = row["previous_surnames"]
        return Employee(
            employeeID: row["employee_id"],
            forenames: row["forenames"],
            surname: row["surname"],
            dateOfBirth: CalendarDate(storeText: row["date_of_birth"]),
            addressLine: row["address_line"],
            town: row["town"],
            postcode: row["postcode"],
            role: row["role"],
            team: row["team"],
            startDate: CalendarDate(storeText: row["start_date"]),
            previousSurnames: previous.isEmpty ? [] : previous.split(separator: "|").map(String.init),
            uprn: row["uprn"]
        )
    }
}

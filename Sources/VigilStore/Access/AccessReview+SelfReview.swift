import Foundation
import GRDB

extension AccessReview {
    /// Whether `subject` is `employeeID`'s own record or an alert about them: a review nobody may make
    /// of themselves (the page answers as for an object with nothing recorded).
    public static func isAbout(employee employeeID: String, _ subject: Subject, in db: Database) throws -> Bool {
        guard case .object(let object) = subject else { return false }
        switch object.type {
        case "employee":
            return object.id == employeeID
        case "alert":
            guard let id = Int64(object.id) else { return false }
            let owner = try String.fetchOne(db, sql: "SELECT employee_id FROM alert WHERE id = ?", arguments: [id])
            return owner == employeeID
        default:
            return false
        }
    }

    /// Whether an audit entry (by its sequence) concerns `employeeID`'s record or an alert about them.
    public static func concerns(sequence: Int64, employee employeeID: String, in db: Database) throws -> Bool {
        let clause = hidingClause(employeeID)
        let kept =
            try Bool.fetchOne(
                db,
                sql: "SELECT EXISTS (SELECT 1 FROM audit_event WHERE seq = ?\(clause.sql))",
                arguments: [sequence] + clause.arguments
            ) ?? false
        guard kept else { return true }
        let entry = try Row.fetchOne(db, sql: "SELECT * FROM audit_event WHERE seq = ?", arguments: [sequence])
            .map(AuditEntry.init(row:))
        guard let entry else { return false }
        return names(entry.event, employee: employeeID, alerts: try alertIDs(about: employeeID, in: db))
    }

    /// The SQL (beginning ` AND `) that leaves out `audit_event` rows indexed against `employeeID` or an
    /// alert about them; empty without an employee.
    static func hidingClause(_ employeeID: String?) -> (sql: String, arguments: StatementArguments) {
        guard let employeeID else { return ("", []) }
        return (
            """
             AND NOT EXISTS (SELECT 1 FROM audit_object hidden WHERE hidden.seq = audit_event.seq AND (
                (hidden.object_type = 'employee' AND hidden.object_id = ?)
                OR (hidden.object_type = 'alert'
                    AND hidden.object_id IN (SELECT CAST(id AS TEXT) FROM alert WHERE employee_id = ?))))
            """,
            [employeeID, employeeID]
        )
    }

    /// The ids (as the trail writes them) of the alerts about `employeeID`.
    static func alertIDs(about employeeID: String, in db: Database) throws -> Set<String> {
        Set(
            try Int64.fetchAll(db, sql: "SELECT id FROM alert WHERE employee_id = ?", arguments: [employeeID])
                .map(String.init)
        )
    }

    /// Whether an event names the employee or one of their alerts as its own objects (events written
    /// without the index are caught here).
    static func names(_ event: AuditEvent, employee employeeID: String, alerts: Set<String>) -> Bool {
        switch event.objectType {
        case "employee": event.objectIDs.contains(employeeID)
        case "alert": event.objectIDs.contains(where: alerts.contains)
        default: false
        }
    }
}

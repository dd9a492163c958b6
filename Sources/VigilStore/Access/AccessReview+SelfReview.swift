import Foundation
import GRDB

extension AccessReview {
    /// Whether `subject` is `employeeID`'s own record or an alert about them (or otherwise hidden from
    /// them, ``OwnConcerns``): a review nobody may make of themselves (the page answers as for an object
    /// with nothing recorded).
    public static func isAbout(employee employeeID: String, _ subject: Subject, in db: Database) throws -> Bool {
        guard case .object(let object) = subject else { return false }
        switch object.type {
        case "employee":
            return object.id == employeeID
        case "alert":
            guard let id = Int64(object.id) else { return false }
            return try OwnConcerns.load(employeeID: employeeID, in: db)?.hides(alert: id) == true
        default:
            return false
        }
    }

    /// Whether an audit entry (by its sequence) concerns `employeeID`'s record or an alert about them.
    public static func concerns(sequence: Int64, employee employeeID: String, in db: Database) throws -> Bool {
        let alerts = try alertIDs(about: employeeID, in: db)
        let clause = hidingClause(employeeID, alerts: alerts)
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
        return names(entry.event, employee: employeeID, alerts: alerts)
    }

    /// The SQL (beginning ` AND `) that leaves out `audit_event` rows indexed against `employeeID` or one
    /// of `alerts` (those hidden from them, ``alertIDs(about:in:)``); empty without an employee.
    static func hidingClause(_ employeeID: String?, alerts: Set<String>) -> (sql: String, arguments: StatementArguments)
    {
        guard let employeeID else { return ("", []) }
        let marks = OwnConcerns.placeholders(alerts.count)
        return (
            """
             AND NOT EXISTS (SELECT 1 FROM audit_object hidden WHERE hidden.seq = audit_event.seq AND (
                (hidden.object_type = 'employee' AND hidden.object_id = ?)
                OR (hidden.object_type = 'alert' AND hidden.object_id IN (\(marks)))))
            """,
            StatementArguments([employeeID] + alerts.sorted())
        )
    }

    /// The ids (as the trail writes them) of the alerts hidden from `employeeID`: about them, sharing
    /// an event with one of theirs, or at their home (``OwnConcerns``).
    static func alertIDs(about employeeID: String, in db: Database) throws -> Set<String> {
        Set(try OwnConcerns.load(employeeID: employeeID, in: db)?.alertIDs.map(String.init) ?? [])
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

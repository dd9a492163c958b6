import Foundation
import GRDB

extension AlertQueue.Viewer {
    /// The conditions that keep an alert (the table named `alias`) in this viewer's queue: never one that
    /// concerns them (about their own employee record, sharing an event with one, or at their home: see
    /// ``OwnConcerns``), and for a reviewer only those assigned to them or to nobody.
    ///
    /// Every list of alerts a person reads (the queue, its export, the API) applies the same scope.
    func scope(alert alias: String, in db: Database) throws -> (clauses: [String], arguments: StatementArguments) {
        var clauses: [String] = []
        var arguments: StatementArguments = []
        if let employeeID {
            clauses.append("\(alias).employee_id <> ?")
            arguments += [employeeID]
        }
        if let concerns = try OwnConcerns.load(employeeID: employeeID, in: db) {
            clauses.append(concerns.excludingAlerts(alias))
        }
        if !seesWholeQueue {
            clauses.append("(\(alias).assigned_to IS NULL OR lower(\(alias).assigned_to) = ?)")
            arguments += [username.lowercased()]
        }
        return (clauses, arguments)
    }
}

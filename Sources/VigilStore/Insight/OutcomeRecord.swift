import Foundation
import GRDB

/// A decision on an alert as the API lists it: the move, who made it, why, and any referral.
///
/// Decisions are append-only, so an id-ordered page never shifts under a reader.
public struct OutcomeRecord: Sendable, Hashable {
    /// The decision's id.
    public var id: Int64
    /// The alert decided.
    public var alertID: Int64
    /// The employee the alert is about.
    public var employeeID: String
    /// When (store instant).
    public var at: String
    /// The user who decided.
    public var actor: String
    /// The status before and after.
    public var fromStatus: String
    public var toStatus: String
    /// The reason given.
    public var reason: String
    /// Where a REFERRED alert went, and the external case reference.
    public var referral: String?
    public var caseReference: String?

    /// Decisions with ids above `afterID`, made on or after `since` if given, on the alerts `viewer`'s
    /// queue holds (never their own; for a reviewer only theirs and unassigned ones); at most `limit`
    /// (clamped to 1...``AlertSummary/maximumLimit``).
    public static func list(
        afterID: Int64 = 0,
        since: String? = nil,
        limit: Int = 100,
        viewer: AlertQueue.Viewer,
        in db: Database
    ) throws -> [OutcomeRecord] {
        var conditions = ["d.id > ?"]
        var arguments: StatementArguments = [afterID]
        if let since {
            conditions.append("d.at >= ?")
            arguments += [since]
        }
        let scope = try viewer.scope(alert: "a", in: db)
        conditions += scope.clauses
        arguments += scope.arguments
        arguments += [min(max(limit, 1), AlertSummary.maximumLimit)]
        return try Row.fetchAll(
            db,
            sql: """
                SELECT d.*, a.employee_id FROM decision d JOIN alert a ON a.id = d.alert_id
                WHERE \(conditions.joined(separator: " AND ")) ORDER BY d.id LIMIT ?
                """,
            arguments: arguments
        ).map { row in
            OutcomeRecord(
                id: row["id"],
                alertID: row["alert_id"],
                employeeID: row["employee_id"],
                at: row["at"],
                actor: row["actor"],
                fromStatus: row["from_status"],
                toStatus: row["to_status"],
                reason: row["reason"],
                referral: row["referral"],
                caseReference: row["case_reference"]
            )
        }
    }
}

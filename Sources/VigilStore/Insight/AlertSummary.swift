import Foundation
import GRDB

/// An alert as the API lists it: what it is about, where it stands and when it moved.
///
/// Lists hold what the reader's queue holds (never an alert about their own record; for a reviewer only
/// the alerts assigned to them or to nobody) and page by id so a BI tool can read everything in stable
/// order.
public struct AlertSummary: Sendable, Hashable {
    /// The alert's id.
    public var id: Int64
    /// `person` or `home_address`.
    public var kind: String
    /// The employee it concerns.
    public var employeeID: String
    /// The source of the event.
    public var source: String
    /// The event's id in its source.
    public var eventID: String
    /// The event's date, `YYYY-MM-DD`, if known.
    public var eventDate: String?
    /// The employee's roles in the event (`suspect`, `victim, witness`).
    public var roles: [String]
    /// The workflow status.
    public var status: AlertStatus
    /// The best match probability among its evidence.
    public var probability: Double
    /// `high`, `medium` or `low`.
    public var band: String
    /// Whether the event predates the employee's start date.
    public var predatesStart: Bool
    /// Whether all its evidence has been withdrawn.
    public var evidenceWithdrawn: Bool
    /// Who it is assigned to.
    public var assignedTo: String?
    /// When it was raised and last changed (store instants).
    public var raisedAt: String
    public var updatedAt: String

    /// A filter for ``list(_:in:)``.
    public struct Filter: Sendable, Hashable {
        /// Only alerts in this status.
        public var status: AlertStatus?
        /// Only alerts changed on or after this instant text (`2026-01-01` works too).
        public var updatedSince: String?
        /// Only ids above this (the last id of the previous page).
        public var afterID: Int64
        /// At most this many.
        public var limit: Int
        /// Whose queue to list: only the alerts it holds.
        public var viewer: AlertQueue.Viewer

        /// A filter; `limit` is clamped to 1...``maximumLimit``.
        public init(
            status: AlertStatus? = nil,
            updatedSince: String? = nil,
            afterID: Int64 = 0,
            limit: Int = 100,
            viewer: AlertQueue.Viewer
        ) {
            self.status = status
            self.updatedSince = updatedSince
            self.afterID = afterID
            self.limit = min(max(limit, 1), AlertSummary.maximumLimit)
            self.viewer = viewer
        }
    }

    /// The most alerts (or decisions) one API page returns.
    public static let maximumLimit = 200

    /// Alerts matching `filter`, in id order.
    public static func list(_ filter: Filter, in db: Database) throws -> [AlertSummary] {
        var conditions = ["id > ?"]
        var arguments: StatementArguments = [filter.afterID]
        if let status = filter.status {
            conditions.append("status = ?")
            arguments += [status.rawValue]
        }
        if let since = filter.updatedSince {
            conditions.append("updated_at >= ?")
            arguments += [since]
        }
        let scope = try filter.viewer.scope(alert: "alert", in: db)
        conditions += scope.clauses
        arguments += scope.arguments
        arguments += [filter.limit]
        return try Row.fetchAll(
            db,
            sql: "SELECT * FROM alert WHERE \(conditions.joined(separator: " AND ")) ORDER BY id LIMIT ?",
            arguments: arguments
        ).map(summary)
    }

    /// One alert, or `nil`.
    public static func find(_ id: Int64, in db: Database) throws -> AlertSummary? {
        try Row.fetchOne(db, sql: "SELECT * FROM alert WHERE id = ?", arguments: [id]).map(summary)
    }

    static func summary(_ row: Row) -> AlertSummary {
        AlertSummary(
            id: row["id"],
            kind: row["kind"],
            employeeID: row["employee_id"],
            source: row["source"],
            eventID: row["event_id"],
            eventDate: row["event_date"],
            roles: (row["roles"] as String).split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty },
            status: AlertStatus(rawValue: row["status"]) ?? .new,
            probability: row["probability"],
            band: row["band"],
            predatesStart: row["predates_start"],
            evidenceWithdrawn: row["evidence_withdrawn"],
            assignedTo: row["assigned_to"],
            raisedAt: row["raised_at"],
            updatedAt: row["updated_at"]
        )
    }
}

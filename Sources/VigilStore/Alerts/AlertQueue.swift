import Foundation
import GRDB

/// The vetting team's queue of alerts: filtered, sorted and paged, with the alerts new or updated since
/// a given instant (the last meeting) first.
///
/// Whose queue it is decides what it holds: never an alert about the viewer's own employee record
/// (no self-review), and for a reviewer only the alerts assigned to them and those assigned to nobody.
///
/// ```swift
/// var query = AlertQueue.Query(since: lastMeeting)
/// query.statuses = [.new, .reopened]
/// let page = try AlertQueue.page(query, viewer: viewer, in: db)
/// ```
public enum AlertQueue {
    /// Who is looking at the queue.
    public struct Viewer: Hashable, Sendable {
        /// Their user name (assignments are by user name).
        public var username: String
        /// Their own employee id: alerts about it are never listed.
        public var employeeID: String?
        /// Whether they see every alert (a supervisor) or only theirs and unassigned ones (a reviewer).
        public var seesWholeQueue: Bool

        /// Creates a viewer.
        public init(username: String, employeeID: String?, seesWholeQueue: Bool) {
            self.username = username
            self.employeeID = employeeID
            self.seesWholeQueue = seesWholeQueue
        }
    }

    /// How the queue is ordered after "new since the last meeting" first.
    public enum Sort: String, CaseIterable, Hashable, Sendable {
        /// Most recently updated first.
        case updated
        /// Most probable match first.
        case probability
        /// Most recent event first.
        case eventDate = "event_date"
        /// Most recently raised first.
        case raised

        /// The ORDER BY terms.
        var orderBy: String {
            switch self {
            case .updated: "a.updated_at DESC, a.id DESC"
            case .probability: "a.probability DESC, a.updated_at DESC, a.id DESC"
            case .eventDate: "a.event_date IS NULL, a.event_date DESC, a.id DESC"
            case .raised: "a.raised_at DESC, a.id DESC"
            }
        }

        /// Words for people.
        public var label: String {
            switch self {
            case .updated: "last updated"
            case .probability: "match probability"
            case .eventDate: "event date"
            case .raised: "date raised"
            }
        }
    }

    /// What to list.
    public struct Query: Hashable, Sendable {
        /// Alerts updated at or after this instant are "new since the last meeting" and come first.
        public var since: Date
        /// Only these statuses (empty: every status).
        public var statuses: Set<AlertStatus> = []
        /// Only this source (`crime`, ..., `incident_location`).
        public var source: String?
        /// Only alerts whose roles include this one (`suspect`, `victim`, ...).
        public var role: String?
        /// Only this confidence band (`high`, `medium`, `low`).
        public var band: String?
        /// Only employees of this team.
        public var team: String?
        /// Only alerts assigned to the viewer.
        public var assignedToViewer = false
        /// The order after "new since the last meeting".
        public var sort: Sort = .updated
        /// The page, from 1.
        public var page = 1
        /// Alerts per page.
        public var pageSize = 50

        /// A query for every alert, new-since-`since` first.
        public init(since: Date) {
            self.since = since
        }
    }

    /// The alerts of one page and the counts the page shows.
    public struct Page: Hashable, Sendable {
        /// The alerts on this page.
        public var alerts: [QueuedAlert]
        /// How many alerts match the query.
        public var total: Int
        /// Alerts matching every filter but the status, by status.
        public var countsByStatus: [AlertStatus: Int]
        /// How many matching alerts are new or updated since the last meeting.
        public var newSinceMeeting: Int
        /// The page shown, from 1.
        public var page: Int
        /// The number of pages.
        public var pageCount: Int
    }

    /// The largest number of alerts one query returns at once (exports included).
    public static let maximumRows = 5_000

    /// One page of the queue.
    public static func page(_ query: Query, viewer: Viewer, in db: Database) throws -> Page {
        // One pass gives the counts by status (every filter but the status) and, for the statuses
        // asked for, the total and how many are new since the meeting.
        let statusScope = try conditions(query, viewer: viewer, includingStatus: false, in: db)
        var counts: [AlertStatus: Int] = [:]
        var total = 0
        var fresh = 0
        let statement = try db.cachedStatement(
            sql: "SELECT a.status, COUNT(*), SUM(a.updated_at >= ?) \(from) WHERE \(statusScope.sql) GROUP BY a.status"
        )
        let rows = try Row.fetchCursor(statement, arguments: [StoreTime.text(query.since)] + statusScope.arguments)
        while let row = try rows.next() {
            let name: String = row[0]
            let status = AlertStatus(rawValue: name)
            if let status { counts[status] = row[1] }
            if query.statuses.isEmpty || status.map(query.statuses.contains) == true {
                total += row[1]
                fresh += row[2] ?? 0
            }
        }
        let pageCount = max(1, (total + query.pageSize - 1) / query.pageSize)
        let page = min(max(1, query.page), pageCount)
        let alerts = try fetch(
            query,
            viewer: viewer,
            limit: query.pageSize,
            offset: (page - 1) * query.pageSize,
            in: db
        )
        return Page(
            alerts: alerts,
            total: total,
            countsByStatus: counts,
            newSinceMeeting: fresh,
            page: page,
            pageCount: pageCount
        )
    }

    /// Every alert the query matches, up to ``maximumRows``, in queue order: for the meeting's export.
    public static func all(_ query: Query, viewer: Viewer, in db: Database) throws -> [QueuedAlert] {
        try fetch(query, viewer: viewer, limit: maximumRows, offset: 0, in: db)
    }

    /// The teams of employees with alerts, for the team filter.
    public static func teams(in db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT DISTINCT e.team FROM alert a JOIN employee e ON e.employee_id = a.employee_id
                WHERE e.team <> '' ORDER BY e.team
                """
        )
    }

    private static let from = "FROM alert a LEFT JOIN employee e ON e.employee_id = a.employee_id"

    private static func fetch(
        _ query: Query,
        viewer: Viewer,
        limit: Int,
        offset: Int,
        in db: Database
    ) throws -> [QueuedAlert] {
        let scope = try conditions(query, viewer: viewer, includingStatus: true, in: db)
        var arguments: StatementArguments = [StoreTime.text(query.since)]
        arguments += scope.arguments
        arguments += [limit, offset]
        return try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT a.*, e.forenames, e.surname, e.team, e.left_on, (a.updated_at >= ?) AS fresh \(from)
                    WHERE \(scope.sql)
                    ORDER BY fresh DESC, \(query.sort.orderBy) LIMIT ? OFFSET ?
                    """
            ),
            arguments: arguments
        )
        .map(QueuedAlert.init(row:))
    }

    /// The WHERE clause of a query as the viewer sees it.
    private static func conditions(
        _ query: Query,
        viewer: Viewer,
        includingStatus: Bool,
        in db: Database
    ) throws -> (sql: String, arguments: StatementArguments) {
        var clauses = ["1"]
        var arguments: StatementArguments = []
        let scope = try viewer.scope(alert: "a", in: db)
        clauses += scope.clauses
        arguments += scope.arguments
        if query.assignedToViewer {
            clauses.append("lower(a.assigned_to) = ?")
            arguments += [viewer.username.lowercased()]
        }
        if includingStatus, !query.statuses.isEmpty {
            let statuses = query.statuses.map(\.rawValue).sorted()
            clauses.append("a.status IN (\(statuses.map { _ in "?" }.joined(separator: ",")))")
            arguments += StatementArguments(statuses)
        }
        if let source = query.source {
            clauses.append("a.source = ?")
            arguments += [source]
        }
        if let role = query.role {
            // Roles are stored as "suspect, witness"; match one whole role.
            clauses.append("(', ' || lower(a.roles) || ',') LIKE ?")
            arguments += ["%, \(role.lowercased()),%"]
        }
        if let band = query.band {
            clauses.append("a.band = ?")
            arguments += [band]
        }
        if let team = query.team {
            clauses.append("e.team = ?")
            arguments += [team]
        }
        return (clauses.joined(separator: " AND "), arguments)
    }
}

import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import VigilStore

/// The triage routes: the morning queue, an alert with its explanation and decision panel, the
/// workflow's forms, assignment, suppressions and the meeting's CSV export.
///
/// | route | who | what |
/// |---|---|---|
/// | `GET /alerts` | reviewers, supervisors | the morning queue (consults every alert listed) |
/// | `GET /alerts/{id}` | reviewers, supervisors, break-glass | one alert in full |
/// | `POST /alerts/{id}/decision` | reviewers, supervisors | a status change with its reason |
/// | `POST /alerts/{id}/notes` | reviewers, supervisors | an append-only note |
/// | `POST /alerts/assign` | supervisors | assign the selected alerts |
/// | `POST /alerts/export` | reviewers, supervisors | the queue as CSV (a disclosure) |
/// | `GET /suppressions` | reviewers, supervisors | every suppression |
/// | `POST /suppressions/{id}/approve`, `.../lift` | supervisors | approve or lift one |
enum TriageRoutes {
    /// Who triages: reviewers and supervisors.
    static let triagers: Set<UserRole> = [.reviewer, .supervisor]

    /// Adds every triage route to `table`.
    static func register(in table: inout AccessTable, schedule: MeetingSchedule = MeetingSchedule()) {
        table.add(.get, "/alerts", access: RouteAccess(roles: triagers, showsPersonalData: "alert")) { _, context in
            try await queue(context, schedule: schedule)
        }
        table.add(
            .post,
            "/alerts/export",
            access: RouteAccess(roles: triagers, disclosesPersonalData: "alert")
        ) { _, context in
            try await QueueExport.respond(context, schedule: schedule)
        }
        table.add(.post, "/alerts/assign", access: RouteAccess(roles: [.supervisor])) { _, context in
            try await AssignmentRoute.respond(context)
        }
        AlertDetailRoute.register(in: &table, schedule: schedule)
        DecisionRoutes.register(in: &table)
        SuppressionPages.register(in: &table, schedule: schedule)
    }

    /// The viewer as the store's queue sees them.
    static func viewer(_ user: UserAccount) -> AlertQueue.Viewer {
        AlertQueue.Viewer(
            username: user.username,
            employeeID: user.employeeID,
            seesWholeQueue: user.role == .supervisor
        )
    }

    private static func queue(_ context: PageContext, schedule: MeetingSchedule) async throws -> PageResult {
        let user = try context.requireUser()
        let filter = QueueFilter(context.query)
        let since = filter.sinceDate(now: context.now, schedule: schedule)
        let query = filter.query(since: since.date)
        let viewer = viewer(user)
        let now = context.now
        let cache = context.services.triageCache
        let confirmation = ActionConfirmation(query: context.query)
        let (page, teams, users, status, latest) = try await context.store.asyncRead { db in
            let generation = try StoreGeneration.current(in: db)
            return (
                try cache.page(query, viewer: viewer, at: generation, in: db),
                try cache.teams(at: generation, in: db),
                try cache.users(at: generation, in: db),
                try DataStatus.read(now: now, cache: cache, at: generation, in: db),
                confirmation == nil ? [:] : try AlertQueue.latestAssignment(by: user.username, in: db)
            )
        }
        let assignees = users.filter { $0.isEnabled && TriageRoutes.triagers.contains($0.role) }
        let view = MorningQueuePage(
            context: context,
            user: user,
            filter: filter,
            since: since,
            page: page,
            teams: teams,
            assignees: assignees,
            status: status,
            schedule: schedule,
            confirmation: confirmation?.message(assignees: assignees, latest: latest)
        )
        var consulted = page.alerts.map { AuditObject(type: "alert", id: String($0.id)) }
        consulted += Set(page.alerts.map(\.employeeID)).sorted().map { AuditObject(type: "employee", id: $0) }
        return .page(Page("Morning queue", context, content: view.html), consulted: consulted)
    }
}

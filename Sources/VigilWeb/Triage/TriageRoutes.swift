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
/// | `POST /alerts/{id}/assign` | supervisors | assign the alert on its page |
/// | `POST /alerts/export` | reviewers, supervisors | the queue as CSV (a disclosure) |
/// | `GET /suppressions` | reviewers, supervisors | every suppression |
/// | `POST /suppressions/{id}/approve`, `.../lift` | supervisors | approve or lift one |
///
/// A form refused comes back on the page it was sent from (the queue, the alert, the suppressions) with
/// what was typed and the problem (``FormProblem``), 422 or 409, nothing saved. Those routes are declared
/// as showing what that page shows, so the page sent back is recorded as a consultation, as the page
/// itself is; a redirect after a change records only the change.
enum TriageRoutes {
    /// Who triages: reviewers and supervisors.
    static let triagers: Set<UserRole> = [.reviewer, .supervisor]

    /// Adds every triage route to `table`.
    static func register(in table: inout AccessTable, schedule: MeetingSchedule = MeetingSchedule()) {
        table.add(.get, "/alerts", access: RouteAccess(roles: triagers, showsPersonalData: "alert")) { _, context in
            try await queue(context, filters: context.query, schedule: schedule)
        }
        table.add(
            .post,
            "/alerts/export",
            access: RouteAccess(roles: triagers, disclosesPersonalData: "alert")
        ) { _, context in
            try await QueueExport.respond(context, schedule: schedule)
        }
        let assigners = RouteAccess(roles: [.supervisor], showsPersonalData: "alert")
        table.add(.post, "/alerts/assign", access: assigners) { _, context in
            try await AssignmentRoute.fromQueue(context, schedule: schedule)
        }
        let assignOne = RouteAccess(roles: [.supervisor], showsPersonalData: "alert", objects: .alert(parameter: "id"))
        table.add(.post, "/alerts/{id}/assign", access: assignOne) { _, context in
            try await AssignmentRoute.onAlert(context, schedule: schedule)
        }
        AlertDetailRoute.register(in: &table, schedule: schedule)
        DecisionRoutes.register(in: &table, schedule: schedule)
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

    /// The morning queue with the filters in `filters`; with a `problem`, the assignment or export form
    /// that came back refused, as typed (`entered`), with the status of the refusal.
    static func queue(
        _ context: PageContext,
        filters: FormFields,
        schedule: MeetingSchedule,
        entered: FormFields = FormFields(),
        problem: FormProblem? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> PageResult {
        let user = try context.requireUser()
        let filter = QueueFilter(filters)
        let since = filter.sinceDate(now: context.now, schedule: schedule)
        let query = filter.query(since: since.date)
        let viewer = viewer(user)
        let now = context.now
        let cache = context.services.triageCache
        let confirmation = problem == nil ? ActionConfirmation(query: context.query) : nil
        let (page, teams, users, dataStatus, latest) = try await context.store.asyncRead { db in
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
        var problem = problem
        if problem?.fields.first == MorningQueuePage.firstSelection {
            problem?.fields = [page.alerts.first.map { "select-\($0.id)" } ?? "assignee"]
        }
        var view = MorningQueuePage(
            context: context,
            user: user,
            filter: filter,
            since: since,
            page: page,
            teams: teams,
            assignees: assignees,
            status: dataStatus,
            schedule: schedule,
            confirmation: confirmation?.message(assignees: assignees, latest: latest)
        )
        view.entered = entered
        view.problem = problem
        var consulted = page.alerts.map { AuditObject(type: "alert", id: String($0.id)) }
        consulted += Set(page.alerts.map(\.employeeID)).sorted().map { AuditObject(type: "employee", id: $0) }
        return .page(
            Page("Morning queue", context, content: view.html, problem: problem),
            status: status,
            consulted: consulted
        )
    }
}

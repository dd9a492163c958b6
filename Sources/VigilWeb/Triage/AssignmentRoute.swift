import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import VigilStore

/// A supervisor assigns alerts to a reviewer or supervisor, or to nobody: `POST /alerts/assign` for the
/// alerts ticked in the queue, `POST /alerts/{id}/assign` for the one on an alert's page.
///
/// The queue's form names the alerts it showed in `shown` (comma-separated ids), ticks each with
/// `alert_ID=1`, and gives the queue's address with its filters in `return`; both forms give `assignee`,
/// a user name, empty to unassign. Nobody is assigned an alert about themselves (or otherwise hidden from
/// them, ``OwnConcerns``), and a supervisor cannot assign such an alert about themselves (it does not
/// exist for them). A refused assignment (nothing ticked, an assignee who is not a reviewer or supervisor,
/// or who may not have the alert) writes nothing and comes back as the page it was sent from, the queue
/// with its filters or the alert, with the ticks and the choice kept (422).
enum AssignmentRoute {
    /// `POST /alerts/assign`: the alerts ticked in the queue.
    static func fromQueue(_ context: PageContext, schedule: MeetingSchedule) async throws -> PageResult {
        let form = context.form
        let shown = form.trimmed("shown").split(separator: ",").compactMap {
            Int64($0.trimmingCharacters(in: .whitespaces))
        }
        let selected = Array(Set(shown.filter { form.trimmed("alert_\($0)") == "1" })).sorted()
        let returnPath = ReasonPrompt.isLocalPath(form.trimmed("return")) ? form.trimmed("return") : "/alerts"
        let refuse = { @Sendable (problem: FormProblem) async throws -> PageResult in
            // The queue the form came from: its filters are in the return path's query.
            let query =
                returnPath.split(separator: "#", maxSplits: 1).first?
                .split(separator: "?", maxSplits: 1).dropFirst().first.map(String.init) ?? ""
            return try await TriageRoutes.queue(
                context,
                filters: FormFields(encoded: query),
                schedule: schedule,
                entered: form,
                problem: problem,
                status: .unprocessableContent
            )
        }
        guard !selected.isEmpty, selected.count <= AlertQueue.maximumRows else {
            return try await refuse(
                FormProblem("Select at least one alert to assign.", field: MorningQueuePage.firstSelection)
            )
        }
        return try await assign(selected, context, returnPath: returnPath, refuse: refuse)
    }

    /// `POST /alerts/{id}/assign`: the alert on its page (the framework has authorised it, as for the page).
    static func onAlert(_ context: PageContext, schedule: MeetingSchedule) async throws -> PageResult {
        guard let object = context.object, let id = Int64(object.object.id) else { throw WebError.notFound }
        return try await assign([id], context, returnPath: "/alerts/\(id)#history") { problem in
            try await AlertDetailRoute.page(
                context,
                schedule: schedule,
                entered: context.form,
                problem: problem,
                status: .unprocessableContent
            )
        }
    }

    /// Assigns `selected` to the form's `assignee` with its audit event, then goes to `returnPath`; a
    /// refusal writes nothing and answers with `refuse`.
    private static func assign(
        _ selected: [Int64],
        _ context: PageContext,
        returnPath: String,
        refuse: @Sendable (FormProblem) async throws -> PageResult
    ) async throws -> PageResult {
        let user = try context.requireUser()
        let assigneeName = context.form.trimmed("assignee")
        let found = try await context.store.asyncRead { db in
            let assignee = try assigneeName.isEmpty ? nil : UserDirectory.user(named: assigneeName, in: db)
            return (
                assignee,
                try AlertQueue.employees(of: selected, in: db),
                try OwnConcerns.load(employeeID: user.employeeID, in: db),
                try OwnConcerns.load(employeeID: assignee?.employeeID, in: db)
            )
        }
        let (assignee, employees, ownConcerns, assigneeConcerns) = found
        guard employees.count == selected.count, !employees.values.contains(where: { $0 == user.employeeID }),
            !selected.contains(where: { ownConcerns?.hides(alert: $0) == true })
        else {
            throw WebError.notFound
        }
        if !assigneeName.isEmpty {
            guard let assignee, assignee.isEnabled, TriageRoutes.triagers.contains(assignee.role) else {
                return try await refuse(
                    FormProblem(
                        "\(assigneeName) is not a reviewer or supervisor: choose one of those listed.",
                        field: "assignee"
                    )
                )
            }
            if selected.contains(where: { assigneeConcerns?.hides(alert: $0) == true }) {
                return try await refuse(
                    FormProblem(
                        "\(assignee.username) cannot be assigned an alert about themselves: choose someone else.",
                        field: "assignee"
                    )
                )
            }
        }
        let target = assignee?.username
        let now = context.now
        let event = AuditEvent(
            at: now,
            actor: user.username,
            action: .alteration,
            objectType: "alert",
            objectIDs: selected.map(String.init),
            detail: target.map { "assigned to \($0)" } ?? "unassigned"
        )
        let related = Set(employees.values).sorted().map { AuditObject(type: "employee", id: $0) }
        _ = try await context.audited(event, related: related) { db in
            try AlertQueue.assign(selected, to: target, by: user.username, at: now, in: db)
        }
        let done = ActionConfirmation(target == nil ? .unassigned : .assigned, count: selected.count, assignee: target)
        return .redirect(to: done.appended(to: returnPath))
    }
}

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
        return try await assign([id], context, returnPath: "/alerts/\(id)#history", onePage: true) { problem in
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
        onePage: Bool = false,
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
            let barred = selected.filter { assigneeConcerns?.hides(alert: $0) == true }
            if !barred.isEmpty {
                let why = try await context.store.asyncRead { db in
                    try barred.map { id in
                        try whyBarred(id, employee: employees[id], assignee: assignee.employeeID, in: db)
                    }
                }
                return try await refuse(barredProblem(assignee.username, barred, why, onePage: onePage))
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
    /// Why an alert hidden from the assignee (``OwnConcerns``) is hidden, in words about them: the alert
    /// is about them, about an incident at their home, or shares an event with an alert about them.
    private static func whyBarred(_ id: Int64, employee: String?, assignee: String?, in db: Database) throws -> String {
        if let employee, employee == assignee { return "it is about them" }
        let kind = try String.fetchOne(db, sql: "SELECT kind FROM alert WHERE id = ?", arguments: [id])
        if kind == "home_address" { return "it is about an incident at their home" }
        return "it shares an event with a record about them"
    }

    /// The refusal of an assignee who may not have some of the alerts, naming each alert and why (on an
    /// alert's own page, "this alert"), and marking the ticks of those alerts in the queue.
    private static func barredProblem(_ name: String, _ barred: [Int64], _ why: [String], onePage: Bool) -> FormProblem
    {
        let boxes = onePage ? [] : barred.map { "select-\($0)" }
        if onePage || barred.count == 1 {
            let which = onePage ? "this alert" : "alert \(barred[0])"
            return FormProblem(
                "\(name) may not have \(which): \(why[0]). Choose someone else\(onePage ? "" : ", or untick it").",
                field: "assignee",
                also: boxes
            )
        }
        let reasons = zip(barred, why).map { id, reason in
            "alert \(id): \(reason.replacingOccurrences(of: "it ", with: "", options: .anchored))"
        }
        let numbers = barred.dropLast().map(String.init).joined(separator: ", ") + " and \(barred.last!)"
        return FormProblem(
            "\(name) may not have alerts \(numbers) (\(reasons.joined(separator: "; "))). "
                + "Choose someone else, or untick them.",
            field: "assignee",
            also: boxes
        )
    }
}

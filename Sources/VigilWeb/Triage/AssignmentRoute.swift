import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import VigilStore

/// `POST /alerts/assign`: a supervisor assigns the alerts ticked in the queue (or the one on an alert's
/// page) to a reviewer or supervisor, or to nobody.
///
/// The form names the alerts it showed in `shown` (comma-separated ids) and ticks each with
/// `alert_ID=1`; `assignee` is a user name, empty to unassign. Nobody is assigned an alert about
/// themselves (or otherwise hidden from them, ``OwnConcerns``), and a supervisor cannot assign such an
/// alert about themselves (it does not exist for them).
enum AssignmentRoute {
    static func respond(_ context: PageContext) async throws -> PageResult {
        let user = try context.requireUser()
        let form = context.form
        let shown = form.trimmed("shown").split(separator: ",").compactMap {
            Int64($0.trimmingCharacters(in: .whitespaces))
        }
        let selected = Array(Set(shown.filter { form.trimmed("alert_\($0)") == "1" })).sorted()
        let returnPath = ReasonPrompt.isLocalPath(form.trimmed("return")) ? form.trimmed("return") : "/alerts"
        guard !selected.isEmpty, selected.count <= AlertQueue.maximumRows else {
            return problem("Select at least one alert to assign.", returnPath: returnPath, context)
        }
        let assigneeName = form.trimmed("assignee")
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
                return problem("\(assigneeName) is not a reviewer or supervisor.", returnPath: returnPath, context)
            }
            if selected.contains(where: { assigneeConcerns?.hides(alert: $0) == true }) {
                return problem(
                    "\(assignee.username) cannot be assigned an alert about themselves.",
                    returnPath: returnPath,
                    context
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

    private static func problem(_ message: String, returnPath: String, _ context: PageContext) -> PageResult {
        .page(
            Page(
                "Assignment not made",
                context,
                content: "\(Forms.problem(message))<p><a href=\"\(returnPath)\">Back</a></p>"
            ),
            status: .unprocessableContent
        )
    }
}

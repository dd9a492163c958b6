import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

/// `POST /alerts/{id}/decision` and `POST /alerts/{id}/notes`: the workflow's writes.
///
/// Each goes through ``AlertWorkflow``, which writes the change, its history and its one audit event
/// (indexed against the alert and its employee, naming the outcome but not the reason's words) in one
/// transaction: together or not at all. A refused decision writes nothing and
/// comes back as the decision form with the problem: 409 when the transition is not allowed from the
/// alert's status, 422 when the form is incomplete (no reason, a referral without its kind or case
/// reference, a bad review date). The form shows no personal data, so nothing needs recording.
enum DecisionRoutes {
    static let access = RouteAccess(roles: TriageRoutes.triagers, objects: .alert(parameter: "id"))

    static func register(in table: inout AccessTable) {
        table.add(.post, "/alerts/{id}/decision", access: access) { _, context in
            try await decide(context)
        }
        table.add(.post, "/alerts/{id}/notes", access: access) { _, context in
            try await addNote(context)
        }
    }

    private static func decide(_ context: PageContext) async throws -> PageResult {
        let user = try context.requireUser()
        guard let object = context.object, let id = Int64(object.object.id) else { throw WebError.notFound }
        let form = context.form
        let current = try await context.store.asyncRead { db in
            try String.fetchOne(db, sql: "SELECT status FROM alert WHERE id = ?", arguments: [id])
        }
        guard let status = current.flatMap(AlertStatus.init(rawValue:)) else { throw WebError.notFound }
        var panel = DecisionPanel(alertID: id, status: status, csrfToken: context.csrfToken, entered: form)
        func refuse(_ message: String, _ code: HTTPResponse.Status, field: String? = nil) -> PageResult {
            panel.problem = message
            panel.problemField = field
            return .page(
                Page(
                    "Decision not recorded",
                    context,
                    content: "\(panel.decisionForm)<p><a href=\"/alerts/\(id)\">Back to alert \(id)</a></p>"
                ),
                status: code
            )
        }
        guard let target = AlertStatus(rawValue: form.trimmed("status")) else {
            return refuse("Choose what the alert becomes.", .unprocessableContent, field: "status")
        }
        guard status.allowedNext.contains(target) else {
            let allowed = status.allowedNext.map(\.label).joined(separator: ", ")
            return refuse(
                "An alert that is \(status.label) cannot become \(target.label)"
                    + (allowed.isEmpty ? ": it is closed." : ". It can become: \(allowed)."),
                .conflict,
                field: "status"
            )
        }
        let reason = form.trimmed("reason")
        guard !reason.isEmpty, reason.count <= 2_000 else {
            return refuse(
                "Give a reason for the decision (at most 2,000 characters).",
                .unprocessableContent,
                field: "reason"
            )
        }
        let referral = Referral(rawValue: form.trimmed("referral"))
        let reference = form.trimmed("case_reference")
        if target == .referred {
            guard referral != nil else {
                return refuse("Choose where the alert is referred.", .unprocessableContent, field: "referral")
            }
            guard !reference.isEmpty, reference.count <= 100 else {
                return refuse(
                    "A referral needs the external case reference.",
                    .unprocessableContent,
                    field: "case_reference"
                )
            }
        }
        var reviewOn: CalendarDate?
        if target == .notAMatch, !form.trimmed("review_on").isEmpty {
            let parts = form.trimmed("review_on").split(separator: "-").compactMap { Int($0) }
            let today = CalendarDate.utcDay(context.now)
            guard parts.count == 3, let date = CalendarDate(year: parts[0], month: parts[1], day: parts[2]),
                date > today
            else {
                return refuse(
                    "The review date must be a date after today, as YYYY-MM-DD.",
                    .unprocessableContent,
                    field: "review_on"
                )
            }
            reviewOn = date
        }
        let decision = AlertWorkflow.Decision(
            status: target,
            reason: reason,
            referral: target == .referred ? referral : nil,
            caseReference: target == .referred ? reference : nil,
            reviewOn: reviewOn
        )
        let now = context.now
        do {
            // The workflow writes the decision's one audit event, in the same transaction.
            try await context.store.asyncWrite { db in
                try AlertWorkflow.decide(alertID: id, decision, by: user.username, at: now, in: db)
            }
        } catch let error as StoreError where error.code == .refused {
            // The alert changed between reading and writing (another reviewer decided first).
            return refuse("The decision was not recorded: \(error.message).", .conflict)
        }
        return .redirect(to: ActionConfirmation(.decision).appended(to: "/alerts/\(id)#history"))
    }

    private static func addNote(_ context: PageContext) async throws -> PageResult {
        let user = try context.requireUser()
        guard let object = context.object, let id = Int64(object.object.id) else { throw WebError.notFound }
        let text = context.form.trimmed("text")
        guard !text.isEmpty, text.count <= 5_000 else {
            let problem = "Write a note of 1 to 5,000 characters."
            let panel = DecisionPanel(alertID: id, status: .new, csrfToken: context.csrfToken)
            return .page(
                Page(
                    "Note not added",
                    context,
                    content: """
                        \(Forms.problem(problem))\(panel.noteForm(problem: problem))
                        <p><a href="/alerts/\(id)">Back to alert \(id)</a></p>
                        """
                ),
                status: .unprocessableContent
            )
        }
        let now = context.now
        try await context.store.asyncWrite { db in
            try AlertWorkflow.addNote(alertID: id, text: text, by: user.username, at: now, in: db)
        }
        return .redirect(to: ActionConfirmation(.note).appended(to: "/alerts/\(id)#history"))
    }
}

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
/// transaction: together or not at all. A refused decision or note writes nothing and comes back as the
/// alert's page with what was typed and every problem at its field: 409 when the transition is not allowed
/// from the alert's status (or another decision came first; when the alert is closed, what was typed is
/// shown read-only to copy, ``UnsavedInput``), 422 when the form is incomplete (no reason, a referral
/// without its kind or case reference, a bad review date, an empty or too long note). That page
/// shows the alert, so the routes are declared as showing it: the page sent back is recorded as a
/// consultation, exactly as opening the alert is.
enum DecisionRoutes {
    static let access = RouteAccess(
        roles: TriageRoutes.triagers,
        showsPersonalData: "alert",
        objects: .alert(parameter: "id")
    )

    static func register(in table: inout AccessTable, schedule: MeetingSchedule) {
        table.add(.post, "/alerts/{id}/decision", access: access) { _, context in
            try await decide(context, schedule: schedule)
        }
        table.add(.post, "/alerts/{id}/notes", access: access) { _, context in
            try await addNote(context, schedule: schedule)
        }
    }

    private static func decide(_ context: PageContext, schedule: MeetingSchedule) async throws -> PageResult {
        let user = try context.requireUser()
        guard let object = context.object, let id = Int64(object.object.id) else { throw WebError.notFound }
        let form = context.form
        let current = try await context.store.asyncRead { db in
            try String.fetchOne(db, sql: "SELECT status FROM alert WHERE id = ?", arguments: [id])
        }
        guard let status = current.flatMap(AlertStatus.init(rawValue:)) else { throw WebError.notFound }
        func refuse(_ problem: FormProblem, _ code: HTTPResponse.Status) async throws -> PageResult {
            try await AlertDetailRoute.page(context, schedule: schedule, entered: form, problem: problem, status: code)
        }
        func refuse(_ message: String, _ code: HTTPResponse.Status, field: String) async throws -> PageResult {
            try await refuse(FormProblem(message, field: field), code)
        }
        guard let target = AlertStatus(rawValue: form.trimmed("status")) else {
            return try await refuse(
                DecisionPanel.statusProblem("Choose what the alert becomes.", from: status),
                .unprocessableContent
            )
        }
        guard status.allowedNext.contains(target) else {
            let allowed = status.allowedNext.map(\.label).joined(separator: ", ")
            let message =
                "An alert that is \(status.label) cannot become \(target.label)"
                + (allowed.isEmpty ? ": it is closed." : ". It can become: \(allowed).")
            return try await refuse(DecisionPanel.statusProblem(message, from: status), .conflict)
        }
        // Every field is checked, so that one round trip can put them all right.
        var problems: [FormProblem] = []
        let reason = form.trimmed("reason")
        if reason.isEmpty || reason.count > 2_000 {
            problems.append(FormProblem("Give a reason for the decision (at most 2,000 characters).", field: "reason"))
        }
        let referral = Referral(rawValue: form.trimmed("referral"))
        let reference = form.trimmed("case_reference")
        if target == .referred {
            if referral == nil {
                problems.append(FormProblem("Choose where the alert is referred.", field: "referral"))
            }
            if reference.isEmpty || reference.count > 100 {
                problems.append(
                    FormProblem(
                        "A referral needs the external case reference (at most 100 characters).",
                        field: "case_reference"
                    )
                )
            }
        }
        var reviewOn: CalendarDate?
        if target == .notAMatch, !form.trimmed("review_on").isEmpty {
            let parts = form.trimmed("review_on").split(separator: "-").compactMap { Int($0) }
            let today = CalendarDate.utcDay(context.now)
            if parts.count == 3, let date = CalendarDate(year: parts[0], month: parts[1], day: parts[2]), date > today {
                reviewOn = date
            } else {
                problems.append(
                    FormProblem("The review date must be a date after today, as YYYY-MM-DD.", field: "review_on")
                )
            }
        }
        if let problem = FormProblem(all: problems) {
            return try await refuse(problem, .unprocessableContent)
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
            // The alert changed between reading and writing (another reviewer decided first): the page
            // comes back with the alert as it is now, and the decision as typed.
            return try await refuse(
                "The decision was not recorded: \(error.message).",
                .conflict,
                field: DecisionPanel.decisionID
            )
        }
        return .redirect(to: ActionConfirmation(.decision).appended(to: "/alerts/\(id)#history"))
    }

    private static func addNote(_ context: PageContext, schedule: MeetingSchedule) async throws -> PageResult {
        let user = try context.requireUser()
        guard let object = context.object, let id = Int64(object.object.id) else { throw WebError.notFound }
        let text = context.form.trimmed("text")
        guard !text.isEmpty, text.count <= 5_000 else {
            return try await AlertDetailRoute.page(
                context,
                schedule: schedule,
                entered: context.form,
                problem: FormProblem("Write a note of 1 to 5,000 characters.", field: "note-text"),
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

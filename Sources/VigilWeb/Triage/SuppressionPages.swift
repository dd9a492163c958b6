import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

/// `GET /suppressions` and a supervisor's `POST /suppressions/{id}/approve` and `.../lift`.
///
/// A NOT_A_MATCH decision asks for each of the alert's pairs (employee, record) to be suppressed; a
/// supervisor other than the person who asked approves it, and from then the pair raises no alert
/// until the record's names, date of birth or address change or someone lifts it. The page lists every
/// suppression with who asked, who approved, the review date (overdue ones marked) and lifted ones
/// with the reason. Nobody sees or acts on a suppression about themselves, or of an alert hidden from
/// them (``OwnConcerns``). A change refused (no reason to lift, a suppression already approved or lifted)
/// writes nothing and comes back as the list, with the reason as typed and the problem at its row.
enum SuppressionPages {
    static func register(in table: inout AccessTable, schedule: MeetingSchedule = MeetingSchedule()) {
        let readers = RouteAccess(roles: TriageRoutes.triagers, showsPersonalData: "suppression")
        table.add(.get, "/suppressions", access: readers) { _, context in
            try await list(context, schedule: schedule)
        }
        // A refused change comes back on the list, which shows suppressions: recorded as it is.
        let supervisors = RouteAccess(roles: [.supervisor], showsPersonalData: "suppression")
        table.add(.post, "/suppressions/{id}/approve", access: supervisors) { _, context in
            let (id, suppression) = try await visibleSuppression(context)
            return try await change(context, id: id, suppression, action: "approved", schedule: schedule) {
                id,
                user,
                now,
                db in
                try SuppressionTable.approve(id, by: user, at: now, in: db)
            }
        }
        table.add(.post, "/suppressions/{id}/lift", access: supervisors) { _, context in
            let (id, suppression) = try await visibleSuppression(context)
            let reason = context.form.trimmed("reason")
            guard suppression.liftedAt == nil else {
                let problem = FormProblem(
                    "Not lifted: suppression \(id) is already lifted.",
                    field: SuppressionListView.rowID(id)
                )
                let typed = (suppression: id, reason: context.form["reason"] ?? "")
                return try await list(context, schedule: schedule, typed: typed, problem: problem, status: .conflict)
            }
            guard !reason.isEmpty, reason.count <= 1_000 else {
                // A pending suppression is rejected rather than lifted, as its form says.
                let verb = suppression.approvedBy == nil ? "rejecting" : "lifting"
                let problem = FormProblem(
                    "Give a reason for \(verb) suppression \(id) (at most 1,000 characters).",
                    field: SuppressionListView.reasonField(id)
                )
                return try await list(
                    context,
                    schedule: schedule,
                    typed: (suppression: id, reason: context.form["reason"] ?? ""),
                    problem: problem,
                    status: .unprocessableContent
                )
            }
            // The reason's words stay with the suppression; the audit entry says only what was done.
            return try await change(context, id: id, suppression, action: "lifted", schedule: schedule) {
                id,
                user,
                now,
                db in
                guard let found = try SuppressionTable.find(id, in: db), found.liftedAt == nil else {
                    throw StoreError(.refused, "suppression \(id) is already lifted")
                }
                try SuppressionTable.lift(id, reason: "\(reason) (lifted by \(user))", at: now, in: db)
            }
        }
    }

    /// The list of suppressions; with a `problem`, a supervisor's change that came back refused, with
    /// the lift reason as typed (`typed`) and the status of the refusal.
    private static func list(
        _ context: PageContext,
        schedule: MeetingSchedule,
        typed: (suppression: Int64, reason: String)? = nil,
        problem: FormProblem? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> PageResult {
        let user = try context.requireUser()
        let listed = try await context.store.asyncRead { db in
            let concerns = try OwnConcerns.load(employeeID: user.employeeID, in: db)
            return try SuppressionTable.listed(excluding: user.employeeID, in: db).filter { listed in
                !(listed.suppression.alertID.map { concerns?.hides(alert: $0) ?? false } ?? false)
            }
        }
        let confirmation =
            problem == nil
            ? ActionConfirmation(query: context.query)?.message(about: listed, reader: user.username) : nil
        var view = SuppressionListView(
            listed: listed,
            user: user,
            confirmation: confirmation,
            today: CalendarDate.utcDay(context.now).description,
            csrfToken: context.csrfToken,
            schedule: schedule
        )
        view.typed = typed
        view.problem = problem
        var consulted = listed.map { AuditObject(type: "suppression", id: String($0.suppression.id)) }
        consulted += Set(listed.map(\.suppression.employeeID)).sorted().map {
            AuditObject(type: "employee", id: $0)
        }
        return .page(
            Page("Suppressions", context, content: view.html, problem: problem),
            status: status,
            consulted: consulted
        )
    }

    /// The suppression the path names, if the user may act on it: not about themselves, nor of an
    /// alert hidden from them; otherwise "not found", before anything is checked or written.
    private static func visibleSuppression(
        _ context: PageContext
    ) async throws -> (Int64, SuppressionTable.Suppression) {
        let user = try context.requireUser()
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else { throw WebError.notFound }
        let found = try await context.store.asyncRead { db -> SuppressionTable.Suppression? in
            guard let suppression = try SuppressionTable.find(id, in: db) else { return nil }
            let concerns = try OwnConcerns.load(employeeID: user.employeeID, in: db)
            let hidden = suppression.alertID.map { concerns?.hides(alert: $0) ?? false } ?? false
            return hidden ? nil : suppression
        }
        guard let suppression = found, suppression.employeeID != user.employeeID else { throw WebError.notFound }
        return (id, suppression)
    }

    /// Applies a supervisor's change to one suppression with its audit event; a refusal writes nothing
    /// and comes back as the list (409), saying why at the suppression's row.
    private static func change(
        _ context: PageContext,
        id: Int64,
        _ suppression: SuppressionTable.Suppression,
        action: String,
        schedule: MeetingSchedule,
        _ body: @escaping @Sendable (Int64, String, Date, Database) throws -> Void
    ) async throws -> PageResult {
        let user = try context.requireUser()
        let event = AuditEvent(
            at: context.now,
            actor: user.username,
            action: .alteration,
            objectType: "suppression",
            objectIDs: [String(id)],
            reason: "suppression \(action)",
            detail: "\(context.route): \(action)"
        )
        let now = context.now
        let username = user.username
        do {
            try await context.audited(event, related: [AuditObject(type: "employee", id: suppression.employeeID)]) {
                db in
                try body(id, username, now, db)
            }
        } catch let error as StoreError where error.code == .refused {
            let problem = FormProblem("Not \(action): \(error.message).", field: SuppressionListView.rowID(id))
            let typed: (suppression: Int64, reason: String)? =
                action == "lifted" ? (id, context.form["reason"] ?? "") : nil
            return try await list(context, schedule: schedule, typed: typed, problem: problem, status: .conflict)
        }
        let done = ActionConfirmation(action == "approved" ? .approved : .lifted, suppression: id)
        return .redirect(to: done.appended(to: "/suppressions#done"))
    }
}

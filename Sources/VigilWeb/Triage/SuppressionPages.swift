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
/// them (``OwnConcerns``).
enum SuppressionPages {
    static func register(in table: inout AccessTable, schedule: MeetingSchedule = MeetingSchedule()) {
        let readers = RouteAccess(roles: TriageRoutes.triagers, showsPersonalData: "suppression")
        table.add(.get, "/suppressions", access: readers) { _, context in
            let user = try context.requireUser()
            let listed = try await context.store.asyncRead { db in
                let concerns = try OwnConcerns.load(employeeID: user.employeeID, in: db)
                return try SuppressionTable.listed(excluding: user.employeeID, in: db).filter { listed in
                    !(listed.suppression.alertID.map { concerns?.hides(alert: $0) ?? false } ?? false)
                }
            }
            let view = SuppressionListView(
                listed: listed,
                user: user,
                confirmation: ActionConfirmation(query: context.query)?.message(about: listed, reader: user.username),
                today: CalendarDate.utcDay(context.now).description,
                csrfToken: context.csrfToken,
                schedule: schedule
            )
            var consulted = listed.map { AuditObject(type: "suppression", id: String($0.suppression.id)) }
            consulted += Set(listed.map(\.suppression.employeeID)).sorted().map {
                AuditObject(type: "employee", id: $0)
            }
            return .page(Page("Suppressions", context, content: view.html), consulted: consulted)
        }
        let supervisors = RouteAccess(roles: [.supervisor])
        table.add(.post, "/suppressions/{id}/approve", access: supervisors) { _, context in
            try await change(context, action: "approved") { id, user, now, db in
                try SuppressionTable.approve(id, by: user, at: now, in: db)
            }
        }
        table.add(.post, "/suppressions/{id}/lift", access: supervisors) { _, context in
            let reason = context.form.trimmed("reason")
            guard !reason.isEmpty, reason.count <= 1_000 else {
                return problem("Give a reason for lifting the suppression.", status: .unprocessableContent, context)
            }
            // The reason's words stay with the suppression; the audit entry says only what was done.
            return try await change(context, action: "lifted") { id, user, now, db in
                guard let found = try SuppressionTable.find(id, in: db), found.liftedAt == nil else {
                    throw StoreError(.refused, "suppression \(id) is already lifted")
                }
                try SuppressionTable.lift(id, reason: "\(reason) (lifted by \(user))", at: now, in: db)
            }
        }
    }

    /// Applies a supervisor's change to one suppression with its audit event; refusals write nothing.
    private static func change(
        _ context: PageContext,
        action: String,
        _ body: @escaping @Sendable (Int64, String, Date, Database) throws -> Void
    ) async throws -> PageResult {
        let user = try context.requireUser()
        guard let text = context.parameters.get("id"), let id = Int64(text), id > 0 else { throw WebError.notFound }
        let found = try await context.store.asyncRead { db -> SuppressionTable.Suppression? in
            guard let suppression = try SuppressionTable.find(id, in: db) else { return nil }
            let concerns = try OwnConcerns.load(employeeID: user.employeeID, in: db)
            let hidden = suppression.alertID.map { concerns?.hides(alert: $0) ?? false } ?? false
            return hidden ? nil : suppression
        }
        guard let suppression = found, suppression.employeeID != user.employeeID else { throw WebError.notFound }
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
            return problem("Not done: \(error.message).", status: .conflict, context)
        }
        let done = ActionConfirmation(action == "approved" ? .approved : .lifted, suppression: id)
        return .redirect(to: done.appended(to: "/suppressions#done"))
    }

    private static func problem(_ message: String, status: HTTPResponse.Status, _ context: PageContext) -> PageResult {
        .page(
            Page(
                "Suppression not changed",
                context,
                content: "\(Forms.problem(message))<p><a href=\"/suppressions\">Back to suppressions</a></p>"
            ),
            status: status
        )
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import VigilStore

/// The access review: who accessed an employee or an alert, or everything a user accessed, over the
/// last three months or any range; and the auditor's CSV export of the trail.
///
/// Viewing is itself a consultation (of the subject's access log), and the export a disclosure with
/// its recipient. A reviewer linked to an employee record never sees the trail of that record or of the
/// alerts about it: such a review reads as one with nothing recorded, and entries that concern them are
/// left out of every other review.
///
/// A form that cannot be used (a date that is not one, a range ending before it starts, a subject id that
/// names nothing (an alert number not in figures, an employee id or user name the dashboard would never
/// accept), no recipient for an export) comes back as this page with 422, everything typed kept and every
/// problem listed and shown at its field; no
/// entry is read or shown, so none is recorded. Before reading the trail, both write the counts of
/// refused sign-ins whose windows have ended (``SignInRefusals``).
enum AccessReviewPages {
    static func declare(into table: inout AccessTable) {
        let reviewers = RouteAccess(roles: [.supervisor, .auditor], showsPersonalData: "audit")
        table.add(.get, "/access-review", access: reviewers) { _, context in
            try await review(context)
        }
        let export = RouteAccess(roles: [.auditor], disclosesPersonalData: "audit")
        table.add(.post, "/access-review/export", access: export) { _, context in
            try await exportTrail(context)
        }
    }

    /// What the review form asked for, as typed.
    private struct ReviewForm: Sendable {
        var kind: String
        var id: String
        var from: String
        var to: String
    }

    /// What the export form asked for, as typed.
    private struct ExportForm: Sendable {
        var from: String
        var to: String
        var recipient: String
    }

    private static func review(_ context: PageContext) async throws -> PageResult {
        let user = try context.requireUser()
        let query = context.query
        let typed = ReviewForm(
            kind: query.trimmed("subject"),
            id: query.trimmed("id"),
            from: query.trimmed("from"),
            to: query.trimmed("to")
        )
        var problems: [FormProblem] = []
        if !typed.id.isEmpty {
            if !["employee", "alert", "user"].contains(typed.kind) {
                problems.append(
                    FormProblem("Choose what to review: an employee, an alert or a user.", field: "subject")
                )
            } else if let problem = subjectProblem(kind: typed.kind, id: typed.id) {
                problems.append(problem)
            }
        }
        var parsed: ReviewPeriod?
        do throws(FormProblem) {
            parsed = try ReviewPeriod.parse(from: typed.from, to: typed.to, now: context.now)
        } catch {
            problems.insert(error, at: 0)
        }
        guard let period = parsed, problems.isEmpty else {
            // Sent back as typed, with nothing read from the trail: nothing is shown, so nothing is recorded.
            return refused(context, user: user, review: typed, problem: FormProblem(all: problems)!)
        }
        let kind = typed.kind
        // An alert is recorded under its number as every alert page records it ("007" is alert 7).
        let id = kind == "alert" ? SubjectIdentifier.alertNumber(typed.id).map(String.init) ?? typed.id : typed.id
        var results: HTML = ""
        var consulted = [
            AuditObject(type: "audit", id: "\(StoreTime.text(period.from))/\(StoreTime.text(period.to))")
        ]
        if !id.isEmpty {
            let subject: AccessReview.Subject = kind == "user" ? .actor(id) : .object(AuditObject(type: kind, id: id))
            // One's own record and the alerts about it read as if nothing were recorded, and
            // entries that concern them are left out of any other review (no self-review).
            let own = user.employeeID
            try await closeRefusalWindows(context)
            let entries = try await context.store.asyncRead { db in
                if let own, try AccessReview.isAbout(employee: own, subject, in: db) { return [AuditEntry]() }
                return try AccessReview.entries(
                    about: subject,
                    from: period.from,
                    to: period.to,
                    hidingEmployee: own,
                    in: db
                )
            }
            let question = kind == "user" ? "What user \(id) accessed" : "Who accessed \(kind) \(id)"
            let caption = "\(question), \(ReviewPeriod.text(period.from)) to \(period.lastDay), oldest first"
            results = resultsTable(entries, heading: "\(kind) \(id)", caption: caption)
            consulted.append(AuditObject(type: kind, id: id))
        }
        let shown = ReviewForm(kind: kind, id: id, from: ReviewPeriod.text(period.from), to: period.lastDay)
        let export = ExportForm(from: shown.from, to: shown.to, recipient: "")
        let content =
            form(shown, problem: nil) + results
            + (user.role == .auditor ? exportForm(export, problem: nil, csrfToken: context.csrfToken) : "")
        return .page(Page("Access review", context, content: content), consulted: consulted)
    }

    private static func exportTrail(_ context: PageContext) async throws -> PageResult {
        let form = context.form
        let typed = ExportForm(
            from: form.trimmed("from"),
            to: form.trimmed("to"),
            recipient: form.trimmed("recipient")
        )
        var problems: [FormProblem] = []
        var parsed: ReviewPeriod?
        do throws(FormProblem) {
            parsed = try ReviewPeriod.parse(
                from: typed.from,
                to: typed.to,
                now: context.now,
                fields: ReviewPeriod.FieldIDs(from: "export-from", to: "export-to")
            )
        } catch {
            problems.append(error)
        }
        if DeclaredResponder.recipient(form: form, query: FormFields()) == nil {
            problems.append(
                FormProblem(
                    "Name who will receive the export (at most 200 characters): it is recorded with the export.",
                    field: "recipient"
                )
            )
        }
        guard let period = parsed, problems.isEmpty else {
            let problem = FormProblem(all: problems)!
            return refused(context, user: try context.requireUser(), export: typed, problem: problem)
        }
        try await closeRefusalWindows(context)
        let entries = try await context.store.asyncRead { db in
            try AccessReview.entries(from: period.from, to: period.to, in: db)
        }
        let name = "vigil-audit-\(ReviewPeriod.text(period.from))-\(period.lastDay).csv"
        let response = Response(
            status: .ok,
            headers: [
                .contentType: "text/csv; charset=utf-8",
                .contentDisposition: "attachment; filename=\"\(name)\"",
            ],
            body: ResponseBody(byteBuffer: ByteBuffer(string: AuditCSV.document(entries)))
        )
        let range = "\(StoreTime.text(period.from))/\(StoreTime.text(period.to))"
        return PageResult(response: response, consulted: [AuditObject(type: "audit", id: range)])
    }

    /// The page sent back when the review or the export form cannot be used (422): both forms as the
    /// person left them (the other one as it starts), the problem at the top and at its field, and no
    /// entries.
    private static func refused(
        _ context: PageContext,
        user: UserAccount,
        review: ReviewForm? = nil,
        export: ExportForm? = nil,
        problem: FormProblem
    ) -> PageResult {
        let start = ReviewPeriod(from: ReviewPeriod.defaultStart(before: context.now), to: context.now)
        let fresh = ReviewForm(kind: "", id: "", from: ReviewPeriod.text(start.from), to: start.lastDay)
        let content =
            form(review ?? fresh, problem: review == nil ? nil : problem)
            + (user.role == .auditor
                ? exportForm(
                    export ?? ExportForm(from: fresh.from, to: fresh.to, recipient: ""),
                    problem: export == nil ? nil : problem,
                    csrfToken: context.csrfToken
                ) : "")
        return .page(
            Page("Access review", context, content: content, problem: problem),
            status: .unprocessableContent
        )
    }

    /// What is wrong with the subject's id as typed: an alert number in figures, an employee id or a user
    /// name as the rest of the dashboard takes them (``SubjectIdentifier``); anything else names nothing
    /// that could have been accessed, so it is refused rather than read and recorded as reviewed.
    private static func subjectProblem(kind: String, id: String) -> FormProblem? {
        switch kind {
        case "alert" where SubjectIdentifier.alertNumber(id) == nil:
            FormProblem("Enter an alert number, such as 42, in figures.", field: "id")
        case "employee" where !SubjectIdentifier.isEmployeeID(id):
            FormProblem(
                "Enter an employee id as the roster gives it, such as E100248: letters, figures, "
                    + "- _ . or /, at most 64 characters.",
                field: "id"
            )
        case "user" where !UserDirectory.isValidUsername(id):
            FormProblem(
                "Enter a user name as it is used to sign in: 2 to 64 lower-case letters, figures, . - or _.",
                field: "id"
            )
        default:
            nil
        }
    }

    /// Writes the counts of refused sign-ins whose windows have ended (``SignInRefusals``) before the
    /// trail is read, so that no review or export lacks one.
    private static func closeRefusalWindows(_ context: PageContext) async throws {
        let now = context.now
        try await context.store.asyncWrite { db in try SignInRefusals.closeWindows(endedBy: now, in: db) }
    }

    private static func form(_ typed: ReviewForm, problem: FormProblem?) -> HTML {
        let options: [HTML] = [("employee", "Employee id"), ("alert", "Alert number"), ("user", "User name")].map {
            value,
            label in
            "<option value=\"\(value)\"\(typed.kind == value ? HTML(" selected") : "")>\(label)</option>"
        }
        return """
            <form method="get" action="/access-review">
            <p><label for="subject">Review</label>\(Forms.message(problem, field: "subject"))\
            <select id="subject" name="subject"\(Forms.invalid(problem, field: "subject"))>\(options)</select></p>
            \(Forms.field("Id or user name", name: "id", value: typed.id, problem: problem))
            \(Forms.field("From (YYYY-MM-DD)", name: "from", value: typed.from, required: false, problem: problem))
            \(Forms.field("To (YYYY-MM-DD)", name: "to", value: typed.to, required: false, problem: problem))
            <p><button type="submit">Review</button></p>
            </form>
            """
    }

    private static func resultsTable(_ entries: [AuditEntry], heading: String, caption: String) -> HTML {
        let rows: [HTML] = entries.map { entry in
            let event = entry.event
            return """
                <tr><td>\(entry.sequence)</td><td>\(StoreTime.text(event.at))</td><td>\(event.actor)</td>\
                <td>\(event.action.rawValue)</td><td>\(event.objectType) \(event.objectIDs.joined(separator: ", "))</td>\
                <td>\(event.reason)</td><td>\(PlainWords.auditDetail(event.detail))</td></tr>
                """
        }
        guard !rows.isEmpty else { return "<h2>\(heading)</h2><p>Nothing recorded in this period.</p>" }
        return """
            <h2>\(heading): \(entries.count) entr\(entries.count == 1 ? "y" : "ies")</h2>
            <table><caption>\(caption)</caption><thead><tr><th scope="col">Entry</th><th scope="col">When</th><th scope="col">Who</th>\
            <th scope="col">Action</th><th scope="col">Objects</th><th scope="col">Reason</th>\
            <th scope="col">Detail</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    private static func exportForm(_ typed: ExportForm, problem: FormProblem?, csrfToken: String) -> HTML {
        """
        <h2>Export the audit trail</h2>
        <form method="post" action="/access-review/export">
        \(Forms.csrfField(csrfToken))
        \(Forms.field("From (YYYY-MM-DD)", name: "from", id: "export-from", value: typed.from, problem: problem))
        \(Forms.field("To (YYYY-MM-DD)", name: "to", id: "export-to", value: typed.to, problem: problem))
        \(Forms.field(
            "Recipient (who will receive the export)",
            name: "recipient",
            value: typed.recipient,
            problem: problem
        ))
        <p><button type="submit">Export as CSV</button></p>
        </form>
        """
    }
}

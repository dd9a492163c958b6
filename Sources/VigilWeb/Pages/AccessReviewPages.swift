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
enum AccessReviewPages {
    static func declare(into table: inout AccessTable) {
        let reviewers = RouteAccess(roles: [.supervisor, .auditor], showsPersonalData: "audit")
        table.add(.get, "/access-review", access: reviewers) { _, context in
            let user = try context.requireUser()
            let query = context.query
            let period = try ReviewPeriod.parse(from: query.trimmed("from"), to: query.trimmed("to"), now: context.now)
            let kind = query.trimmed("subject")
            let id = query.trimmed("id")
            var results: HTML = ""
            var consulted = [
                AuditObject(type: "audit", id: "\(StoreTime.text(period.from))/\(StoreTime.text(period.to))")
            ]
            if !id.isEmpty {
                guard ["employee", "alert", "user"].contains(kind), id.count <= 64 else {
                    throw WebError.badRequest("Choose what to review: an employee, an alert or a user.")
                }
                let subject: AccessReview.Subject =
                    kind == "user" ? .actor(id) : .object(AuditObject(type: kind, id: id))
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
            let content =
                form(kind: kind, id: id, period: period) + results
                + (user.role == .auditor ? exportForm(period: period, csrfToken: context.csrfToken) : "")
            return .page(Page("Access review", context, content: content), consulted: consulted)
        }
        let export = RouteAccess(roles: [.auditor], disclosesPersonalData: "audit")
        table.add(.post, "/access-review/export", access: export) { _, context in
            let form = context.form
            let period = try ReviewPeriod.parse(from: form.trimmed("from"), to: form.trimmed("to"), now: context.now)
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
    }

    /// Writes the counts of refused sign-ins whose windows have ended (``SignInRefusals``) before the
    /// trail is read, so that no review or export lacks one.
    private static func closeRefusalWindows(_ context: PageContext) async throws {
        let now = context.now
        try await context.store.asyncWrite { db in try SignInRefusals.closeWindows(endedBy: now, in: db) }
    }

    private static func form(kind: String, id: String, period: ReviewPeriod) -> HTML {
        let options: [HTML] = [("employee", "Employee id"), ("alert", "Alert number"), ("user", "User name")].map {
            value,
            label in
            "<option value=\"\(value)\"\(kind == value ? HTML(" selected") : "")>\(label)</option>"
        }
        return """
            <form method="get" action="/access-review">
            <p><label for="subject">Review</label><select id="subject" name="subject">\(options)</select></p>
            \(Forms.field("Id or user name", name: "id", value: id))
            \(Forms.field("From (YYYY-MM-DD)", name: "from", value: ReviewPeriod.text(period.from), required: false))
            \(Forms.field("To (YYYY-MM-DD)", name: "to", value: period.lastDay, required: false))
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

    private static func exportForm(period: ReviewPeriod, csrfToken: String) -> HTML {
        """
        <h2>Export the audit trail</h2>
        <form method="post" action="/access-review/export">
        \(Forms.csrfField(csrfToken))
        \(Forms.field("From (YYYY-MM-DD)", name: "from", id: "export-from", value: ReviewPeriod.text(period.from)))
        \(Forms.field("To (YYYY-MM-DD)", name: "to", id: "export-to", value: period.lastDay))
        \(Forms.field("Recipient (who will receive the export)", name: "recipient"))
        <p><button type="submit">Export as CSV</button></p>
        </form>
        """
    }
}

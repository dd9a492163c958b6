import Foundation
import VigilStore

/// The markup of `GET /suppressions`: pending requests first, then those in force, then lifted ones.
struct SuppressionListView: Sendable {
    let listed: [SuppressionTable.Listed]
    let user: UserAccount
    /// What the reader's last change did, in words (``ActionConfirmation``).
    let confirmation: String?
    /// Today as `YYYY-MM-DD`, to mark overdue reviews.
    let today: String
    let csrfToken: String
    /// Says the stored times in UK time.
    let schedule: MeetingSchedule
    /// The reason typed to lift a suppression, when that form came back refused.
    var typed: (suppression: Int64, reason: String)?
    /// Why a supervisor's change came back refused.
    var problem: FormProblem?

    /// The id of a suppression's row, which a problem with approving or lifting it points at.
    static func rowID(_ suppression: Int64) -> String { "suppression-\(suppression)" }

    /// The id of the reason field of a suppression's lift form.
    static func reasonField(_ suppression: Int64) -> String { "lift-\(suppression)" }

    private var isSupervisor: Bool { user.role == .supervisor }

    var html: HTML {
        let pending = listed.filter { $0.suppression.approvedBy == nil && $0.suppression.liftedAt == nil }
        let inForce = listed.filter { $0.suppression.approvedBy != nil && $0.suppression.liftedAt == nil }
        let lifted = listed.filter { $0.suppression.liftedAt != nil }
        let overdue = inForce.filter { $0.suppression.reviewOn < today }.count
        let summary: HTML =
            overdue > 0
            ? "<p class=\"problem\">\(overdue) suppression\(overdue == 1 ? " is" : "s are") past the review date.</p>"
            : ""
        return """
            \(ActionConfirmation.html(confirmation))
            <p>A pair (employee, record) decided "not a match" raises no alert once a supervisor other than the \
            person who asked approves it, until the record's names, date of birth or address change, or it is lifted.</p>
            \(summary)
            \(section("Awaiting approval", id: "pending", pending, empty: "No suppression is awaiting approval."))
            \(section("In force", id: "in-force", inForce, empty: "No suppression is in force."))
            \(section("Lifted", id: "lifted", lifted, empty: "No suppression has been lifted."))
            """
    }

    private func section(_ title: String, id: String, _ items: [SuppressionTable.Listed], empty: String) -> HTML {
        guard !items.isEmpty else { return "<h2 id=\"\(id)\">\(title)</h2><p>\(empty)</p>" }
        let rows: [HTML] = items.map(row)
        return """
            <h2 id="\(id)">\(title)</h2>
            <table class="suppressions"><caption>\(title): \(items.count)</caption>
            <thead><tr><th scope="col">Number</th><th scope="col">Employee and record</th><th scope="col">Why</th>\
            <th scope="col">Asked by</th><th scope="col">Approved by</th><th scope="col">Review on</th>\
            <th scope="col">\(isSupervisor ? "Action" : "Lifted")</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    private func row(_ item: SuppressionTable.Listed) -> HTML {
        let suppression = item.suppression
        let isOverdue = suppression.liftedAt == nil && suppression.approvedBy != nil && suppression.reviewOn < today
        let review: HTML =
            isOverdue ? "\(suppression.reviewOn) <span class=\"tag-warn\">Overdue</span>" : "\(suppression.reviewOn)"
        var alert: HTML = ""
        if let id = suppression.alertID { alert = " from <a href=\"/alerts/\(id)\">alert \(id)</a>" }
        let approved =
            suppression.approvedBy.map { "\($0) on \(ukTime(suppression.approvedAt ?? ""))" } ?? "not yet approved"
        let lifted = suppression.liftedAt.map { "lifted \(ukTime($0)): \(suppression.liftedReason ?? "")" } ?? ""
        return """
            <tr id="\(Self.rowID(suppression.id))"\(isOverdue ? HTML(" class=\"overdue\"") : "")>\
            <td>\(suppression.id)</td><td>employee \(suppression.employeeID), \(item.record)\(alert)</td>\
            <td>\(suppression.reason)</td><td>\(suppression.requestedBy) on \(ukTime(suppression.requestedAt))</td>\
            <td>\(approved)</td><td>\(review)</td><td>\(isSupervisor ? actions(suppression) : "")\(lifted)</td></tr>
            """
    }

    private func actions(_ suppression: SuppressionTable.Suppression) -> HTML {
        let refusal = Forms.message(problem, field: Self.rowID(suppression.id))
        let reason = typed.flatMap { $0.suppression == suppression.id ? $0.reason : nil } ?? ""
        // Lifted by someone else first: no form to put the reason back into, so it is shown to copy.
        guard suppression.liftedAt == nil else { return refusal + UnsavedInput([("Reason", reason)]).html }
        var forms: [HTML] = [refusal]
        if suppression.approvedBy == nil {
            if suppression.requestedBy.lowercased() == user.username.lowercased() {
                forms.append("<p>You asked for it: another supervisor approves it.</p>")
            } else {
                forms.append(
                    """
                    <form method="post" action="/suppressions/\(suppression.id)/approve">\(Forms.csrfField(csrfToken))\
                    <button type="submit">Approve suppression \(suppression.id)</button></form>
                    """
                )
            }
        }
        let verb = suppression.approvedBy == nil ? "Reject" : "Lift"
        let field = Self.reasonField(suppression.id)
        forms.append(
            """
            <form method="post" action="/suppressions/\(suppression.id)/lift">\(Forms.csrfField(csrfToken))\
            <p><label for="\(field)">Reason to \(verb.lowercased()) suppression \(suppression.id)</label>\
            \(Forms.message(problem, field: field))\
            <input id="\(field)" name="reason" type="text" value="\(reason)" required\
            \(Forms.invalid(problem, field: field))></p>\
            <button type="submit" class="secondary">\(verb) suppression \(suppression.id)</button></form>
            """
        )
        return forms.joined()
    }

    /// A stored instant as UK time to the minute, labelled.
    private func ukTime(_ stored: String) -> String {
        stored.isEmpty ? "" : schedule.minute(ofStoreText: stored) + " UK time"
    }
}

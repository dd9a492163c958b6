import Foundation
import VigilCore
import VigilStore

/// The forms on an alert's page: the decision (only the transitions the workflow allows from the
/// current status), an append-only note, and for supervisors the assignment.
///
/// It shows no personal data, so it can be sent back on its own with a problem when a decision is
/// refused. Field names: `status`, `reason`, `referral`, `case_reference`, `review_on`; notes `text`.
struct DecisionPanel: Sendable {
    let alertID: Int64
    let status: AlertStatus
    let csrfToken: String
    /// What the person typed, kept when the form comes back with a problem.
    var entered = FormFields()
    /// Why the last attempt was refused.
    var problem: String?
    /// The field the problem concerns (`status`, `reason`, `referral`, `case_reference`, `review_on`);
    /// only that field is marked invalid. `nil` marks none: the problem is the form's as a whole.
    var problemField: String?

    /// The problem when it concerns `field`, for ``Forms/invalid(_:)``.
    private func problem(for field: String) -> String? {
        problemField == field ? problem : nil
    }

    /// The decision form, or a sentence saying the alert is closed.
    var decisionForm: HTML {
        let next = status.allowedNext
        guard !next.isEmpty else {
            return """
                <h2 id="decide">Decision</h2>
                <p>This alert is closed (\(status.label)). It reopens by itself if new evidence arrives.</p>
                """
        }
        let chosen = entered.trimmed("status")
        let options: [HTML] = next.map { option in
            let checked: HTML = chosen == option.rawValue ? " checked" : ""
            return """
                <p class="check"><input type="radio" id="status-\(option.rawValue)" name="status" \
                value="\(option.rawValue)" required\(checked)\(Forms.invalid(problem(for: "status")))> <label for="status-\(option.rawValue)">\
                \(Self.action(option))</label></p>
                """
        }
        let referrals: [HTML] = Referral.allCases.map { referral in
            let selected: HTML = entered.trimmed("referral") == referral.rawValue ? " selected" : ""
            return "<option value=\"\(referral.rawValue)\"\(selected)>\(referral.label)</option>"
        }
        var extras: [HTML] = []
        if next.contains(.referred) {
            let reference = Forms.field(
                "External case reference",
                name: "case_reference",
                value: entered.trimmed("case_reference"),
                required: false,
                problem: problem(for: "case_reference")
            )
            extras.append(
                """
                <fieldset><legend>For a referral</legend>
                <p><label for="referral">Referred for</label><select id="referral" name="referral"\
                \(Forms.invalid(problem(for: "referral")))>\
                <option value="">choose</option>\(referrals)</select></p>
                \(reference)
                </fieldset>
                """
            )
        }
        if next.contains(.notAMatch) {
            extras.append(
                """
                <fieldset><legend>For not a match</legend>
                <p><label for="review_on">Review the suppression on (YYYY-MM-DD; a year from today if empty)</label>
                <input id="review_on" name="review_on" type="date" value="\(entered.trimmed("review_on"))"\
                \(Forms.invalid(problem(for: "review_on")))></p>
                </fieldset>
                """
            )
        }
        return """
            <h2 id="decide">Decision</h2>
            \(Forms.problem(problem))
            <form method="post" action="/alerts/\(alertID)/decision">
            \(Forms.csrfField(csrfToken))
            <fieldset><legend>Move this \(status.label) alert to</legend>\(options)</fieldset>
            <p><label for="reason">Reason (required)</label>
            <textarea id="reason" name="reason" rows="3" required\(Forms.invalid(problem(for: "reason")))>\
            \(entered.trimmed("reason"))</textarea></p>
            \(extras)
            <p><button type="submit">Record decision</button></p>
            </form>
            """
    }

    /// The note form.
    var noteForm: HTML { noteForm(problem: nil) }

    /// The note form, with the problem that refused the last note (its message is written before it).
    func noteForm(problem: String?) -> HTML {
        """
        <h2 id="note">Add a note</h2>
        <form method="post" action="/alerts/\(alertID)/notes">
        \(Forms.csrfField(csrfToken))
        <p><label for="note-text">Note (notes cannot be changed or removed)</label>
        <textarea id="note-text" name="text" rows="3" required\(Forms.invalid(problem))></textarea></p>
        <p><button type="submit">Add note</button></p>
        </form>
        """
    }

    /// The supervisor's assignment form for this one alert.
    func assignmentForm(assignees: [UserAccount], current: String?) -> HTML {
        let options: [(String, String)] =
            [("", "nobody (unassign)")] + assignees.map { ($0.username, "\($0.displayName) (\($0.username))") }
        return """
            <h2 id="assign">Assignment</h2>
            <form method="post" action="/alerts/assign">
            \(Forms.csrfField(csrfToken))
            <input type="hidden" name="shown" value="\(alertID)"><input type="hidden" name="alert_\(alertID)" value="1">
            <input type="hidden" name="return" value="/alerts/\(alertID)#history">
            \(MorningQueuePage.select("Assign to", name: "assignee", options: options, selected: current ?? ""))
            <p><button type="submit">Assign</button></p>
            </form>
            """
    }

    /// The words on a transition's radio button.
    static func action(_ status: AlertStatus) -> String {
        switch status {
        case .underReview: "Under review: I am looking at it"
        case .awaitingInfo: "Awaiting information from elsewhere"
        case .notAMatch: "Not a match: this record is not this employee (asks a supervisor to suppress it)"
        case .noFurtherAction: "No further action"
        case .referred: "Referred (choose where, and give the case reference)"
        case .duplicate: "Duplicate of another alert"
        case .new, .reopened: status.label
        }
    }
}

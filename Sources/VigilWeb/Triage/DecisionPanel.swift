import Foundation
import VigilCore
import VigilStore

/// The forms on an alert's page: the decision (only the transitions the workflow allows from the
/// current status), an append-only note, and for supervisors the assignment.
///
/// A refused form comes back on the alert's page with what was typed (``entered``) and the problem
/// (``problem``), whose field ids say which form it was: `status-…` (one per transition), `reason`,
/// `referral`, `case_reference`, `review_on` or `decide` (the decision as a whole); `note-text`;
/// `assignee`. Field names: `status`, `reason`, `referral`, `case_reference`, `review_on`; notes `text`;
/// assignment `assignee`. The three forms' names differ, so what one form typed never fills another.
struct DecisionPanel: Sendable {
    let alertID: Int64
    let status: AlertStatus
    let csrfToken: String
    /// What the person typed into the form that came back refused.
    var entered = FormFields()
    /// Why that form was refused; only the fields it names are marked invalid.
    var problem: FormProblem?

    /// The id of the decision's heading, which a problem with the decision as a whole points at.
    static let decisionID = "decide"

    /// The ids of the radio buttons for the transitions allowed from `status`, in order: a problem with
    /// the choice points at the first and marks them all.
    static func statusFields(from status: AlertStatus) -> [String] {
        status.allowedNext.map { "status-\($0.rawValue)" }
    }

    /// A problem with the choice of transition from `status` (or with the decision as a whole, once the
    /// alert is closed and there is nothing to choose).
    static func statusProblem(_ message: String, from status: AlertStatus) -> FormProblem {
        let fields = statusFields(from: status)
        return FormProblem(message, field: fields.first ?? decisionID, also: Array(fields.dropFirst()))
    }

    /// The decision form, or a sentence saying the alert is closed.
    var decisionForm: HTML {
        let next = status.allowedNext
        let heading: HTML =
            "<h2 id=\"\(Self.decisionID)\">Decision</h2>\(Forms.message(problem, field: Self.decisionID))"
        guard !next.isEmpty else {
            return """
                \(heading)
                <p>This alert is closed (\(status.label)). It reopens by itself if new evidence arrives.</p>
                \(unsaved.html)
                """
        }
        let chosen = entered.trimmed("status")
        // A transition no longer offered cannot be ticked again: what was typed stays on screen to copy.
        let lost = problem != nil && !chosen.isEmpty && !next.contains { $0.rawValue == chosen }
        let options: [HTML] = next.map { option in
            let checked: HTML = chosen == option.rawValue ? " checked" : ""
            let id = "status-\(option.rawValue)"
            return """
                <p class="check"><input type="radio" id="\(id)" name="status" \
                value="\(option.rawValue)" required\(checked)\(Forms.invalid(problem, field: id))> <label for="\(id)">\
                \(Self.action(option))</label></p>
                """
        }
        let statusMessage = Forms.message(problem, field: Self.statusFields(from: status).first ?? "")
        let referrals: [HTML] = Referral.allCases.map { referral in
            let selected: HTML = entered.trimmed("referral") == referral.rawValue ? " selected" : ""
            return "<option value=\"\(referral.rawValue)\"\(selected)>\(referral.label)</option>"
        }
        var extras: [HTML] = []
        if next.contains(.referred) {
            let reference = Forms.field(
                "External case reference",
                name: "case_reference",
                value: entered["case_reference"] ?? "",
                required: false,
                problem: problem
            )
            extras.append(
                """
                <fieldset><legend>For a referral</legend>
                <p><label for="referral">Referred for</label>\(Forms.message(problem, field: "referral"))\
                <select id="referral" name="referral"\(Forms.invalid(problem, field: "referral"))>\
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
                <p><label for="review_on">Review the suppression on (YYYY-MM-DD; a year from today if empty)</label>\
                \(Forms.message(problem, field: "review_on"))
                <input id="review_on" name="review_on" type="date" value="\(entered["review_on"] ?? "")"\
                \(Forms.invalid(problem, field: "review_on"))></p>
                </fieldset>
                """
            )
        }
        return """
            \(heading)
            <form method="post" action="/alerts/\(alertID)/decision">
            \(Forms.csrfField(csrfToken))
            <fieldset><legend>Move this \(status.label) alert to</legend>\(statusMessage)\(options)</fieldset>
            <p><label for="reason">Reason (required)</label>\(Forms.message(problem, field: "reason"))
            <textarea id="reason" name="reason" rows="3" required\(Forms.invalid(problem, field: "reason"))>\
            \(entered["reason"] ?? "")</textarea></p>
            \(extras)
            <p><button type="submit">Record decision</button></p>
            </form>
            \(lost ? unsaved.html : "")
            """
    }

    /// The decision as typed, read-only, for when the form can no longer take it back (the alert was
    /// closed, or moved to a status the chosen transition is not allowed from, by someone else first).
    /// Nothing when no form came back refused.
    var unsaved: UnsavedInput {
        guard problem != nil else { return UnsavedInput([]) }
        let chosen = entered.trimmed("status")
        let transition = AlertStatus(rawValue: chosen).map { Self.action($0) } ?? chosen
        let referral = entered.trimmed("referral")
        return UnsavedInput([
            ("Move the alert to", transition),
            ("Reason", entered["reason"] ?? ""),
            ("Referred for", Referral(rawValue: referral)?.label ?? referral),
            ("External case reference", entered["case_reference"] ?? ""),
            ("Review the suppression on", entered["review_on"] ?? ""),
        ])
    }

    /// The note form, with the note as typed when it came back refused.
    var noteForm: HTML {
        """
        <h2 id="note">Add a note</h2>
        <form method="post" action="/alerts/\(alertID)/notes">
        \(Forms.csrfField(csrfToken))
        <p><label for="note-text">Note (notes cannot be changed or removed)</label>\
        \(Forms.message(problem, field: "note-text"))
        <textarea id="note-text" name="text" rows="3" required\(Forms.invalid(problem, field: "note-text"))>\
        \(entered["text"] ?? "")</textarea></p>
        <p><button type="submit">Add note</button></p>
        </form>
        """
    }

    /// The supervisor's assignment form for this one alert; the choice that came back refused, or else
    /// the current assignee, is selected.
    func assignmentForm(assignees: [UserAccount], current: String?) -> HTML {
        var options: [(String, String)] =
            [("", "nobody (unassign)")] + assignees.map { ($0.username, "\($0.displayName) (\($0.username))") }
        let chosen = entered["assignee"]?.trimmingCharacters(in: .whitespaces) ?? current ?? ""
        // A refused choice (someone who may not have the alert) stays on screen, to be changed.
        if !options.contains(where: { $0.0 == chosen }) { options.append((chosen, chosen)) }
        return """
            <h2 id="assign">Assignment</h2>
            <form method="post" action="/alerts/\(alertID)/assign">
            \(Forms.csrfField(csrfToken))
            \(MorningQueuePage.select(
                "Assign to",
                name: "assignee",
                options: options,
                selected: chosen,
                problem: problem
            ))
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

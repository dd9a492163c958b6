import Foundation
import VigilStore

/// What a triage form just did, said on the page it lands on in a `role="status"` region (WCAG 4.1.3):
/// "Decision recorded: Not a match", "Note added", "3 alerts assigned to rev".
///
/// Only a short code travels in the address (`?done=note`), with an assignment's count and assignee
/// (`&count=3&to=rev`) or a suppression's number (`&suppression=4`); the words are the server's own. Each
/// page says them only when its own data bears them out (the alert's last decision or note is the
/// reader's, the assignee is a user the directory knows, the suppression is listed and in that state),
/// so a crafted link can show no text of its own and claim nothing the page contradicts.
struct ActionConfirmation: Sendable, Hashable {
    /// What was done.
    enum Action: String, Sendable, CaseIterable {
        case decision, note, assigned, unassigned, approved, lifted
    }

    var action: Action
    /// How many alerts an assignment covered (1 to ``AlertQueue/maximumRows``).
    var count: Int?
    /// The user name alerts were assigned to, as sent: shown only as the directory spells a known user.
    var assignee: String?
    /// The suppression approved or lifted.
    var suppression: Int64?

    init(_ action: Action, count: Int? = nil, assignee: String? = nil, suppression: Int64? = nil) {
        self.action = action
        self.count = count
        self.assignee = assignee
        self.suppression = suppression
    }

    /// The confirmation named in a page's address, if any; anything malformed names none.
    init?(query: FormFields) {
        guard let action = Action(rawValue: query.trimmed("done")) else { return nil }
        self.action = action
        if !query.trimmed("count").isEmpty {
            guard let count = Int(query.trimmed("count")), (1...AlertQueue.maximumRows).contains(count) else {
                return nil
            }
            self.count = count
        }
        let assignee = query.trimmed("to")
        if !assignee.isEmpty {
            guard assignee.count <= 64 else { return nil }
            self.assignee = assignee
        }
        if !query.trimmed("suppression").isEmpty {
            guard let number = Int64(query.trimmed("suppression")), number > 0 else { return nil }
            suppression = number
        }
    }

    /// The query fields, percent-encoded: `done=assigned&count=3&to=rev`.
    var query: String {
        var fields = ["done=\(action.rawValue)"]
        if let count { fields.append("count=\(count)") }
        if let assignee {
            let encoded = assignee.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
            fields.append("to=\(encoded)")
        }
        if let suppression { fields.append("suppression=\(suppression)") }
        return fields.joined(separator: "&")
    }

    /// `path` with the confirmation added to its query, before any `#fragment`.
    func appended(to path: String) -> String {
        let parts = path.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let base = String(parts[0])
        let fragment = parts.count > 1 ? "#" + parts[1] : ""
        return base + (base.contains("?") ? "&" : "?") + query + fragment
    }

    /// "1 alert" or "3 alerts".
    static func alerts(_ count: Int) -> String {
        count == 1 ? "1 alert" : "\(count) alerts"
    }

    /// A status's label as the start of a sentence: "Not a match".
    static func sentence(_ status: AlertStatus) -> String {
        status.label.prefix(1).uppercased() + status.label.dropFirst()
    }

    /// The words in a status region that assistive technology announces; `id="done"` so a form can
    /// land on it.
    static func html(_ message: String?) -> HTML {
        guard let message else { return "" }
        return "<p class=\"confirmation\" id=\"done\" role=\"status\">\(message)</p>"
    }
}

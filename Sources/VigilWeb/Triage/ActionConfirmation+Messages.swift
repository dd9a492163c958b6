import Foundation
import VigilStore

extension ActionConfirmation {
    /// The words for an alert's page, when the alert bears them out: a decision or note only when the
    /// alert's latest one is the reader's (the decision named by the status it left the alert in), an
    /// assignment only as the alert now stands.
    func message(on dossier: AlertDossier, reader: String) -> String? {
        let alert = dossier.alert
        func latest(_ kind: String) -> String? {
            dossier.timeline.last { $0.kind == kind }?.actor.lowercased()
        }
        // What the daily run did after the reader's decision (reopened it, say) overtakes it.
        let lastDecision = dossier.timeline.lastIndex { $0.kind == "decision" }
        let overtaken =
            lastDecision.map { index in
                dossier.timeline[(index + 1)...].contains { $0.kind == "history" && $0.event != "assignment" }
            } ?? true
        switch action {
        case .decision:
            guard latest("decision") == reader.lowercased(), !overtaken else { return nil }
            return "Decision recorded: \(Self.sentence(alert.status))."
        case .note:
            guard latest("note") == reader.lowercased() else { return nil }
            let last = dossier.timeline.last
            return last?.kind == "note" && last?.actor.lowercased() == reader.lowercased()
                ? "Note added. It is the last entry of the history." : "Note added."
        case .assigned:
            guard count == 1, let current = alert.assignedTo, current.lowercased() == assignee?.lowercased() else {
                return nil
            }
            return "Alert \(alert.id) assigned to \(current)."
        case .unassigned:
            guard count == 1, assignee == nil, alert.assignedTo == nil else { return nil }
            return "Alert \(alert.id) unassigned."
        case .approved, .lifted:
            return nil
        }
    }

    /// The words for the queue: how many alerts were assigned, and to whom, named only as the directory
    /// spells one of `assignees` (users who can be assigned alerts), and only when the reader's latest
    /// assignment (`latest`: the alerts it changed, and whom each is assigned to now) bears out the count
    /// and the assignee.
    func message(assignees: [UserAccount], latest: [Int64: String?]) -> String? {
        guard let count, count == latest.count else { return nil }
        switch action {
        case .assigned:
            guard let name = assignee?.lowercased(),
                let user = assignees.first(where: { $0.username.lowercased() == name }),
                latest.values.allSatisfy({ $0?.lowercased() == name })
            else { return nil }
            return "\(Self.alerts(count)) assigned to \(user.username)."
        case .unassigned:
            guard assignee == nil, latest.values.allSatisfy({ $0 == nil }) else { return nil }
            return "\(Self.alerts(count)) unassigned."
        case .decision, .note, .approved, .lifted:
            return nil
        }
    }

    /// The words for the suppressions page, about a suppression the reader can see that is in the state
    /// the action leaves it in: approved by the reader, or lifted (a pending one lifted was rejected).
    func message(about listed: [SuppressionTable.Listed], reader: String) -> String? {
        guard let number = suppression, let found = listed.first(where: { $0.suppression.id == number })?.suppression
        else { return nil }
        switch action {
        case .approved:
            guard found.liftedAt == nil, found.approvedBy?.lowercased() == reader.lowercased() else { return nil }
            return "Suppression \(number) approved: the pair raises no alert until the record changes or it is lifted."
        case .lifted:
            guard found.liftedAt != nil else { return nil }
            return found.approvedBy == nil ? "Suppression \(number) rejected." : "Suppression \(number) lifted."
        case .decision, .note, .assigned, .unassigned:
            return nil
        }
    }
}

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
        switch action {
        case .decision:
            guard latest("decision") == reader.lowercased() else { return nil }
            return "Decision recorded: \(Self.sentence(alert.status))."
        case .note:
            guard latest("note") == reader.lowercased() else { return nil }
            return "Note added. It is the last entry of the history."
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
    /// spells one of `assignees` (users who can be assigned alerts).
    func message(assignees: [UserAccount]) -> String? {
        guard let count else { return nil }
        switch action {
        case .assigned:
            guard let name = assignee?.lowercased(),
                let user = assignees.first(where: { $0.username.lowercased() == name })
            else { return nil }
            return "\(Self.alerts(count)) assigned to \(user.username)."
        case .unassigned:
            guard assignee == nil else { return nil }
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

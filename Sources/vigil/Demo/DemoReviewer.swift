import Foundation
import GRDB
import VigilStore

/// The scripted vetting team between simulated days: the supervisor assigns alerts to the reviewer,
/// the reviewer decides some (not a match, no further action, referred with a case reference, waiting
/// for information), and the supervisor approves the suppressions that "not a match" asks for.
///
/// Decisions go through ``AlertWorkflow`` like the dashboard's, with their history and audit events,
/// at times between the day's run and the next.
struct DemoReviewer: Sendable {
    let store: StoreDatabase
    let scenario: DemoScenario
    let reviewer: String
    let supervisor: String
    /// Alerts assigned to the reviewer each day.
    var assignPerDay = 40
    /// Alerts decided each day.
    var decisionsPerDay = 9

    /// What the team did on one day.
    struct Work: Sendable {
        var assigned = 0
        var decisions: [String: Int] = [:]
        var suppressionsApproved = 0

        var summary: String {
            let decided = decisions.keys.sorted().map { "\(decisions[$0]!) \($0)" }.joined(separator: ", ")
            return "assigned \(assigned); decided \(decided.isEmpty ? "none" : decided); "
                + "suppressions approved \(suppressionsApproved)"
        }
    }

    /// Works the queue on day `day` (0 is day one), starting at `start`.
    func work(day: Int, from start: Date) throws -> Work {
        try store.write { db in
            var work = Work()
            work.assigned = try assign(at: start, in: db)
            let open = try DemoAlert.fetch(statuses: ["NEW", "REOPENED", "UNDER_REVIEW"], in: db)
                .filter { $0.assignedTo == reviewer && $0.kind == "person" && !$0.recordIDs.isEmpty }
            let doubtful = open.filter { alert in
                !alert.recordIDs.contains { scenario.isTrueMatch(recordID: $0, employeeID: alert.employeeID) }
            }
            let lowest = open.sorted { $0.probability < $1.probability }
            let notMatches = Array((doubtful.isEmpty ? lowest : doubtful).prefix(2))
            let others = open.filter { !notMatches.contains($0) }.prefix(decisionsPerDay - notMatches.count)
            var time = start.addingTimeInterval(3_600)
            for alert in notMatches {
                time += 600
                try decide(alert, .notAMatch, reason: Self.notAMatchReason, at: time, in: db)
                work.decisions["not a match", default: 0] += 1
                work.suppressionsApproved += try approveSuppressions(of: alert.id, at: time + 1_800, in: db)
            }
            for (offset, alert) in others.enumerated() {
                time += 600
                let choice = Self.rotation[(day * decisionsPerDay + offset) % Self.rotation.count]
                var decision = AlertWorkflow.Decision(status: choice.status, reason: choice.reason)
                if choice.status == .referred {
                    decision.referral = choice.referral
                    decision.caseReference = String(format: "PSD-2026-%04d", 100 + Int(alert.id))
                }
                if try decide(alert, decision, at: time, in: db) {
                    work.decisions[choice.status.label, default: 0] += 1
                }
            }
            return work
        }
    }

    /// The supervisor assigns the oldest open alerts nobody is working to the reviewer, as the queue's
    /// assignment form does (history and audit event together).
    private func assign(at time: Date, in db: Database) throws -> Int {
        let unassigned = try Int64.fetchAll(
            db,
            sql: """
                SELECT id FROM alert
                WHERE assigned_to IS NULL AND status IN ('NEW', 'UNDER_REVIEW', 'AWAITING_INFO', 'REOPENED')
                ORDER BY id LIMIT ?
                """,
            arguments: [assignPerDay]
        )
        let changed = try AlertQueue.assign(unassigned, to: reviewer, by: supervisor, at: time, in: db)
        if !changed.isEmpty {
            try AuditIndex.record(
                AuditEvent(
                    at: time,
                    actor: supervisor,
                    action: .alteration,
                    objectType: "alert",
                    objectIDs: changed.map(String.init),
                    detail: "assigned to \(reviewer)"
                ),
                in: db
            )
        }
        return changed.count
    }

    private func decide(
        _ alert: DemoAlert,
        _ status: AlertStatus,
        reason: String,
        at time: Date,
        in db: Database
    ) throws {
        try decide(alert, AlertWorkflow.Decision(status: status, reason: reason), at: time, in: db)
    }

    /// Moves the alert under review first when it is not yet, as a person opening it would; `false`
    /// when the alert already has the decision's status.
    @discardableResult
    private func decide(
        _ alert: DemoAlert,
        _ decision: AlertWorkflow.Decision,
        at time: Date,
        in db: Database
    ) throws
        -> Bool
    {
        guard alert.status != decision.status.rawValue else { return false }
        if alert.status != AlertStatus.underReview.rawValue, decision.status != .underReview {
            let opening = AlertWorkflow.Decision(status: .underReview, reason: "Opened for review")
            try AlertWorkflow.decide(alertID: alert.id, opening, by: reviewer, at: time - 300, in: db)
        }
        try AlertWorkflow.decide(alertID: alert.id, decision, by: reviewer, at: time, in: db)
        return true
    }

    private func approveSuppressions(of alertID: Int64, at time: Date, in db: Database) throws -> Int {
        let pending = try SuppressionTable.all(db).filter {
            $0.alertID == alertID && $0.approvedBy == nil && $0.liftedAt == nil
        }
        for suppression in pending {
            try SuppressionTable.approve(suppression.id, by: supervisor, at: time, in: db)
            try AuditIndex.record(
                AuditEvent(
                    at: time,
                    actor: supervisor,
                    action: .alteration,
                    objectType: "alert",
                    objectIDs: [String(alertID)],
                    reason: suppression.reason,
                    detail: "suppression \(suppression.id) approved"
                ),
                in: db
            )
        }
        return pending.count
    }

    private static let notAMatchReason =
        "Different person: the date of birth and address history do not fit the employee (checked with HR)"

    private struct Choice {
        var status: AlertStatus
        var reason: String
        var referral: Referral? = nil
    }

    private static let rotation: [Choice] = [
        Choice(
            status: .noFurtherAction,
            reason: "Employee was the victim; welfare contact already made by the line manager"
        ),
        Choice(status: .referred, reason: "Suspect in an assault: conduct matter", referral: .misconduct),
        Choice(status: .awaitingInfo, reason: "Asked the custody suite for the full record"),
        Choice(status: .noFurtherAction, reason: "Witness only; nothing bearing on vetting"),
        Choice(status: .underReview, reason: "Reading the crime report"),
        Choice(status: .referred, reason: "Association with a subject of intelligence", referral: .vettingReview),
        Choice(status: .noFurtherAction, reason: "Historic matter declared at vetting"),
    ]
}

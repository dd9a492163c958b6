import Foundation
import GRDB
import VigilCore

/// Turns matches into alerts so that an alert is raised once, updated with new evidence, reopened when
/// closed, and never repeated.
///
/// An alert belongs to one employee and one event (a crime, an intelligence report, a custody episode,
/// an incident); every record of that event matched to that employee is its evidence. Offering the same
/// evidence twice changes nothing, which is what makes a re-run idempotent.
public enum AlertLedger {
    /// The actor named in alert history for changes made by the daily run.
    public static let runActor = "vigil run"

    /// Offers a current match as evidence and says what it did.
    public static func offer(
        _ evidence: AlertEvidence,
        run: Int64,
        at time: Date,
        in db: Database
    ) throws
        -> AlertOutcome
    {
        if let suppression = try SuppressionTable.inForce(
            employeeID: evidence.employeeID,
            kind: evidence.kind,
            row: evidence.row,
            in: db
        ) {
            if suppression.identityHash == evidence.identityHash { return .suppressed }
            try SuppressionTable.lift(
                suppression.id,
                reason: "the record's names, date of birth or address changed",
                at: time,
                in: db
            )
        }
        let now = StoreTime.text(time)
        guard
            let alert = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT id, status FROM alert WHERE alert_key = ?"
                ),
                arguments: [evidence.alertKey]
            )
        else {
            try raise(evidence, run: run, now: now, in: db)
            return .raised
        }
        let alertID: Int64 = alert["id"]
        let status = AlertStatus(rawValue: alert["status"]) ?? .new
        let existing = try Row.fetchOne(
            db.cachedStatement(
                sql:
                    "SELECT content_hash, withdrawn FROM alert_evidence WHERE alert_id = ? AND match_kind = ? AND row_id = ?"
            ),
            arguments: [alertID, evidence.kind.rawValue, evidence.row]
        )
        let wasWithdrawn = existing?["withdrawn"] as Bool? ?? false
        let sameContent = existing != nil && (existing?["content_hash"] as Int64?) == evidence.contentHash
        try saveEvidence(evidence, alertID: alertID, in: db)
        if wasWithdrawn && sameContent {
            try restore(evidence, alertID: alertID, status: status, run: run, now: now, in: db)
            return .restored
        }
        let isNew = existing == nil || wasWithdrawn
        let changed = !isNew && !sameContent
        guard isNew || changed else {
            try refreshSummary(alertID: alertID, in: db)
            return .unchanged
        }
        let what = isNew ? "new evidence" : "changed evidence"
        let detail = "\(what): \(describe(evidence))"
        let outcome: AlertOutcome = status.isClosed ? .reopened : .updated
        let newStatus = status.isClosed ? AlertStatus.reopened : status
        try db.cachedStatement(
            sql: "UPDATE alert SET status = ?, updated_run = ?, updated_at = ?, evidence_withdrawn = 0 WHERE id = ?"
        ).execute(
            arguments: [newStatus.rawValue, run, now, alertID]
        )
        try refreshSummary(alertID: alertID, in: db)
        try history(alertID, run: run, now: now, event: outcome.rawValue, status: newStatus, detail: detail, in: db)
        return outcome
    }

    private static func raise(_ evidence: AlertEvidence, run: Int64, now: String, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO alert (alert_key, kind, employee_id, source, event_id, event_date, roles, status,
                    probability, band, predates_start, raised_run, updated_run, raised_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                evidence.alertKey, evidence.kind.rawValue, evidence.employeeID, evidence.source, evidence.eventID,
                evidence.eventDate?.description, evidence.role, AlertStatus.new.rawValue, evidence.probability,
                LinkResult.Band(probability: evidence.probability).rawValue, evidence.predatesStart, run, run, now,
                now,
            ]
        )
        let alertID = db.lastInsertedRowID
        try saveEvidence(evidence, alertID: alertID, in: db)
        try history(alertID, run: run, now: now, event: "raised", status: .new, detail: describe(evidence), in: db)
    }

    /// Records that withdrawn evidence holds again with the content it had when it was withdrawn: it is
    /// not new evidence, so the alert keeps its status (a closed alert stays closed).
    private static func restore(
        _ evidence: AlertEvidence,
        alertID: Int64,
        status: AlertStatus,
        run: Int64,
        now: String,
        in db: Database
    ) throws {
        try db.cachedStatement(
            sql: "UPDATE alert SET updated_run = ?, updated_at = ?, evidence_withdrawn = 0 WHERE id = ?"
        ).execute(
            arguments: [run, now, alertID]
        )
        try refreshSummary(alertID: alertID, in: db)
        try history(
            alertID,
            run: run,
            now: now,
            event: "evidence current again",
            status: status,
            detail: "unchanged evidence is current again: \(describe(evidence))",
            in: db
        )
    }

    private static func saveEvidence(_ evidence: AlertEvidence, alertID: Int64, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT OR REPLACE INTO alert_evidence (alert_id, match_kind, row_id, role, content_hash, probability,
                    withdrawn)
                VALUES (?, ?, ?, ?, ?, ?, 0)
                """
        ).execute(
            arguments: [
                alertID, evidence.kind.rawValue, evidence.row, evidence.role, evidence.contentHash,
                evidence.probability,
            ]
        )
    }

    static func history(
        _ alertID: Int64,
        run: Int64?,
        now: String,
        actor: String = runActor,
        event: String,
        status: AlertStatus,
        detail: String,
        in db: Database
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO alert_history (alert_id, at, run_id, actor, event, status, detail)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [alertID, now, run, actor, event, status.rawValue, detail]
        )
    }

    private static func describe(_ evidence: AlertEvidence) -> String {
        let what = evidence.kind == .person ? "\(evidence.source) record" : "incident at the home address"
        let role = evidence.role.isEmpty ? "" : " (\(evidence.role))"
        let probability = String(format: "%.3f", evidence.probability)
        return "\(what) \(evidence.eventID)\(role), match probability \(probability)"
    }
}

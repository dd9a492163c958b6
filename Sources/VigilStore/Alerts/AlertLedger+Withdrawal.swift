import Foundation
import GRDB
import VigilCore

extension AlertLedger {
    /// Marks a match's evidence as no longer holding (the record was withdrawn or now matches someone
    /// else). The alert stays, with its status; its summary is brought back to the evidence that still
    /// holds, and when none holds it is flagged.
    @discardableResult
    public static func withdraw(
        kind: MatchKind,
        row: Int64,
        employeeID: String,
        reason: String,
        run: Int64,
        at time: Date,
        in db: Database
    ) throws -> AlertOutcome? {
        let alerts = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT e.alert_id, a.status FROM alert_evidence e JOIN alert a ON a.id = e.alert_id
                    WHERE e.match_kind = ? AND e.row_id = ? AND a.employee_id = ? AND e.withdrawn = 0
                    """
            ),
            arguments: [kind.rawValue, row, employeeID]
        )
        guard !alerts.isEmpty else { return nil }
        let now = StoreTime.text(time)
        for alert in alerts {
            try withdrawEvidence(alert: alert, kind: kind, row: row, reason: reason, run: run, now: now, in: db)
        }
        return .withdrawn
    }

    /// Withdraws a record's evidence from the employee's other alerts once it has been offered to the
    /// alert it belongs to now: its event id was corrected (or filled in where it was empty), so it is
    /// evidence of another event, and one record never supports two alerts.
    ///
    /// Returns `nil` when no other alert held it.
    @discardableResult
    public static func withdrawFromOtherEvents(
        _ evidence: AlertEvidence,
        run: Int64,
        at time: Date,
        in db: Database
    ) throws -> AlertOutcome? {
        let alerts = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT e.alert_id, a.status FROM alert_evidence e JOIN alert a ON a.id = e.alert_id
                    WHERE e.match_kind = ? AND e.row_id = ? AND a.employee_id = ? AND e.withdrawn = 0
                        AND a.alert_key <> ?
                    """
            ),
            arguments: [evidence.kind.rawValue, evidence.row, evidence.employeeID, evidence.alertKey]
        )
        guard !alerts.isEmpty else { return nil }
        let now = StoreTime.text(time)
        let event = evidence.eventID.isEmpty ? "no event id (an alert of its own)" : "event \(evidence.eventID)"
        let reason = "the record's event id changed: it is now evidence for \(event)"
        for alert in alerts {
            try withdrawEvidence(
                alert: alert,
                kind: evidence.kind,
                row: evidence.row,
                reason: reason,
                run: run,
                now: now,
                in: db
            )
        }
        return .withdrawn
    }

    /// Marks one alert's evidence of `row` withdrawn, refreshes its summary and writes its history.
    private static func withdrawEvidence(
        alert: Row,
        kind: MatchKind,
        row: Int64,
        reason: String,
        run: Int64,
        now: String,
        in db: Database
    ) throws {
        let alertID: Int64 = alert["alert_id"]
        try db.cachedStatement(
            sql: "UPDATE alert_evidence SET withdrawn = 1 WHERE alert_id = ? AND match_kind = ? AND row_id = ?"
        ).execute(
            arguments: [alertID, kind.rawValue, row]
        )
        let remaining =
            try Int.fetchOne(
                db.cachedStatement(
                    sql: "SELECT COUNT(*) FROM alert_evidence WHERE alert_id = ? AND withdrawn = 0"
                ),
                arguments: [alertID]
            ) ?? 0
        try db.cachedStatement(
            sql: "UPDATE alert SET evidence_withdrawn = ?, updated_run = ?, updated_at = ? WHERE id = ?"
        ).execute(
            arguments: [remaining == 0, run, now, alertID]
        )
        try refreshSummary(alertID: alertID, in: db)
        let status = AlertStatus(rawValue: alert["status"]) ?? .new
        let detail = remaining == 0 ? "\(reason); no evidence for this alert holds now" : reason
        try history(
            alertID,
            run: run,
            now: now,
            event: "evidence withdrawn",
            status: status,
            detail: detail,
            in: db
        )
    }
}

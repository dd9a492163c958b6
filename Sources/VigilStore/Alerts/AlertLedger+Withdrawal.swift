import Foundation
import GRDB
import VigilCore

extension AlertLedger {
    /// Marks a match's evidence as no longer holding (the record was withdrawn or now matches someone
    /// else). The alert stays, with its status; its summary is brought back to the evidence that still
    /// holds, and when none holds it is flagged.
    ///
    /// Returns what it did to each alert that held the evidence (none, when no alert did).
    @discardableResult
    public static func withdraw(
        kind: MatchKind,
        row: Int64,
        employeeID: String,
        reason: String,
        run: Int64,
        at time: Date,
        in db: Database
    ) throws -> [AlertChange] {
        try withdrawHeld(kind: kind, row: row, employeeID: employeeID, reason: reason, run: run, at: time, in: db)
    }

    /// Withdraws a record's evidence from the employee's other alerts once it has been offered to the
    /// alert it belongs to now: its event id was corrected (or filled in where it was empty), so it is
    /// evidence of another event, and one record never supports two alerts.
    ///
    /// Returns what it did to each other alert that held it (none, when no other alert did).
    @discardableResult
    public static func withdrawFromOtherEvents(
        _ evidence: AlertEvidence,
        run: Int64,
        at time: Date,
        in db: Database
    ) throws -> [AlertChange] {
        let event = evidence.eventID.isEmpty ? "no event id (an alert of its own)" : "event \(evidence.eventID)"
        return try withdrawHeld(
            kind: evidence.kind,
            row: evidence.row,
            employeeID: evidence.employeeID,
            except: evidence.alertKey,
            reason: "the record's event id changed: it is now evidence for \(event)",
            run: run,
            at: time,
            in: db
        )
    }

    /// Withdraws the evidence of `row` from every alert of the employee that holds it, but the alert
    /// keyed `except`, and says what it did to each.
    private static func withdrawHeld(
        kind: MatchKind,
        row: Int64,
        employeeID: String,
        except alertKey: String? = nil,
        reason: String,
        run: Int64,
        at time: Date,
        in db: Database
    ) throws -> [AlertChange] {
        let held = """
            SELECT e.alert_id, a.status, a.alert_key FROM alert_evidence e JOIN alert a ON a.id = e.alert_id
            WHERE e.match_kind = ? AND e.row_id = ? AND a.employee_id = ? AND e.withdrawn = 0
            """
        let alerts =
            if let alertKey {
                try Row.fetchAll(
                    db.cachedStatement(sql: held + " AND a.alert_key <> ?"),
                    arguments: [kind.rawValue, row, employeeID, alertKey]
                )
            } else {
                try Row.fetchAll(db.cachedStatement(sql: held), arguments: [kind.rawValue, row, employeeID])
            }
        let now = StoreTime.text(time)
        return try alerts.map { alert in
            let remaining = try withdrawEvidence(
                alert: alert,
                kind: kind,
                row: row,
                reason: reason,
                run: run,
                now: now,
                in: db
            )
            return AlertChange(alertKey: alert["alert_key"], outcome: remaining == 0 ? .withdrawn : .partlyWithdrawn)
        }
    }

    /// Marks one alert's evidence of `row` withdrawn, refreshes its summary and writes its history;
    /// returns how much of the alert's evidence still holds.
    private static func withdrawEvidence(
        alert: Row,
        kind: MatchKind,
        row: Int64,
        reason: String,
        run: Int64,
        now: String,
        in db: Database
    ) throws -> Int {
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
        return remaining
    }
}

import Foundation
import GRDB
import VigilCore

/// People's decisions on alerts: status changes with reasons, notes, and the suppression a NOT_A_MATCH
/// asks for. Every change is written with its history and its one audit event in one transaction,
/// whoever makes it (the dashboard, the demo): the event is indexed against the alert and its employee,
/// so "who accessed this alert" finds it, and names the outcome, never the reason's or the note's words.
public enum AlertWorkflow {
    /// A decision a person makes on an alert.
    public struct Decision: Hashable, Sendable {
        /// The status to move to.
        public var status: AlertStatus
        /// Why (required).
        public var reason: String
        /// Where a REFERRED alert went.
        public var referral: Referral?
        /// The external case reference of a referral.
        public var caseReference: String?
        /// When a NOT_A_MATCH suppression must be reviewed (default: a year on).
        public var reviewOn: CalendarDate?

        /// Creates a decision.
        public init(
            status: AlertStatus,
            reason: String,
            referral: Referral? = nil,
            caseReference: String? = nil,
            reviewOn: CalendarDate? = nil
        ) {
            self.status = status
            self.reason = reason
            self.referral = referral
            self.caseReference = caseReference
            self.reviewOn = reviewOn
        }
    }

    /// Applies a decision, refusing transitions the workflow does not allow.
    ///
    /// - Throws: ``StoreError`` `refused` naming what is wrong: unknown alert, transition not allowed,
    ///   missing reason, a referral without its kind or case reference.
    public static func decide(
        alertID: Int64,
        _ decision: Decision,
        by user: String,
        at time: Date,
        in db: Database
    ) throws {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM alert WHERE id = ?", arguments: [alertID]) else {
            throw StoreError(.refused, "there is no alert \(alertID)")
        }
        let current = AlertStatus(rawValue: row["status"]) ?? .new
        guard current.allowedNext.contains(decision.status) else {
            let allowed = current.allowedNext.map(\.label).joined(separator: ", ")
            throw StoreError(
                .refused,
                "an alert that is \(current.label) cannot become \(decision.status.label)"
                    + (allowed.isEmpty ? " (it is closed)" : " (allowed: \(allowed))")
            )
        }
        let reason = decision.reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw StoreError(.refused, "a decision needs a reason") }
        if decision.status == .referred {
            guard decision.referral != nil else { throw StoreError(.refused, "a referral needs its kind") }
            guard let reference = decision.caseReference, !reference.trimmingCharacters(in: .whitespaces).isEmpty
            else { throw StoreError(.refused, "a referral needs the external case reference") }
        }
        let now = StoreTime.text(time)
        try db.execute(
            sql: """
                INSERT INTO decision (alert_id, at, actor, from_status, to_status, reason, referral, case_reference)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                alertID, now, user, current.rawValue, decision.status.rawValue, reason, decision.referral?.rawValue,
                decision.caseReference,
            ]
        )
        try db.execute(
            sql: "UPDATE alert SET status = ?, updated_at = ? WHERE id = ?",
            arguments: [decision.status.rawValue, now, alertID]
        )
        var detail = "\(current.label) → \(decision.status.label): \(reason)"
        if let referral = decision.referral {
            detail += " (referred: \(referral.label), \(decision.caseReference ?? ""))"
        }
        try AlertLedger.history(
            alertID,
            run: nil,
            now: now,
            actor: user,
            event: "decision",
            status: decision.status,
            detail: detail,
            in: db
        )
        if decision.status == .notAMatch {
            try requestSuppressions(
                alertID: alertID,
                employeeID: row["employee_id"],
                reason: reason,
                by: user,
                at: time,
                reviewOn: decision.reviewOn,
                in: db
            )
        }
        try AuditIndex.record(
            AuditEvent(
                at: time,
                actor: user,
                action: .alteration,
                objectType: "alert",
                objectIDs: [String(alertID)],
                reason: auditReason(decision),
                detail: "status \(current.rawValue) → \(decision.status.rawValue)"
            ),
            related: [AuditObject(type: "employee", id: row["employee_id"])],
            in: db
        )
    }

    /// What the audit trail says was decided: the outcome (and a referral's kind), never the reason's
    /// words or the case reference, which stay with the alert for those who may see it.
    static func auditReason(_ decision: Decision) -> String {
        var words = "decision: \(decision.status.label)"
        if let referral = decision.referral { words += " (\(referral.label))" }
        return words
    }

    /// Adds a note to an alert (notes are never changed or removed).
    public static func addNote(alertID: Int64, text: String, by user: String, at time: Date, in db: Database) throws {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw StoreError(.refused, "a note cannot be empty") }
        guard
            let employeeID = try String.fetchOne(
                db,
                sql: "SELECT employee_id FROM alert WHERE id = ?",
                arguments: [alertID]
            )
        else {
            throw StoreError(.refused, "there is no alert \(alertID)")
        }
        try db.execute(
            sql: "INSERT INTO note (alert_id, at, actor, text) VALUES (?, ?, ?, ?)",
            arguments: [alertID, StoreTime.text(time), user, trimmed]
        )
        try AuditIndex.record(
            AuditEvent(
                at: time,
                actor: user,
                action: .alteration,
                objectType: "alert",
                objectIDs: [String(alertID)],
                detail: "note added"
            ),
            related: [AuditObject(type: "employee", id: employeeID)],
            in: db
        )
    }

    /// One suppression request per piece of holding evidence: the pair (employee, record) is what is
    /// "not a match", keyed to the record's identity as it is now.
    private static func requestSuppressions(
        alertID: Int64,
        employeeID: String,
        reason: String,
        by user: String,
        at time: Date,
        reviewOn: CalendarDate?,
        in db: Database
    ) throws {
        let review = reviewOn ?? CalendarDate.utcDay(time.addingTimeInterval(365 * 86_400))
        let evidence = try Row.fetchAll(
            db,
            sql: "SELECT match_kind, row_id FROM alert_evidence WHERE alert_id = ? AND withdrawn = 0",
            arguments: [alertID]
        )
        for item in evidence {
            let kind = MatchKind(rawValue: item["match_kind"]) ?? .person
            let row: Int64 = item["row_id"]
            let identity: Int64
            if kind == .person {
                identity =
                    try Int64.fetchOne(
                        db,
                        sql: "SELECT identity_hash FROM person_record WHERE id = ?",
                        arguments: [row]
                    )
                    ?? 0
            } else {
                guard let location = try IncidentLocationTable.locations(rows: [row], in: db).first else { continue }
                identity = RecordFingerprint.identity(of: location.location)
            }
            try SuppressionTable.request(
                employeeID: employeeID,
                kind: kind,
                row: row,
                identityHash: identity,
                alertID: alertID,
                reason: reason,
                by: user,
                at: time,
                reviewOn: review,
                in: db
            )
        }
    }
}

extension CalendarDate {
    /// The UTC calendar date of an instant.
    public static func utcDay(_ time: Date) -> CalendarDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month, .day], from: time)
        return CalendarDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)!
    }
}

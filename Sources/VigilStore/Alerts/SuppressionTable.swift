import Foundation
import GRDB
import VigilCore

/// Pairs a supervisor has agreed are not a match: they raise no alert again until the record changes
/// in a way that matters (its names, date of birth or address).
public enum SuppressionTable {
    /// A suppression as stored.
    public struct Suppression: Hashable, Sendable {
        public var id: Int64
        public var employeeID: String
        public var kind: MatchKind
        public var row: Int64
        /// The record's identity fingerprint when it was suppressed.
        public var identityHash: Int64
        public var alertID: Int64?
        public var reason: String
        public var requestedBy: String
        public var requestedAt: String
        public var approvedBy: String?
        public var approvedAt: String?
        /// When it must be looked at again (`YYYY-MM-DD`).
        public var reviewOn: String
        public var liftedAt: String?
        public var liftedReason: String?
    }

    /// Asks for a pair to be suppressed; it holds once a supervisor approves it.
    @discardableResult
    public static func request(
        employeeID: String,
        kind: MatchKind,
        row: Int64,
        identityHash: Int64,
        alertID: Int64?,
        reason: String,
        by user: String,
        at time: Date,
        reviewOn: CalendarDate,
        in db: Database
    ) throws -> Int64 {
        try db.cachedStatement(
            sql: """
                INSERT INTO suppression (employee_id, match_kind, row_id, identity_hash, alert_id, reason,
                    requested_by, requested_at, review_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        ).execute(
            arguments: [
                employeeID, kind.rawValue, row, identityHash, alertID, reason, user, StoreTime.text(time),
                reviewOn.description,
            ]
        )
        return db.lastInsertedRowID
    }

    /// Approves a requested suppression. The approver must not be the person who asked for it.
    public static func approve(_ id: Int64, by user: String, at time: Date, in db: Database) throws {
        guard let suppression = try find(id, in: db) else {
            throw StoreError(.refused, "there is no suppression \(id)")
        }
        guard suppression.approvedBy == nil, suppression.liftedAt == nil else {
            throw StoreError(.refused, "suppression \(id) is already approved or lifted")
        }
        guard suppression.requestedBy != user else {
            throw StoreError(.refused, "a suppression must be approved by someone other than who asked for it")
        }
        try db.cachedStatement(
            sql: "UPDATE suppression SET approved_by = ?, approved_at = ? WHERE id = ?"
        ).execute(
            arguments: [user, StoreTime.text(time), id]
        )
    }

    /// The approved, unlifted suppression of a pair, if any.
    public static func inForce(employeeID: String, kind: MatchKind, row: Int64, in db: Database) throws -> Suppression?
    {
        try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT * FROM suppression
                    WHERE employee_id = ? AND match_kind = ? AND row_id = ? AND approved_at IS NOT NULL
                        AND lifted_at IS NULL
                    ORDER BY id DESC LIMIT 1
                    """
            ),
            arguments: [employeeID, kind.rawValue, row]
        )
        .map(suppression)
    }

    /// Ends a suppression, saying why.
    public static func lift(_ id: Int64, reason: String, at time: Date, in db: Database) throws {
        try db.cachedStatement(
            sql: "UPDATE suppression SET lifted_at = ?, lifted_reason = ? WHERE id = ? AND lifted_at IS NULL"
        ).execute(
            arguments: [StoreTime.text(time), reason, id]
        )
    }

    /// One suppression by id.
    public static func find(_ id: Int64, in db: Database) throws -> Suppression? {
        try Row.fetchOne(db, sql: "SELECT * FROM suppression WHERE id = ?", arguments: [id]).map(suppression)
    }

    /// Every suppression, newest first.
    public static func all(_ db: Database) throws -> [Suppression] {
        try Row.fetchAll(db, sql: "SELECT * FROM suppression ORDER BY id DESC").map(suppression)
    }

    static func suppression(_ row: Row) -> Suppression {
        Suppression(
            id: row["id"],
            employeeID: row["employee_id"],
            kind: MatchKind(rawValue: row["match_kind"]) ?? .person,
            row: row["row_id"],
            identityHash: row["identity_hash"],
            alertID: row["alert_id"],
            reason: row["reason"],
            requestedBy: row["requested_by"],
            requestedAt: row["requested_at"],
            approvedBy: row["approved_by"],
            approvedAt: row["approved_at"],
            reviewOn: row["review_on"],
            liftedAt: row["lifted_at"],
            liftedReason: row["lifted_reason"]
        )
    }
}

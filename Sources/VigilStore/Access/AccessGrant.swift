import Foundation
import GRDB

/// Time-limited, break-glass access for a user with no standing access, approved by a supervisor.
///
/// A grant lets its holder read alerts (never decide them) until it expires, which it does by itself;
/// it can be revoked earlier but never edited or removed. Every page it opens is a ``AccessGrant/Use``.
public struct AccessGrant: Hashable, Sendable {
    /// One page opened under a grant.
    public struct Use: Hashable, Sendable {
        /// When.
        public var at: Date
        /// The route, as declared (`GET /alerts/{id}`).
        public var route: String
        /// The kind of objects seen.
        public var objectType: String
        /// The objects' ids.
        public var objectIDs: [String]
        /// The audit entry that records it.
        public var auditSequence: Int64

        init(row: Row) {
            at = StoreTime.date(row["at"]) ?? Date(timeIntervalSince1970: 0)
            route = row["route"]
            objectType = row["object_type"]
            objectIDs = (row["object_ids"] as String).split(separator: ",").map(String.init)
            auditSequence = row["audit_seq"]
        }
    }

    /// The row id.
    public var id: Int64
    /// The holder's user id.
    public var userID: Int64
    /// The holder's user name.
    public var username: String
    /// Why access is needed.
    public var reason: String
    /// The change or incident ticket that authorises it.
    public var ticket: String
    /// The supervisor who approved it.
    public var approver: String
    /// Who entered the grant (the command line's operator).
    public var grantedBy: String
    /// When it began.
    public var grantedAt: Date
    /// When it ends by itself.
    public var expiresAt: Date
    /// When it was revoked early, if it was.
    public var revokedAt: Date?
    /// Who revoked it.
    public var revokedBy: String?

    /// Whether the grant is in force at `now`.
    public func isActive(at now: Date) -> Bool {
        revokedAt == nil && grantedAt <= now && now < expiresAt
    }

    init(row: Row) {
        id = row["id"]
        userID = row["user_id"]
        username = row["username"]
        reason = row["reason"]
        ticket = row["ticket"]
        approver = row["approver"]
        grantedBy = row["granted_by"]
        grantedAt = StoreTime.date(row["granted_at"]) ?? Date(timeIntervalSince1970: 0)
        expiresAt = StoreTime.date(row["expires_at"]) ?? Date(timeIntervalSince1970: 0)
        revokedAt = (row["revoked_at"] as String?).flatMap(StoreTime.date)
        revokedBy = row["revoked_by"]
    }
}

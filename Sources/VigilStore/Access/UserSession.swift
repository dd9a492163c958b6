import Foundation
import GRDB

/// A server-side session, found by the hash of the id in the visitor's cookie.
///
/// A session moves through stages: an anonymous visitor gets one so the sign-in form can carry a CSRF
/// token; a correct password moves it to ``Stage-swift.enum/secondFactor`` (or ``Stage-swift.enum/enrolment``
/// for a new account); a correct code signs it in, under a new id.
public struct UserSession: Hashable, Sendable {
    /// How far the visitor has got.
    public enum Stage: String, Hashable, Sendable {
        /// Not signed in: only the sign-in pages.
        case anonymous
        /// Password accepted; the TOTP code is next.
        case secondFactor = "second_factor"
        /// Temporary password accepted; the user must set a password and enrol a second factor.
        case enrolment
        /// Both factors accepted.
        case signedIn = "signed_in"
    }

    /// SHA-256 of the session id (hex); the id itself is never stored.
    public var tokenHash: String
    /// The user, once a password has been accepted.
    public var userID: Int64?
    /// How far the visitor has got.
    public var stage: Stage
    /// The synchronizer token every state-changing request must carry.
    public var csrfToken: String
    /// The TOTP secret offered on the enrolment page, until it is confirmed.
    public var pendingSecret: String?
    /// The client address the session began from, for the admin pages.
    public var client: String
    /// When the session began (the absolute timeout counts from here).
    public var createdAt: Date
    /// When the session was last used (the idle timeout counts from here).
    public var lastSeenAt: Date

    init(row: Row) {
        tokenHash = row["token_hash"]
        userID = row["user_id"]
        stage = Stage(rawValue: row["stage"]) ?? .anonymous
        csrfToken = row["csrf_token"]
        pendingSecret = row["pending_secret"]
        client = row["client"]
        createdAt = StoreTime.date(row["created_at"]) ?? Date(timeIntervalSince1970: 0)
        lastSeenAt = StoreTime.date(row["last_seen_at"]) ?? Date(timeIntervalSince1970: 0)
    }
}

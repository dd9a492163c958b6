import Foundation
import GRDB

/// The failed sign-in attempts against one account name since its last success.
///
/// Kept for names that match no account too, so a lockout looks the same whether or not the account
/// exists and cannot be used to find out which names are real.
public struct LoginFailure: Hashable, Sendable {
    /// The account name as typed, lowercased.
    public var account: String
    /// Consecutive failures.
    public var failures: Int
    /// When the first of them happened.
    public var firstFailedAt: Date
    /// When the last of them happened.
    public var lastFailedAt: Date
    /// The client address of the last failure.
    public var lastClient: String
    /// When the account was locked, if it is.
    public var lockedAt: Date?

    /// Whether the account is locked until an administrator unlocks it.
    public var isLocked: Bool { lockedAt != nil }

    init(row: Row) {
        account = row["account"]
        failures = row["failures"]
        firstFailedAt = StoreTime.date(row["first_failed_at"]) ?? Date(timeIntervalSince1970: 0)
        lastFailedAt = StoreTime.date(row["last_failed_at"]) ?? Date(timeIntervalSince1970: 0)
        lastClient = row["last_client"]
        lockedAt = (row["locked_at"] as String?).flatMap(StoreTime.date)
    }
}

import Foundation
import GRDB

/// A named user of the dashboard, as the store keeps them.
///
/// The password is kept only as a bcrypt hash; the TOTP secret is `nil` until the user has enrolled a
/// second factor. A temporary password (set by `vigil user add` or `reset`) is good only for enrolment
/// and only until it expires.
public struct UserAccount: Hashable, Sendable {
    /// The row id.
    public var id: Int64
    /// The sign-in name, unique regardless of case.
    public var username: String
    /// The name shown on pages.
    public var displayName: String
    /// What the user may do.
    public var role: UserRole
    /// The user's own employee id, if they are on the roster: they never see alerts about themselves.
    public var employeeID: String?
    /// The bcrypt hash of the password.
    public var passwordHash: String
    /// Whether the password was issued by an administrator and must be replaced at enrolment.
    public var passwordIsTemporary: Bool
    /// When a temporary password stops working.
    public var passwordExpiresAt: Date?
    /// The TOTP shared secret, once enrolled.
    public var totpSecret: String?
    /// The last TOTP time step accepted, so a code cannot be used twice.
    public var totpLastStep: Int64
    /// When the account was disabled, if it was.
    public var disabledAt: Date?
    /// When the account was created.
    public var createdAt: Date

    /// Whether the account can sign in at all.
    public var isEnabled: Bool { disabledAt == nil }
    /// Whether the user has a second factor and a password of their own.
    public var isEnrolled: Bool { totpSecret != nil && !passwordIsTemporary }

    init(row: Row) {
        id = row["id"]
        username = row["username"]
        displayName = row["display_name"]
        role = UserRole(rawValue: row["role"]) ?? .none
        employeeID = row["employee_id"]
        passwordHash = row["password_hash"]
        passwordIsTemporary = row["password_temporary"]
        passwordExpiresAt = (row["password_expires_at"] as String?).flatMap(StoreTime.date)
        totpSecret = row["totp_secret"]
        totpLastStep = row["totp_last_step"]
        disabledAt = (row["disabled_at"] as String?).flatMap(StoreTime.date)
        createdAt = StoreTime.date(row["created_at"]) ?? Date(timeIntervalSince1970: 0)
    }
}

/// What a signed-in user may do: the role is checked on the server for every route and every object.
///
/// Deny by default: a route names the roles it admits, and no role is admitted anywhere it is not named.
/// ``none`` is the role of people with no standing access (developers, support engineers): they can
/// sign in, and see data only while an ``AccessGrant`` is in force.
public enum UserRole: String, CaseIterable, Hashable, Sendable, CustomStringConvertible {
    /// Triages alerts in their queue, and others' when they give a reason.
    case reviewer
    /// Reviews as a reviewer does, assigns work, approves grants and reviews access.
    case supervisor
    /// Reviews access and exports the audit trail; never sees alert content.
    case auditor
    /// Manages accounts and lockouts; never sees alert content.
    case admin
    /// No standing access; sees alerts only under a time-limited grant.
    case none

    public var description: String { rawValue }

    /// The role as a person reads it.
    public var title: String {
        switch self {
        case .reviewer: "Reviewer"
        case .supervisor: "Supervisor"
        case .auditor: "Auditor"
        case .admin: "Administrator"
        case .none: "No standing access"
        }
    }

    /// Whether the role, on its own, may see alert content (auditors and admins never may).
    public var seesAlertContent: Bool { self == .reviewer || self == .supervisor }
}

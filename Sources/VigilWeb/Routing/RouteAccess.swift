import VigilStore

/// Who may use a route, whether it shows personal data, and how the objects it names are authorised.
///
/// Every route is declared with one; nothing is admitted that is not named (deny by default).
///
/// ```swift
/// RouteAccess(roles: [.reviewer, .supervisor], underGrant: true,
///             showsPersonalData: "alert", objects: .alert(parameter: "id"))
/// ```
public struct RouteAccess: Sendable {
    /// Who may reach the route.
    public enum Audience: Sendable, Hashable {
        /// Anyone, signed in or not: the sign-in form, the stylesheet.
        case anyone
        /// A visitor part-way through signing in, at this stage.
        case signingIn(UserSession.Stage)
        /// Signed-in users with one of these roles; with `underGrant`, also users whose break-glass
        /// grant is in force.
        case roles(Set<UserRole>, underGrant: Bool)
    }

    /// What a route does with personal data, and so which event it writes after its handler.
    public enum PersonalData: Sendable, Hashable {
        /// It shows data of this object type: a consultation event names the objects the handler reports.
        case shown(String)
        /// It sends data of this object type out of the system (an export): a disclosure event names
        /// the objects and the recipient, which the request must give in its `recipient` field.
        case disclosed(String)

        /// The object type of the event.
        public var objectType: String {
            switch self {
            case .shown(let type), .disclosed(let type): type
            }
        }
    }

    /// Who may reach the route.
    public var audience: Audience
    /// What the route does with personal data, or `nil` when it handles none.
    public var personalData: PersonalData?
    /// How the object named in the path is authorised.
    public var objects: ObjectRule

    /// Declares a route's access.
    public init(audience: Audience, personalData: PersonalData? = nil, objects: ObjectRule = .none) {
        self.audience = audience
        self.personalData = personalData
        self.objects = objects
    }

    /// Declares a route for signed-in users with one of `roles`; `showsPersonalData` names the object
    /// type of the consultation event.
    public init(
        roles: Set<UserRole>,
        underGrant: Bool = false,
        showsPersonalData objectType: String? = nil,
        objects: ObjectRule = .none
    ) {
        self.init(
            audience: .roles(roles, underGrant: underGrant),
            personalData: objectType.map(PersonalData.shown),
            objects: objects
        )
    }

    /// Declares an export for signed-in users with one of `roles`: a disclosure event of `objectType`.
    public init(roles: Set<UserRole>, disclosesPersonalData objectType: String) {
        self.init(audience: .roles(roles, underGrant: false), personalData: .disclosed(objectType))
    }

    /// Open to everyone: no session needed.
    public static let anyone = RouteAccess(audience: .anyone)
    /// Open to every signed-in user, whatever their role.
    public static let signedIn = RouteAccess(roles: Set(UserRole.allCases))

    /// Whether a signed-in user with `role` (and a grant in force or not) is admitted.
    public func admits(role: UserRole, hasGrant: Bool) -> Bool {
        guard case .roles(let roles, let underGrant) = audience else { return false }
        return roles.contains(role) || (underGrant && hasGrant && role == .none)
    }
}

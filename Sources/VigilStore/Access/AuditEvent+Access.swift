extension AuditEvent.Action {
    /// A user signed in (both factors accepted).
    public static let signIn = AuditEvent.Action(rawValue: "sign-in")
    /// A sign-in attempt failed (wrong password or code, disabled or unknown account).
    public static let signInFailure = AuditEvent.Action(rawValue: "sign-in failure")
    /// A sign-in attempt was turned away before any password or code was checked: throttled, the
    /// account locked, or too many sign-ins at once. Written once a window with a count
    /// (``SignInRefusals``).
    public static let signInRefused = AuditEvent.Action(rawValue: "sign-in refused")
    /// An account was locked after repeated failures.
    public static let lockout = AuditEvent.Action(rawValue: "lockout")
    /// An administrator unlocked an account.
    public static let unlock = AuditEvent.Action(rawValue: "unlock")
    /// A user signed out, or their sessions were ended.
    public static let signOut = AuditEvent.Action(rawValue: "sign-out")
    /// An account was added, disabled, reset, enrolled, or its role changed.
    public static let accountChange = AuditEvent.Action(rawValue: "account change")
    /// Break-glass access was granted or revoked.
    public static let accessGrant = AuditEvent.Action(rawValue: "access grant")
    /// The server's configuration was set or changed.
    public static let configuration = AuditEvent.Action(rawValue: "configuration")
}

import Foundation
import VigilStore

/// The services every route shares: the store, the clock, password hashing and the policies.
public struct WebServices: Sendable {
    /// The store.
    public let store: StoreDatabase
    /// The clock (a test clock in tests).
    public let clock: WebClock
    /// Password hashing.
    public let hasher: PasswordHasher
    /// The second factor.
    public let secondFactor: SecondFactor
    /// Session lifetimes.
    public let sessions: SessionPolicy
    /// Throttling, lockout and password rules.
    public let login: LoginPolicy
    /// The header a trusted reverse proxy puts the client's address in (`X-Real-IP`), or `nil` to use
    /// the connection's address. Set it only behind a proxy that overwrites the header.
    public let clientAddressHeader: String?
    /// A hash checked against when an account does not exist, so refusing takes the usual time.
    public let decoyHash: String
    /// The limit on password checks running at once (``LoginPolicy/concurrentPasswordChecks``).
    let passwordChecks: PasswordCheckGate
    /// The triage pages' computed data, kept until the store's generation moves on.
    let triageCache = TriageCache()

    /// Gathers the services; computes the decoy hash once.
    public init(
        store: StoreDatabase,
        clock: WebClock = .system,
        hasher: PasswordHasher = PasswordHasher(),
        secondFactor: SecondFactor = SecondFactor(),
        sessions: SessionPolicy = SessionPolicy(),
        login: LoginPolicy = LoginPolicy(),
        clientAddressHeader: String? = nil
    ) async throws {
        self.store = store
        self.clock = clock
        self.hasher = hasher
        self.secondFactor = secondFactor
        self.sessions = sessions
        self.login = login
        self.passwordChecks = PasswordCheckGate(
            limit: login.concurrentPasswordChecks,
            queueLimit: login.queuedPasswordChecks
        )
        self.clientAddressHeader = clientAddressHeader
        self.decoyHash = try await hasher.decoyHash()
    }
}

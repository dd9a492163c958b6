import Foundation
import VigilStore

/// Creating and resetting accounts, for `vigil user` and `vigil demo`: passwords are generated and
/// hashed here, and only their hashes reach the store.
public struct AccountAdministration: Sendable {
    /// The store.
    public let store: StoreDatabase
    /// Password hashing.
    public let hasher: PasswordHasher
    /// How long temporary passwords last.
    public let policy: LoginPolicy

    /// Creates the service.
    public init(store: StoreDatabase, hasher: PasswordHasher = PasswordHasher(), policy: LoginPolicy = LoginPolicy()) {
        self.store = store
        self.hasher = hasher
        self.policy = policy
    }

    /// A random temporary password: 20 characters from an alphabet without look-alikes (about 110 bits).
    public static func temporaryPassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<20).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// Adds an account with a temporary password, returned once so it can be handed over; the user
    /// chooses their own password and enrols a second factor at first sign-in.
    public func add(
        username: String,
        displayName: String,
        role: UserRole,
        employeeID: String?,
        by actor: String,
        at now: Date = Date()
    ) async throws -> String {
        let password = Self.temporaryPassword()
        let user = UserDirectory.NewUser(
            username: username,
            displayName: displayName,
            role: role,
            employeeID: employeeID,
            passwordHash: try await hasher.hash(password),
            temporaryPasswordExpiresAt: now.addingTimeInterval(policy.temporaryPasswordLifetime)
        )
        _ = try await store.asyncWrite { db in try UserDirectory.add(user, by: actor, at: now, in: db) }
        return password
    }

    /// Adds an account that is already enrolled, with a given password and a new TOTP secret, which
    /// is returned (for demonstrations, where there is nobody to enrol).
    public func addEnrolled(
        username: String,
        displayName: String,
        role: UserRole,
        employeeID: String?,
        password: String,
        by actor: String,
        at now: Date = Date()
    ) async throws -> String {
        let secret = SecondFactor.newSecret()
        let user = UserDirectory.NewUser(
            username: username,
            displayName: displayName,
            role: role,
            employeeID: employeeID,
            passwordHash: try await hasher.hash(password),
            temporaryPasswordExpiresAt: nil,
            totpSecret: secret
        )
        _ = try await store.asyncWrite { db in try UserDirectory.add(user, by: actor, at: now, in: db) }
        return secret
    }

    /// Resets an account: a new temporary password (returned once), second factor removed, sessions
    /// ended, lockout cleared.
    public func reset(username: String, by actor: String, at now: Date = Date()) async throws -> String {
        let password = Self.temporaryPassword()
        let hash = try await hasher.hash(password)
        let expires = now.addingTimeInterval(policy.temporaryPasswordLifetime)
        try await store.asyncWrite { db in
            try UserDirectory.reset(
                username,
                temporaryPasswordHash: hash,
                expiresAt: expires,
                by: actor,
                at: now,
                in: db
            )
        }
        return password
    }
}

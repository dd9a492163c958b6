import HummingbirdBcrypt
import NIOPosix
import VigilStore

/// Hashes and checks passwords with bcrypt, on NIO's thread pool so that the slow hash never blocks
/// the tasks serving requests (as Hummingbird's own `BcryptPasswordVerifier` does).
public struct PasswordHasher: Sendable {
    /// log2 of bcrypt's rounds: 12 in service; tests use the minimum, 4.
    public var cost: UInt8

    /// A hasher with the given cost.
    public init(cost: UInt8 = 12) {
        precondition((4...31).contains(cost), "bcrypt's cost is between 4 and 31")
        self.cost = cost
    }

    /// The bcrypt hash of `password`, with a fresh salt.
    public func hash(_ password: String) async throws -> String {
        let cost = cost
        return try await NIOThreadPool.singleton.runIfActive { Bcrypt.hash(password, cost: cost) }
    }

    /// Whether `password` produces `hash`.
    ///
    /// bcrypt reads a password only up to its first NUL byte and its 72nd byte, so a password with a NUL,
    /// or over 72 bytes, would sign in with anything after that point: such a password is never right
    /// (enrolment refuses both). It is still hashed, so that refusing it takes as long as any other.
    public func verify(_ password: String, against hash: String) async throws -> Bool {
        let usable = !password.utf8.contains(0) && password.utf8.count <= PasswordRules.maximumBytes
        let verified = try await NIOThreadPool.singleton.runIfActive { Bcrypt.verify(password, hash: hash) }
        return usable && verified
    }

    /// A hash of a random password, checked against when an account does not exist so that a wrong
    /// name takes as long to refuse as a wrong password.
    public func decoyHash() async throws -> String {
        try await hash(SessionToken.generate())
    }
}

import Foundation
import VigilStore

/// How failed sign-ins are slowed down and then locked out.
///
/// The first ``freeAttempts`` attempts cost nothing; after that each attempt must wait twice as long
/// as the one before (from ``baseDelay`` up to ``maximumDelay``); the ``lockAfter``th failure locks the
/// account until an administrator unlocks it. Failures of the password and of the code count alike.
public struct LoginPolicy: Sendable, Hashable {
    /// Failures allowed before attempts are slowed down.
    public var freeAttempts = 3
    /// The failure that locks the account.
    public var lockAfter = 10
    /// The wait after the first slowed failure.
    public var baseDelay: TimeInterval = 2
    /// The longest wait between attempts.
    public var maximumDelay: TimeInterval = 60
    /// How long a temporary password (from `vigil user add` or `reset`) works.
    public var temporaryPasswordLifetime: TimeInterval = 72 * 3600
    /// Password checks (bcrypt) that may run at once: one a core.
    public var concurrentPasswordChecks = max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// Sign-ins that may wait for a password check; more at once are answered 503 "try again".
    public var queuedPasswordChecks = 4 * max(1, ProcessInfo.processInfo.activeProcessorCount)
    /// The shortest password a user may choose.
    public var minimumPasswordLength = 12

    /// The default policy.
    public init() {}

    /// When the next attempt against an account with `failure` may be made.
    ///
    /// With the defaults the first 3 attempts may follow one another at once; the 4th waits 2 seconds
    /// after the 3rd failure, the 5th 4 seconds after the 4th, and so on up to a minute.
    public func nextAttempt(after failure: LoginFailure) -> Date {
        let slowed = failure.failures - freeAttempts
        guard slowed >= 0 else { return failure.lastFailedAt }
        let delay = min(maximumDelay, baseDelay * pow(2, Double(slowed)))
        return failure.lastFailedAt.addingTimeInterval(delay)
    }
}

import Foundation
import VigilStore

/// How long sessions last: 15 minutes idle and 12 hours in all once signed in; a few minutes between
/// the password and the code.
public struct SessionPolicy: Sendable, Hashable {
    /// A signed-in session unused this long ends.
    public var idleTimeout: TimeInterval = 15 * 60
    /// A signed-in session ends this long after it began, however busy.
    public var absoluteTimeout: TimeInterval = 12 * 3600
    /// The time allowed between accepting a password and accepting the code (or finishing enrolment).
    public var signInWindow: TimeInterval = 10 * 60
    /// An anonymous session (the sign-in form's) unused this long ends.
    public var anonymousTimeout: TimeInterval = 15 * 60
    /// How stale a session's recorded last use may get before a request writes it again.
    ///
    /// Writing it on every request would put a write on every page view; recording it at most once a
    /// minute means an idle timeout can end a session up to this much sooner than its last real use
    /// plus ``idleTimeout`` (never later).
    public var touchInterval: TimeInterval = 60

    /// The default policy.
    public init() {}

    /// Whether a request at `now` should record the session's use (see ``touchInterval``).
    public func needsTouch(_ session: UserSession, at now: Date) -> Bool {
        now.timeIntervalSince(session.lastSeenAt) >= touchInterval
    }

    /// Why `session` has expired at `now`, or `nil` while it is still good.
    public func expiry(of session: UserSession, at now: Date) -> String? {
        switch session.stage {
        case .anonymous:
            return now.timeIntervalSince(session.lastSeenAt) >= anonymousTimeout ? "idle timeout" : nil
        case .secondFactor, .enrolment:
            return now.timeIntervalSince(session.createdAt) >= signInWindow ? "sign-in not completed in time" : nil
        case .signedIn:
            if now.timeIntervalSince(session.createdAt) >= absoluteTimeout { return "absolute timeout" }
            if now.timeIntervalSince(session.lastSeenAt) >= idleTimeout { return "idle timeout" }
            return nil
        }
    }
}

import Foundation

/// Where the web layer gets the time, so tests can move it forward to expire sessions.
///
/// ```swift
/// let clock = WebClock.system
/// let now = clock.now()
/// ```
public struct WebClock: Sendable {
    /// Returns the current instant.
    public let now: @Sendable () -> Date

    /// A clock that reads `now` from a closure.
    public init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The system's wall clock.
    public static let system = WebClock { Date() }
}

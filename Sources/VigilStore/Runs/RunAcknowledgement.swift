import Foundation

/// Someone's word that a degraded run's failed gates were looked at and its data is right as it is (a
/// source really did shrink, say).
///
/// An acknowledged run stops being reported by `vigil status` and the dashboard, and its reports become
/// the baseline the next run's gates compare with. Until then the baseline stays the newest run that
/// passed every gate, so re-running the same files cannot make a failed gate pass.
public struct RunAcknowledgement: Codable, Hashable, Sendable {
    /// Who acknowledged it (`cli:` and the login name).
    public var by: String
    /// When.
    public var at: Date
    /// Why the data can be trusted, in their words.
    public var reason: String

    /// Creates an acknowledgement.
    public init(by: String, at: Date, reason: String) {
        self.by = by
        self.at = at
        self.reason = reason
    }
}

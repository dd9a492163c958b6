/// The match thresholds a run linked with: the model's, or the configuration's overrides of them.
///
/// Recorded with each run, so that the next run sees a change of threshold and links every stored
/// record again, as it does when the model changes: otherwise matches stored under the old threshold
/// would stay, and records the new one would match would stay unmatched, until the record changed.
public struct LinkThresholds: Codable, Hashable, Sendable, CustomStringConvertible {
    /// Person-match probability threshold.
    public var person: Double
    /// Home-address probability threshold, when the model links home addresses.
    public var homeAddress: Double?

    /// Creates thresholds.
    public init(person: Double, homeAddress: Double?) {
        self.person = person
        self.homeAddress = homeAddress
    }

    /// "person 0.9, home address 0.5".
    public var description: String {
        "person \(person)" + (homeAddress.map { ", home address \($0)" } ?? "")
    }
}

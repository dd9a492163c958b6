/// The force system a person record comes from.
public enum SourceKind: String, CaseIterable, Codable, Hashable, Sendable {
    case crime
    case intelligence
    case custody
    case incident

    /// The roles a person can hold in an event of this source, in the words the force uses.
    public var roles: [String] {
        switch self {
        case .crime: return ["suspect", "offender", "victim", "witness", "other relevant"]
        case .intelligence: return ["subject", "mentioned"]
        case .custody: return ["detained person"]
        case .incident: return ["caller", "subject", "involved"]
        }
    }
}

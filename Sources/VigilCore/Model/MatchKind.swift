/// What a match claims.
public enum MatchKind: String, Codable, CaseIterable, Hashable, Sendable {
    /// A named person in a police record is the employee.
    case person
    /// An incident location is the employee's current home address.
    case homeAddress = "home_address"
}

import VigilCore

/// A current match between one stored record (or incident location) and one employee.
public struct StoredMatch: Hashable, Sendable {
    /// Person or home address.
    public var kind: MatchKind
    /// The person record's or incident location's row id.
    public var row: Int64
    /// The employee.
    public var employeeID: String
    /// Total match weight in bits.
    public var matchWeight: Double
    /// Match probability.
    public var probability: Double
    /// Whether another employee scored within the ambiguity margin.
    public var ambiguous: Bool
    /// That other employee's id, or empty.
    public var runnerUp: String
    /// The explanation as JSON (a ``MatchExplanation``).
    public var explanation: String
    /// The model that scored it.
    public var modelVersion: String

    /// Creates a match.
    public init(
        kind: MatchKind,
        row: Int64,
        employeeID: String,
        matchWeight: Double,
        probability: Double,
        ambiguous: Bool = false,
        runnerUp: String = "",
        explanation: String,
        modelVersion: String
    ) {
        self.kind = kind
        self.row = row
        self.employeeID = employeeID
        self.matchWeight = matchWeight
        self.probability = probability
        self.ambiguous = ambiguous
        self.runnerUp = runnerUp
        self.explanation = explanation
        self.modelVersion = modelVersion
    }
}

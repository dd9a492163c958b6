/// The best employee for one person record or incident location, with its score.
public struct LinkResult: Hashable, Sendable {
    /// How confident a match is, for sorting a queue.
    public enum Band: String, Codable, Hashable, Sendable {
        /// Probability at least 0.99.
        case high
        /// Probability at least 0.95.
        case medium
        /// Above the threshold, below 0.95.
        case low

        /// The band for a match probability.
        public init(probability: Double) {
            if probability >= 0.99 {
                self = .high
            } else if probability >= 0.95 {
                self = .medium
            } else {
                self = .low
            }
        }
    }

    /// What the match claims.
    public var kind: MatchKind
    /// The record's id (record id, or incident id for a home-address match).
    public var recordID: String
    /// Position of the employee in the roster.
    public var employeeIndex: Int
    /// The employee's id.
    public var employeeID: String
    /// Match weight (log2 odds).
    public var matchWeight: Double
    /// Match probability.
    public var matchProbability: Double
    /// The best other candidate, if any: its roster position and weight.
    public var runnerUp: (index: Int, weight: Double)? {
        get { runnerUpIndex.map { ($0, runnerUpWeight) } }
        set {
            runnerUpIndex = newValue?.index
            runnerUpWeight = newValue?.weight ?? 0
        }
    }
    /// Whether another employee scored nearly as well (within `ambiguityMargin` bits) above the threshold.
    public var isAmbiguous: Bool
    /// How many candidates blocking produced.
    public var candidateCount: Int

    private var runnerUpIndex: Int?
    private var runnerUpWeight: Double = 0

    public init(
        kind: MatchKind,
        recordID: String,
        employeeIndex: Int,
        employeeID: String,
        matchWeight: Double,
        isAmbiguous: Bool = false,
        candidateCount: Int = 1
    ) {
        self.kind = kind
        self.recordID = recordID
        self.employeeIndex = employeeIndex
        self.employeeID = employeeID
        self.matchWeight = matchWeight
        self.matchProbability = FellegiSunterModel.probability(ofWeight: matchWeight)
        self.isAmbiguous = isAmbiguous
        self.candidateCount = candidateCount
    }

    /// The confidence band.
    public var band: Band { Band(probability: matchProbability) }

    public static func == (lhs: LinkResult, rhs: LinkResult) -> Bool {
        lhs.kind == rhs.kind && lhs.recordID == rhs.recordID && lhs.employeeIndex == rhs.employeeIndex
            && lhs.matchWeight == rhs.matchWeight && lhs.isAmbiguous == rhs.isAmbiguous
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(recordID)
        hasher.combine(employeeIndex)
    }
}

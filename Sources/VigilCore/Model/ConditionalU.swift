/// u probabilities that hold when one comparison is at given levels: the household correction.
///
/// Fellegi–Sunter assumes comparisons are independent among non-matches. At one address they are not:
/// people who share a home share a surname far more often than strangers do, and twins share a date of
/// birth. When the address agrees at house level, the other comparisons are judged against the people
/// who live at the same address instead of against the population, and term-frequency adjustments are
/// switched off, because a shared SINGH at one house says nothing about how common SINGH is.
public struct ConditionalU: Codable, Hashable, Sendable {
    /// Plain words for when it applies, for explanations.
    public var context: String
    /// The comparison whose level switches these u on.
    public var comparison: Int
    /// The levels of that comparison that switch them on.
    public var levels: [Int]
    /// u per comparison and level while the condition holds (the conditioning comparison keeps its own).
    public var u: [[Double]]
    /// Agreements that together lift the condition again: when every one holds, the pair is judged
    /// against everyone. At one house a shared birthday may be twins and a shared surname a relative,
    /// but twins do not share a forename too, so "same forename and same birthday at the employee's
    /// house" is judged as it would be anywhere. Absent in models trained before it existed.
    public var exceptWhenAll: [LevelSet]?

    /// Levels of one comparison.
    public struct LevelSet: Codable, Hashable, Sendable {
        public var comparison: Int
        public var levels: [Int]

        public init(comparison: Int, levels: [Int]) {
            self.comparison = comparison
            self.levels = levels
        }
    }

    public init(context: String, comparison: Int, levels: [Int], u: [[Double]], exceptWhenAll: [LevelSet]? = nil) {
        self.context = context
        self.comparison = comparison
        self.levels = levels
        self.u = u
        self.exceptWhenAll = exceptWhenAll
    }

    /// The household correction's exceptions: the same forename (or a known variant of it) and the same
    /// date of birth.
    public static let householdExceptions = [
        LevelSet(
            comparison: PersonComparison.forename,
            levels: [PersonComparison.ForenameLevel.exact.rawValue, PersonComparison.ForenameLevel.variant.rawValue]
        ),
        LevelSet(comparison: PersonComparison.dateOfBirth, levels: [PersonComparison.DateLevel.exact.rawValue]),
    ]

    /// Whether the condition holds for a vector.
    public func applies(to vector: ComparisonVector) -> Bool {
        guard let level = vector[comparison], levels.contains(level) else { return false }
        guard let exceptWhenAll, !exceptWhenAll.isEmpty else { return true }
        for set in exceptWhenAll {
            guard let level = vector[set.comparison], set.levels.contains(level) else { return true }
        }
        return false
    }
}

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

    public init(context: String, comparison: Int, levels: [Int], u: [[Double]]) {
        self.context = context
        self.comparison = comparison
        self.levels = levels
        self.u = u
    }

    /// Whether the condition holds for a vector.
    public func applies(to vector: ComparisonVector) -> Bool {
        guard let level = vector[comparison] else { return false }
        return levels.contains(level)
    }
}

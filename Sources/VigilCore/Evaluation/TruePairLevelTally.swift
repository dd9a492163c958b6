/// How often each comparison level occurs among true pairs, to set beside the m training learned.
///
/// m is the share of true matches showing a level, so on a world with ground truth the two should agree
/// to within sampling noise. A level whose m is far below what truth shows (a nickname level at the
/// floor while one match in thirty uses a nickname) means a training session never saw those matches;
/// `vigil evaluate --check-m` prints the comparison.
public struct TruePairLevelTally: Sendable {
    /// One level: the model's m beside the share observed on true pairs.
    public struct Row: Codable, Hashable, Sendable {
        public var comparison: String
        public var level: String
        /// Plain words, such as "forename a known variant (e.g. Robert/Bob)".
        public var label: String
        public var m: Double
        /// The level's share of the true pairs where the comparison could be made.
        public var observedShare: Double
        public var observedPairs: Int

        /// Whether m and the observed share differ by more than a factor of two, with enough pairs
        /// (at least five) for the difference to be more than chance.
        public var isFarFromObserved: Bool {
            guard observedPairs >= 5 else { return false }
            return m > 2 * observedShare || m < observedShare / 2
        }
    }

    private var counts: [[Int]]

    /// An empty tally for a model's comparisons.
    public init(model: FellegiSunterModel) {
        counts = model.comparisons.map { [Int](repeating: 0, count: $0.levels.count) }
    }

    /// Counts one true pair's levels; missing comparisons are not counted.
    public mutating func add(_ vector: ComparisonVector) {
        for index in counts.indices {
            if let level = vector[index], level < counts[index].count { counts[index][level] += 1 }
        }
    }

    /// Adds another tally (from another batch of records) to this one.
    public mutating func merge(_ other: TruePairLevelTally) {
        precondition(other.counts.map(\.count) == counts.map(\.count), "tallies of the same model")
        for index in counts.indices {
            for level in counts[index].indices { counts[index][level] += other.counts[index][level] }
        }
    }

    /// One row per level of every comparison, in the model's order.
    public func rows(model: FellegiSunterModel) -> [Row] {
        model.comparisons.enumerated().flatMap { index, comparison in
            let total = max(counts[index].reduce(0, +), 1)
            return comparison.levels.enumerated().map { level, parameters in
                Row(
                    comparison: comparison.name,
                    level: parameters.name,
                    label: "\(comparison.label) \(parameters.label)",
                    m: parameters.m,
                    observedShare: Double(counts[index][level]) / Double(total),
                    observedPairs: counts[index][level]
                )
            }
        }
    }
}

import Foundation

/// How many pairs showed each distinct agreement pattern.
///
/// Training works on these counts rather than on the pairs themselves (fastLink's method): a few thousand
/// distinct patterns stand for millions of pairs, so each EM iteration costs the same however many pairs
/// were compared. A pattern also carries, per term-frequency-adjusted agreement, how common the agreed
/// value was in half-bit bands, so EM can tell "same surname, and it is SINGH" from "same rare surname".
public struct AgreementPatternCounts: Sendable {
    /// A comparison vector with the frequency bands of its term-frequency-adjusted agreements.
    public struct Pattern: Hashable, Sendable {
        /// The levels.
        public var vector: ComparisonVector
        /// Per comparison (8 bits each), `-2·log2(frequency)` rounded, or 0 for no adjustment.
        public var bands: UInt64

        public init(vector: ComparisonVector, bands: UInt64 = 0) {
            self.vector = vector
            self.bands = bands
        }

        /// Builds a pattern from a compared pair, quantising its frequencies.
        public init(_ pair: ComparedPair) {
            vector = pair.vector
            bands = 0
            for index in 0..<8 where pair.frequencies[index] > 0 {
                let band = (-2 * log2(pair.frequencies[index])).rounded()
                bands |= UInt64(min(max(band, 1), 255)) << UInt64(index * 8)
            }
        }

        /// The agreed value's frequency for comparison `index`, or `nil` when no adjustment applies.
        public func frequency(_ index: Int) -> Double? {
            let band = (bands >> UInt64(index * 8)) & 0xFF
            return band == 0 ? nil : exp2(-Double(band) / 2)
        }
    }

    /// Count of pairs per pattern.
    public private(set) var counts: [Pattern: Int] = [:]
    /// Total pairs counted.
    public private(set) var pairCount = 0

    public init() {}

    /// Counts one pair's pattern (no frequency bands).
    public mutating func add(_ vector: ComparisonVector, count: Int = 1) {
        add(Pattern(vector: vector), count: count)
    }

    /// Counts one pattern.
    public mutating func add(_ pattern: Pattern, count: Int = 1) {
        counts[pattern, default: 0] += count
        pairCount += count
    }

    /// Adds another set of counts to this one.
    public mutating func merge(_ other: AgreementPatternCounts) {
        counts.merge(other.counts, uniquingKeysWith: +)
        pairCount += other.pairCount
    }

    /// The number of distinct patterns.
    public var distinctPatterns: Int { counts.count }
}

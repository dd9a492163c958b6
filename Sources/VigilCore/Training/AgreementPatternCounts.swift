/// How many pairs showed each distinct agreement pattern.
///
/// Training works on these counts rather than on the pairs themselves (fastLink's method): a few thousand
/// distinct patterns stand for millions of pairs, so each EM iteration costs the same however many pairs
/// were compared.
public struct AgreementPatternCounts: Sendable {
    /// Count of pairs per packed comparison vector.
    public private(set) var counts: [UInt64: Int] = [:]
    /// Total pairs counted.
    public private(set) var pairCount = 0

    public init() {}

    /// Counts one pair's pattern.
    public mutating func add(_ vector: ComparisonVector, count: Int = 1) {
        counts[vector.packed, default: 0] += count
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

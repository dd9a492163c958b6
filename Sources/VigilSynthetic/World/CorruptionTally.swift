/// Counts of corruptions actually applied, in a fixed order so that output is deterministic.
struct CorruptionTally: Sendable {
    fileprivate(set) var counts = [Int](repeating: 0, count: Corruption.allCases.count)
    private static let positions: [Corruption: Int] = Dictionary(
        uniqueKeysWithValues: Corruption.allCases.enumerated().map { ($0.element, $0.offset) }
    )

    /// Records one application.
    mutating func add(_ corruption: Corruption) {
        counts[CorruptionTally.positions[corruption]!] += 1
    }

    /// The counts keyed by raw value (JSON encoders sort the keys).
    var byName: [String: Int] {
        var result: [String: Int] = [:]
        for (offset, corruption) in Corruption.allCases.enumerated() { result[corruption.rawValue] = counts[offset] }
        return result
    }
}

extension CorruptionTally {
    /// The sum of two tallies.
    func adding(_ other: CorruptionTally) -> CorruptionTally {
        var sum = self
        for (offset, count) in other.counts.enumerated() { sum.counts[offset] += count }
        return sum
    }
}

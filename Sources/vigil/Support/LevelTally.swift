import Foundation
import VigilCore

/// Counts of each comparison level among true pairs, to check a model's m against what truth shows.
struct LevelTally: Sendable {
    private var counts: [[Int]]

    init(model: FellegiSunterModel) {
        counts = model.comparisons.map { [Int](repeating: 0, count: $0.levels.count) }
    }

    mutating func add(_ vector: ComparisonVector) {
        for index in counts.indices {
            if let level = vector[index], level < counts[index].count { counts[index][level] += 1 }
        }
    }

    mutating func merge(_ other: LevelTally) {
        for index in counts.indices {
            for level in counts[index].indices { counts[index][level] += other.counts[index][level] }
        }
    }

    /// One line per level: the model's m beside the share observed on true pairs.
    func lines(model: FellegiSunterModel) -> [String] {
        var lines = ["m learned by training vs share among true pairs:"]
        for (index, comparison) in model.comparisons.enumerated() {
            let total = max(counts[index].reduce(0, +), 1)
            for (level, parameters) in comparison.levels.enumerated() {
                let observed = Double(counts[index][level]) / Double(total)
                lines.append(
                    String(
                        format: "  %@ %@: m %.4f, observed %.4f (%d)",
                        comparison.label,
                        parameters.label,
                        parameters.m,
                        observed,
                        counts[index][level]
                    )
                )
            }
        }
        return lines
    }
}

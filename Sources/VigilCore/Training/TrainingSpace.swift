/// The pairs a model is trained on: record-side and roster-side features, how to compare them and how
/// to find blocked candidates.
///
/// One generic space serves both kinds of match, so u-sampling, pattern counting and EM are written once.
struct TrainingSpace<Record: Sendable, Target: Sendable> {
    let records: [Record]
    let targets: [Target]
    let compare: (Record, Target) -> ComparedPair
    let candidates: (Record, Int, inout [Int32]) -> Void

    /// Estimates u per level from random pairs, which are almost all non-matches.
    ///
    /// Counts get half a pair of smoothing per level so a level never seen keeps a small, finite u.
    func estimateU(_ comparisons: [ComparisonParameters], pairs: Int, using generator: inout SplitMix64)
        -> [ComparisonParameters]
    {
        guard !records.isEmpty, !targets.isEmpty else { return comparisons }
        var counts = comparisons.map { [Double](repeating: 0.5, count: $0.levels.count) }
        for _ in 0..<pairs {
            let record = records[Int(generator.next() % UInt64(records.count))]
            let target = targets[Int(generator.next() % UInt64(targets.count))]
            let vector = compare(record, target).vector
            for index in comparisons.indices {
                if let level = vector[index] { counts[index][level] += 1 }
            }
        }
        var result = comparisons
        for index in result.indices {
            let total = counts[index].reduce(0, +)
            for level in result[index].levels.indices {
                result[index].levels[level].u = counts[index][level] / total
            }
        }
        return result
    }

    /// Counts the agreement patterns of every pair blocked by `rule`, with `fixed` comparisons blanked.
    ///
    /// With `frequencies` off, agreements are counted without their term-frequency bands: within one
    /// household a shared surname says nothing about how common it is.
    func patterns(
        rule: Int, fixed: Set<Int>, frequencies: Bool = true, skipping skip: ((ComparedPair) -> Bool)? = nil
    ) -> AgreementPatternCounts {
        var counts = AgreementPatternCounts()
        var buffer: [Int32] = []
        for record in records {
            buffer.removeAll(keepingCapacity: true)
            candidates(record, rule, &buffer)
            for target in buffer {
                var pair = compare(record, targets[Int(target)])
                if let skip, skip(pair) { continue }
                for index in fixed {
                    pair.vector[index] = nil
                    pair.frequencies[index] = 0
                }
                if !frequencies { pair.frequencies = .zero }
                counts.add(AgreementPatternCounts.Pattern(pair))
            }
        }
        return counts
    }
}

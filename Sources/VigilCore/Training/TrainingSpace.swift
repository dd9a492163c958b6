/// The pairs a model is trained on: record-side and roster-side features, how to compare them and how
/// to find blocked candidates.
///
/// One generic space serves both kinds of match, so u-sampling, pattern counting and EM are written once.
struct TrainingSpace<Record: Sendable, Target: Sendable> {
    let records: [Record]
    let targets: [Target]
    let compare: @Sendable (Record, Target) -> ComparedPair
    let candidates: @Sendable (Record, Int, inout [Int32]) -> Void

    /// Estimates u per level from random pairs, which are almost all non-matches.
    ///
    /// Counts get half a pair of smoothing per level so a level never seen keeps a small, finite u.
    func estimateU(
        _ comparisons: [ComparisonParameters],
        pairs: Int,
        using generator: inout SplitMix64
    )
        -> [ComparisonParameters]
    {
        guard !records.isEmpty, !targets.isEmpty else { return comparisons }
        let seed = generator.next()
        let records = records
        let targets = targets
        let compare = compare
        let levelCounts = comparisons.map(\.levels.count)
        // Comparison `index`'s level `level` is counted at `firstLevel[index] + level` of one flat list.
        let firstLevel = levelCounts.indices.map { levelCounts[..<$0].reduce(0, +) }
        let allLevels = levelCounts.reduce(0, +)
        // Each chunk draws its own pairs from a generator seeded by the chunk, so the result is repeatable.
        let chunks = ParallelChunks.map(count: pairs) { range, chunk in
            var random = SplitMix64(seed: seed &+ UInt64(chunk) &* 0x9E37_79B9_7F4A_7C15)
            var counts = [Int](repeating: 0, count: allLevels)
            // Through buffer pointers the pair is lent to `compare`, not copied: an address is a struct of
            // strings, and copying one costs a reference count per string.
            // Pairs are drawn first and compared in record order: the counts do not depend on the order,
            // and walking the records in memory order keeps them in cache.
            var drawn = [UInt64]()
            drawn.reserveCapacity(range.count)
            for _ in range {
                let record = random.next() % UInt64(records.count)
                let target = random.next() % UInt64(targets.count)
                drawn.append(record << 32 | target)
            }
            let pairs = Self.inRecordOrder(drawn, records: records.count)
            records.withUnsafeBufferPointer { records in
                targets.withUnsafeBufferPointer { targets in
                    counts.withUnsafeMutableBufferPointer { counts in
                        for pair in pairs {
                            let record = Int(pair >> 32)
                            let target = Int(pair & 0xFFFF_FFFF)
                            let vector = compare(records[record], targets[target]).vector
                            for index in firstLevel.indices {
                                if let level = vector[index] { counts[firstLevel[index] + level] += 1 }
                            }
                        }
                    }
                }
            }
            return counts
        }
        var counts = levelCounts.map { [Double](repeating: 0.5, count: $0) }
        for chunk in chunks {
            for index in counts.indices {
                for level in counts[index].indices { counts[index][level] += Double(chunk[firstLevel[index] + level]) }
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

    /// Pairs (record in the high 32 bits, target in the low) grouped by record, records in order: one
    /// counting pass and one placing pass, where a comparison sort of a million pairs cost a tenth of
    /// estimating u. Within a record the pairs keep the order they were drawn in.
    static func inRecordOrder(_ pairs: [UInt64], records: Int) -> [UInt64] {
        var starts = [Int](repeating: 0, count: records + 1)
        for pair in pairs { starts[Int(pair >> 32) + 1] += 1 }
        for record in 0..<records { starts[record + 1] += starts[record] }
        return [UInt64](unsafeUninitializedCapacity: pairs.count) { ordered, count in
            for pair in pairs {
                let record = Int(pair >> 32)
                ordered[starts[record]] = pair
                starts[record] += 1
            }
            count = pairs.count
        }
    }

    /// Counts the agreement patterns of every pair blocked by `rule`, with `fixed` comparisons blanked.
    ///
    /// With `frequencies` off, agreements are counted without their term-frequency bands: within one
    /// household a shared surname says nothing about how common it is.
    func patterns(
        rule: Int,
        fixed: Set<Int>,
        frequencies: Bool = true,
        skipping skip: (@Sendable (ComparedPair) -> Bool)? = nil
    ) -> AgreementPatternCounts {
        Self.patterns(among: comparedPairs(rule: rule), fixed: fixed, frequencies: frequencies, skipping: skip)
    }

    /// Every pair blocked by `rule`, compared, in record order: made once for the sessions that share a
    /// rule, since blocking and comparing cost far more than counting.
    func comparedPairs(rule: Int) -> [ComparedPair] {
        let records = records
        let targets = targets
        let compare = compare
        let candidates = candidates
        return ParallelChunks.map(count: records.count) { range, _ in
            var pairs: [ComparedPair] = []
            var buffer: [Int32] = []
            for position in range {
                let record = records[position]
                buffer.removeAll(keepingCapacity: true)
                candidates(record, rule, &buffer)
                for target in buffer { pairs.append(compare(record, targets[Int(target)])) }
            }
            return pairs
        }.flatMap { $0 }
    }

    /// Counts the agreement patterns of compared pairs, with `fixed` comparisons blanked (see
    /// ``patterns(rule:fixed:frequencies:skipping:)``).
    static func patterns(
        among pairs: [ComparedPair],
        fixed: Set<Int>,
        frequencies: Bool = true,
        skipping skip: (@Sendable (ComparedPair) -> Bool)? = nil
    ) -> AgreementPatternCounts {
        var counts = AgreementPatternCounts()
        for var pair in pairs {
            if let skip, skip(pair) { continue }
            for index in fixed {
                pair.vector[index] = nil
                pair.frequencies[index] = 0
            }
            if !frequencies { pair.frequencies = .zero }
            counts.add(AgreementPatternCounts.Pattern(pair))
        }
        return counts
    }
}

import Testing
import VigilCore

@Suite struct ExpectationMaximisationTests {
    /// Three comparisons with known m and u; pairs drawn from the mixture and counted by pattern.
    static let trueM: [[Double]] = [[0.85, 0.10, 0.05], [0.90, 0.10], [0.70, 0.20, 0.10]]
    static let trueU: [[Double]] = [[0.02, 0.08, 0.90], [0.05, 0.95], [0.01, 0.09, 0.90]]
    static let trueShare = 0.2

    static func simulate(pairs: Int, seed: UInt64) -> AgreementPatternCounts {
        var generator = SplitMix64(seed: seed)
        var counts = AgreementPatternCounts()
        func draw(_ probabilities: [Double]) -> Int {
            let roll = Double(generator.next() >> 11) / Double(1 << 53)
            var cumulative = 0.0
            for (level, probability) in probabilities.enumerated() {
                cumulative += probability
                if roll < cumulative { return level }
            }
            return probabilities.count - 1
        }
        for _ in 0..<pairs {
            let isMatch = Double(generator.next() >> 11) / Double(1 << 53) < trueShare
            var vector = ComparisonVector()
            for index in trueM.indices {
                vector[index] = draw(isMatch ? trueM[index] : trueU[index])
            }
            counts.add(vector)
        }
        return counts
    }

    static func start(u: [[Double]]) -> [ComparisonParameters] {
        u.enumerated().map { index, uLevels in
            ComparisonParameters(
                name: "c\(index)",
                label: "c\(index)",
                levels: uLevels.enumerated().map { level, u in
                    let m = level == 0 ? 0.6 : 0.4 / Double(uLevels.count - 1)
                    return LevelParameters(name: "l\(level)", label: "l\(level)", m: m, u: u)
                }
            )
        }
    }

    @Test("EM recovers known m and the match share when u is fixed")
    func recoversMWithFixedU() {
        let patterns = Self.simulate(pairs: 200_000, seed: 7)
        let result = ExpectationMaximisation().run(
            patterns: patterns,
            comparisons: Self.start(u: Self.trueU),
            initialMatchShare: 0.5
        )
        #expect(result.converged)
        #expect(abs(result.matchShare - Self.trueShare) < 0.01)
        for (index, levels) in Self.trueM.enumerated() {
            for (level, m) in levels.enumerated() {
                #expect(abs(result.comparisons[index].levels[level].m - m) < 0.02, "m[\(index)][\(level)]")
            }
        }
    }

    @Test("EM recovers both m and u when asked to estimate u (fastLink)")
    func recoversMAndU() {
        let patterns = Self.simulate(pairs: 400_000, seed: 11)
        let flatU = Self.trueU.map { levels in levels.map { _ in 1 / Double(levels.count) } }
        let result = ExpectationMaximisation(estimatesU: true).run(
            patterns: patterns,
            comparisons: Self.start(u: flatU),
            initialMatchShare: 0.3
        )
        #expect(abs(result.matchShare - Self.trueShare) < 0.02)
        for (index, levels) in Self.trueU.enumerated() {
            for (level, u) in levels.enumerated() {
                #expect(abs(result.comparisons[index].levels[level].u - u) < 0.02, "u[\(index)][\(level)]")
                #expect(abs(result.comparisons[index].levels[level].m - Self.trueM[index][level]) < 0.03)
            }
        }
    }

    @Test("a fixed comparison keeps its parameters and is left out of the likelihood")
    func fixedComparisonUntouched() {
        let patterns = Self.simulate(pairs: 50_000, seed: 3)
        let start = Self.start(u: Self.trueU)
        let result = ExpectationMaximisation().run(patterns: patterns, comparisons: start, fixed: [1])
        #expect(result.comparisons[1] == start[1])
        #expect(result.comparisons[0] != start[0])
    }

    @Test("counting patterns folds identical pairs together")
    func patternCounting() {
        var counts = AgreementPatternCounts()
        var vector = ComparisonVector()
        vector[0] = 1
        counts.add(vector)
        counts.add(vector)
        vector[2] = 0
        counts.add(vector)
        #expect(counts.pairCount == 3)
        #expect(counts.distinctPatterns == 2)
    }
}

import Testing
import VigilCore

/// The weak prior on m and the pooling of sessions: what keeps a rare partial-agreement level (a nickname)
/// from collapsing to the floor when a training session sees few or none of the matches that show it.
@Suite struct ExpectationMaximisationPriorTests {
    /// A forename-like comparison (exact, a rare variant level, different) and a surname-like one.
    static let trueM: [[Double]] = [[0.90, 0.03, 0.07], [0.92, 0.08]]
    static let trueU: [[Double]] = [[0.01, 0.001, 0.989], [0.01, 0.99]]

    /// Pairs drawn from the mixture and counted by pattern; `m` replaces the true m of the matches.
    static func simulate(pairs: Int, share: Double, m: [[Double]] = trueM, seed: UInt64) -> AgreementPatternCounts {
        var generator = SplitMix64(seed: seed)
        func uniform() -> Double { Double(generator.next() >> 11) / Double(1 << 53) }
        func draw(_ probabilities: [Double]) -> Int {
            let roll = uniform()
            var cumulative = 0.0
            for (level, probability) in probabilities.enumerated() {
                cumulative += probability
                if roll < cumulative { return level }
            }
            return probabilities.count - 1
        }
        var counts = AgreementPatternCounts()
        for _ in 0..<pairs {
            let isMatch = uniform() < share
            var vector = ComparisonVector()
            for index in m.indices { vector[index] = draw(isMatch ? m[index] : trueU[index]) }
            counts.add(vector)
        }
        return counts
    }

    /// u at the truth, m at the starting values training uses (the prior's centre).
    static var start: [ComparisonParameters] {
        [
            ComparisonParameters(
                name: "forename",
                label: "forename",
                levels: [
                    LevelParameters(name: "exact", label: "identical", m: 0.80, u: trueU[0][0]),
                    LevelParameters(name: "variant", label: "a known variant", m: 0.06, u: trueU[0][1]),
                    LevelParameters(name: "other", label: "different", m: 0.14, u: trueU[0][2]),
                ]
            ),
            ComparisonParameters(
                name: "surname",
                label: "surname",
                levels: [
                    LevelParameters(name: "exact", label: "identical", m: 0.85, u: trueU[1][0]),
                    LevelParameters(name: "other", label: "different", m: 0.15, u: trueU[1][1]),
                ]
            ),
        ]
    }

    static func variantM(_ result: ExpectationMaximisation.Result) -> Double {
        result.comparisons[0].levels[1].m
    }

    @Test("a level no match in the session shows falls to the floor without a prior, and stays off it with one")
    func unseenLevelKeepsPriorShare() {
        // A hundred-odd matches, none of them with the variant: what session 1 saw away from the house.
        let blind = [[0.93, 0.0, 0.07], Self.trueM[1]]
        let patterns = Self.simulate(pairs: 3_000, share: 0.04, m: blind, seed: 5)
        let plain = ExpectationMaximisation().run(patterns: patterns, comparisons: Self.start, initialMatchShare: 0.05)
        let weak = ExpectationMaximisation(mPseudoMatches: 4).run(
            patterns: patterns,
            comparisons: Self.start,
            initialMatchShare: 0.05
        )
        #expect(Self.variantM(plain) <= 1e-5, "plain EM leaves the unseen level at the floor")
        let matches = weak.matchShare * Double(patterns.pairCount)
        let expected = 4 * 0.06 / (matches + 4)
        #expect(abs(Self.variantM(weak) - expected) < expected * 0.2, "the prior's pseudo-matches, no more")
        #expect(Self.variantM(weak) > 1e-3)
    }

    @Test("with a weak prior EM still recovers a rare partial level's known m from enough matches")
    func priorYieldsToCounts() {
        let patterns = Self.simulate(pairs: 200_000, share: 0.05, seed: 9)
        let result = ExpectationMaximisation(mPseudoMatches: 4).run(
            patterns: patterns,
            comparisons: Self.start,
            initialMatchShare: 0.1
        )
        #expect(abs(result.matchShare - 0.05) < 0.003)
        #expect(abs(Self.variantM(result) - Self.trueM[0][1]) < 0.006, "variant m \(Self.variantM(result))")
        #expect(abs(result.comparisons[0].levels[0].m - Self.trueM[0][0]) < 0.01)
    }

    @Test("expected match counts add up to the matches EM found")
    func matchCountsAddUp() {
        let patterns = Self.simulate(pairs: 20_000, share: 0.1, seed: 13)
        let result = ExpectationMaximisation().run(patterns: patterns, comparisons: Self.start, fixed: [1])
        let matches = result.matchShare * Double(patterns.pairCount)
        #expect(abs(result.matchCounts[0].reduce(0, +) - matches) < 1)
        #expect(result.matchCounts[1].allSatisfy { $0 == 0 }, "a fixed comparison counts nothing")
    }

    @Test("pooling a blind session with one that sees the variant recovers its m; the blind one alone cannot")
    func poolingSessionsRecoversM() {
        // Session one: matches away from the house, few and with no variant. Session two: the matches at
        // the house, many, with the variant at its true rate.
        let away = Self.simulate(pairs: 4_000, share: 0.03, m: [[0.93, 0.0, 0.07], Self.trueM[1]], seed: 21)
        let atHouse = Self.simulate(pairs: 8_000, share: 0.15, seed: 22)
        let em = ExpectationMaximisation(mPseudoMatches: 4)
        let first = em.run(patterns: away, comparisons: Self.start, initialMatchShare: 0.05)
        let second = em.run(patterns: atHouse, comparisons: Self.start, initialMatchShare: 0.05)
        let pooled = em.mProbabilities(
            matchCounts: zip(first.matchCounts[0], second.matchCounts[0]).map(+),
            prior: Self.start[0].levels.map(\.m),
            caps: [nil, nil, nil]
        )
        let awayMatches = first.matchShare * Double(away.pairCount)
        let houseMatches = second.matchShare * Double(atHouse.pairCount)
        let truth = Self.trueM[0][1] * houseMatches / (awayMatches + houseMatches)
        #expect(Self.variantM(first) < truth / 2, "the blind session alone is far off")
        #expect(abs(pooled[1] - truth) < truth * 0.25, "pooled \(pooled[1]) against \(truth)")
        #expect(abs(pooled.reduce(0, +) - 1) < 1e-9)
    }
}

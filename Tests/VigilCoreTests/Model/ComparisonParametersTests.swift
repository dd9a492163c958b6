import Testing
import VigilCore

@Suite struct ComparisonParametersTests {
    static let comparison = ComparisonParameters(
        name: "address",
        label: "address",
        levels: [
            LevelParameters(name: "exact", label: "identical", m: 0.9, u: 0.01),
            LevelParameters(name: "other", label: "different", m: 0.1, u: 0.99),
        ]
    )

    @Test("u drawn by random sampling is freed of the matches it drew, and still sums to one")
    func removingMatches() {
        let corrected = Self.comparison.removingMatchesFromU(prior: 0.01, floor: 1e-6)
        let total = corrected.levels.reduce(0) { $0 + $1.u }
        #expect(abs(total - 1) < 1e-12)
        #expect(corrected.levels[0].u < 0.0011 && corrected.levels[0].u > 0.0009)
        #expect(corrected.weight(ofLevel: 0) > Self.comparison.weight(ofLevel: 0))
    }

    @Test("a level whose u is all matches falls to the floor, not below zero")
    func floorHolds() {
        let corrected = Self.comparison.removingMatchesFromU(prior: 0.5, floor: 1e-6)
        #expect(corrected.levels[0].u > 0)
        #expect(corrected.levels[0].u < 1e-5)
    }

    @Test("disagreement never counts in favour of a match")
    func disagreementCapped() {
        var odd = Self.comparison
        odd.levels[1].m = 0.5
        odd.levels[1].u = 0.1
        #expect(odd.weight(ofLevel: 1) > 0)
        #expect(odd.disagreementNeverFavoursMatch().weight(ofLevel: 1) <= 0)
    }

    @Test("one disagreeing field is never a veto: its penalty is bounded")
    func disagreementBounded() {
        var harsh = Self.comparison
        harsh.levels[1].m = 1e-9
        #expect(harsh.weight(ofLevel: 1) < -25)
        let bounded = harsh.disagreementNeverFavoursMatch()
        #expect(bounded.weight(ofLevel: 1) > -11)
    }
}

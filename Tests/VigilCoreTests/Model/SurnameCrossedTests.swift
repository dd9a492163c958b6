import Testing

@testable import VigilCore

/// The m of "surname in the forename's place, forenames different", which EM cannot learn.
@Suite struct SurnameCrossedTests {
    typealias Swap = PersonComparison.SwapLevel

    @Test("m is the swap rate times the different-forename rate, and the rest goes back to the usual order")
    func derivedFromLearnedRates() {
        var comparisons = PersonComparison.untrained
        let swap = PersonComparison.nameSwap
        comparisons[swap].levels[Swap.swapped.rawValue].m = 0.015
        comparisons[swap].levels[Swap.crossed.rawValue].m = 0.002
        comparisons[swap].levels[Swap.surnameCrossed.rawValue].m = 0.003
        comparisons[swap].levels[Swap.notSwapped.rawValue].m = 0.98
        comparisons[PersonComparison.forename].levels[PersonComparison.ForenameLevel.other.rawValue].m = 0.004
        ModelTrainer.deriveSurnameCrossedM(&comparisons)
        let m = comparisons[swap].levels.map(\.m)
        #expect(abs(m[Swap.surnameCrossed.rawValue] - 0.015 * 0.004) < 1e-15)
        #expect(abs(m.reduce(0, +) - 1) < 1e-12, "the swap comparison's m still sums to 1")
        #expect(m[Swap.crossed.rawValue] == 0.002 && m[Swap.swapped.rawValue] == 0.015)
    }

    @Test("an m EM learned lower than the product is kept")
    func lowerLearnedMKept() {
        var comparisons = PersonComparison.untrained
        let swap = PersonComparison.nameSwap
        comparisons[swap].levels[Swap.surnameCrossed.rawValue].m = 1e-7
        let before = comparisons[swap].levels.map(\.m)
        ModelTrainer.deriveSurnameCrossedM(&comparisons)
        #expect(comparisons[swap].levels.map(\.m) == before)
    }
}

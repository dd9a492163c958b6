import Testing

@testable import VigilCore

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

    @Test("held to its prior: unseen disagreement takes the prior's weight, agreement never counts against")
    func heldToPrior() {
        let prior = ComparisonParameters(
            name: "street",
            label: "street",
            levels: [
                LevelParameters(name: "exact", label: "identical", m: 0.94, u: 0.002),
                LevelParameters(name: "close", label: "very similar spelling", m: 0.05, u: 0.002),
                LevelParameters(name: "other", label: "different", m: 0.01, u: 0.996),
            ]
        )
        // What EM gives on pairs chosen to agree: agreement as common among non-matches, the rest unseen.
        let trained = ComparisonParameters(
            name: "street",
            label: "street",
            levels: [
                LevelParameters(name: "exact", label: "identical", m: 0.98, u: 0.99),
                LevelParameters(name: "close", label: "very similar spelling", m: 1e-6, u: 1e-6),
                LevelParameters(name: "other", label: "different", m: 1e-6, u: 1e-6),
            ]
        )
        let held = trained.heldToPrior(prior, trained: trained)
        #expect(abs(held.weight(ofLevel: 0)) < 1e-9, "agreement weighed \(held.weight(ofLevel: 0))")
        #expect(abs(held.weight(ofLevel: 2) - prior.weight(ofLevel: 2)) < 1e-9)
        #expect(held.weight(ofLevel: 1) <= held.weight(ofLevel: 0) + 1e-9, "partial outweighs whole")
        // A disagreement EM saw keeps its own weight when that is the stronger evidence against.
        var seen = trained
        seen.levels[2] = LevelParameters(name: "other", label: "different", m: 1e-4, u: 0.5)
        let kept = seen.heldToPrior(prior, trained: seen)
        #expect(abs(kept.weight(ofLevel: 2) - seen.weight(ofLevel: 2)) < 1e-9)
        // And an agreement weighs no more than the prior says it can, however rare EM found it.
        var strong = trained
        strong.levels[0] = LevelParameters(name: "exact", label: "identical", m: 0.9, u: 1e-6)
        #expect(abs(strong.heldToPrior(prior, trained: strong).weight(ofLevel: 0) - prior.weight(ofLevel: 0)) < 1e-9)
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

    /// A forename comparison as EM left it when a session saw no sound-alike match: that level at the floor.
    static let collapsed = ComparisonParameters(
        name: "forename",
        label: "forename",
        levels: [
            LevelParameters(name: "exact", label: "identical", m: 0.95, u: 0.007),
            LevelParameters(name: "phonetic", label: "sounds alike", m: 1e-6, u: 0.003),
            LevelParameters(name: "initial", label: "initial only agrees", m: 0.02, u: 0.03),
            LevelParameters(name: "other", label: "different", m: 0.001, u: 0.984),
        ]
    )

    @Test("an agreement level never weighs less than its comparison's different level")
    func agreementNeverBelowDisagreement() {
        #expect(Self.collapsed.weight(ofLevel: 1) < Self.collapsed.weight(ofLevel: 3))
        let guarded = Self.collapsed.agreementNeverWeighsLessThanDisagreement()
        #expect(guarded.weight(ofLevel: 1) >= guarded.weight(ofLevel: 3) - 1e-9)
        #expect(abs(guarded.weight(ofLevel: 1) - guarded.weight(ofLevel: 3)) < 1e-9, "raised just to the level")
    }

    @Test("the agreement guard leaves levels that already weigh more, and the disagreement level, alone")
    func agreementGuardTouchesOnlyTheCollapsed() {
        let guarded = Self.collapsed.agreementNeverWeighsLessThanDisagreement()
        for level in [0, 2, 3] { #expect(guarded.levels[level] == Self.collapsed.levels[level]) }
        let healthy = Self.comparison.agreementNeverWeighsLessThanDisagreement()
        #expect(healthy == Self.comparison)
    }

    @Test("for a comparison with no level named other, its last level is the disagreement")
    func lastLevelIsTheDisagreement() {
        let swap = ComparisonParameters(
            name: "name_swap",
            label: "forename and surname",
            levels: [
                LevelParameters(name: "swapped", label: "recorded the other way round", m: 1e-6, u: 2.6e-6),
                LevelParameters(name: "not_swapped", label: "in the usual order", m: 1, u: 1),
            ]
        )
        #expect(swap.isDisagreement(level: 1) && !swap.isDisagreement(level: 0))
        #expect(swap.agreementNeverWeighsLessThanDisagreement().weight(ofLevel: 0) >= -1e-9)
    }
}

@Suite struct PartialAgreementOrderTests {
    @Test("an initial or a similar spelling never weighs more than the whole name agreeing")
    func partialNeverOutweighsWhole() {
        let forename = ComparisonParameters(
            name: "forename",
            label: "forename",
            levels: [
                LevelParameters(name: "exact", label: "identical", m: 0.8, u: 0.006),
                LevelParameters(name: "close", label: "similar spelling", m: 0.05, u: 0.001),
                LevelParameters(name: "initial", label: "initial only agrees", m: 0.05, u: 1e-6),
                LevelParameters(name: "other", label: "different", m: 0.1, u: 0.99),
            ]
        )
        let ordered = forename.partialAgreementNeverOutweighsWhole()
        #expect(abs(ordered.weight(ofLevel: 2) - ordered.weight(ofLevel: 0)) < 1e-9, "capped at the whole name's")
        #expect(ordered.weight(ofLevel: 1) == forename.weight(ofLevel: 1), "a weaker level keeps its weight")
        #expect(ordered.weight(ofLevel: 3) == forename.weight(ofLevel: 3), "disagreement is not touched")
    }
}

@Suite struct InitialBelowCommonestTests {
    @Test("an initial alone weighs no more than the whole forename would for the commonest forename")
    func initialCappedAtCommonest() {
        var comparisons = PersonComparison.untrained
        let forename = PersonComparison.forename
        let initial = PersonComparison.ForenameLevel.initial.rawValue
        comparisons[forename].levels[initial].u = 1e-7
        var model = FellegiSunterModel(kind: .person, priorProbability: 1e-4, comparisons: comparisons, threshold: 0.9)
        let column = comparisons[forename].termFrequencyColumn ?? "forename"
        model.termFrequencies[column] = TermFrequencyTable(
            column: column,
            frequencies: ["JOHN": 0.04, "XANTHE": 0.00001],
            unseenFrequency: 1e-6,
            sampleSize: 1000
        )
        let capped = model.partialAgreementNeverOutweighsWhole()
        let whole = capped.comparisons[forename].weight(ofLevel: 0)
        let john = whole + capped.termFrequencyAdjustment(comparison: forename, level: 0, frequency: 0.04, base: whole)
        #expect(john < whole, "the commonest name loses bits")
        #expect(abs(capped.comparisons[forename].weight(ofLevel: initial) - john) < 1e-9)
        let variant = PersonComparison.ForenameLevel.variant.rawValue
        #expect(capped.comparisons[forename].weight(ofLevel: variant) <= whole + 1e-9)
    }
}

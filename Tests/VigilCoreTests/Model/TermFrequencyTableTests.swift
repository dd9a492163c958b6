import Testing

@testable import VigilCore

@Suite struct TermFrequencyTableTests {
    @Test("common values are frequent, rare and unseen values fall back to the rarest frequency")
    func frequencies() {
        var counter = TermFrequencyCounter()
        for _ in 0..<60 { counter.add("SINGH") }
        for _ in 0..<38 { counter.add("SMITH") }
        counter.add("QUINTON")
        counter.add("")
        let table = TermFrequencyTable(column: "surname", counts: counter.counts, minimumCount: 2)
        #expect(table.sampleSize == 99)
        #expect(abs(table.frequency(of: "SINGH") - 60.0 / 99.0) < 1e-12)
        #expect(table.frequency(of: "QUINTON") == table.unseenFrequency)
        #expect(table.frequency(of: "NEVERSEEN") < table.frequency(of: "SMITH"))
    }

    @Test("agreeing on a common surname is weaker evidence than agreeing on a rare one")
    func weakerForCommon() {
        var counter = TermFrequencyCounter()
        for _ in 0..<500 { counter.add("KHAN") }
        for _ in 0..<5 { counter.add("QUINTON") }
        let table = TermFrequencyTable(column: "surname", counts: counter.counts)
        let model = FellegiSunterModel(
            kind: .person,
            priorProbability: 0.001,
            comparisons: [
                ComparisonParameters(
                    name: "surname",
                    label: "surname",
                    levels: [
                        LevelParameters(
                            name: "exact",
                            label: "identical",
                            m: 0.9,
                            u: 0.01,
                            termFrequencyAdjusted: true
                        ),
                        LevelParameters(name: "other", label: "different", m: 0.1, u: 0.99),
                    ]
                )
            ],
            termFrequencies: ["surname": table]
        )
        let scorer = ScoringTable(model: model)
        var common = ComparedPair()
        common.vector[0] = 0
        common.frequencies[0] = table.frequency(of: "KHAN")
        var rare = common
        rare.frequencies[0] = table.frequency(of: "QUINTON")
        #expect(scorer.weight(of: rare) > scorer.weight(of: common))
    }

    @Test("an adjustment for how common a value is never turns a level's evidence around")
    func adjustmentKeepsTheSign() {
        let model = FellegiSunterModel(
            kind: .person,
            priorProbability: 0.001,
            comparisons: [
                ComparisonParameters(
                    name: "address",
                    label: "address",
                    levels: [
                        LevelParameters(
                            name: "exact",
                            label: "identical",
                            m: 0.9,
                            u: 0.01,
                            termFrequencyAdjusted: true
                        ),
                        // A neighbour's house at the postcode: weighs against, adjusted by the postcode.
                        LevelParameters(
                            name: "postcode",
                            label: "same postcode",
                            m: 0.01,
                            u: 0.05,
                            termFrequencyAdjusted: true
                        ),
                        LevelParameters(name: "other", label: "different", m: 0.09, u: 0.94),
                    ]
                )
            ]
        )
        let scorer = ScoringTable(model: model)
        var neighbour = ComparedPair()
        neighbour.vector[0] = 1
        neighbour.frequencies[0] = 1e-7
        #expect(abs(scorer.weight(of: neighbour) - model.priorWeight) < 1e-9, "a rare postcode: nothing, not for")
        var commonest = ComparedPair()
        commonest.vector[0] = 0
        commonest.frequencies[0] = 0.9
        #expect(
            scorer.weight(of: commonest) == model.priorWeight,
            "the commonest value agreeing is nothing, not against"
        )
        let explanation = model.explain(neighbour, values: [ComparedValues(record: "40 A ST", employee: "12 A ST")])
        #expect(abs(explanation.matchWeight - scorer.weight(of: neighbour)) < 1e-12, "the explanation agrees")
        #expect(FellegiSunterModel.adjustment(-3, keepingTheSignOf: 2) == -2)
        #expect(FellegiSunterModel.adjustment(5, keepingTheSignOf: -2) == 2)
        #expect(FellegiSunterModel.adjustment(-1, keepingTheSignOf: 2) == -1)
    }
}

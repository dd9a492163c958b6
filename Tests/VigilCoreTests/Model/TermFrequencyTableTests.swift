import Testing
import VigilCore

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
}

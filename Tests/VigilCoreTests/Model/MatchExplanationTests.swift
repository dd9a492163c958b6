import Foundation
import Testing
import VigilCore

@Suite struct MatchExplanationTests {
    static let model = FellegiSunterModel(
        kind: .person,
        priorProbability: 0.001,
        comparisons: [
            ComparisonParameters(
                name: "surname",
                label: "surname",
                levels: [
                    LevelParameters(name: "exact", label: "identical", m: 0.9, u: 0.01, termFrequencyAdjusted: true),
                    LevelParameters(name: "other", label: "different", m: 0.1, u: 0.99),
                ],
                termFrequencyColumn: "surname"
            ),
            ComparisonParameters(
                name: "date_of_birth",
                label: "date of birth",
                levels: [
                    LevelParameters(name: "exact", label: "identical", m: 0.8, u: 0.0005),
                    LevelParameters(name: "other", label: "different", m: 0.2, u: 0.9995),
                ]
            ),
        ]
    )

    @Test("the explanation's terms add up to the weight the scorer gives")
    func termsSumToScore() {
        var pair = ComparedPair()
        pair.vector[0] = 0
        pair.vector[1] = 0
        pair.frequencies[0] = 0.04
        let explanation = Self.model.explain(
            pair,
            values: [.init(record: "SINGH", employee: "SINGH"), .init(record: "1980-01-02", employee: "1980-01-02")]
        )
        let scored = ScoringTable(model: Self.model).weight(of: pair)
        #expect(abs(explanation.matchWeight - scored) < 1e-9)
        #expect(explanation.terms[0].termFrequencyAdjustment < 0, "a common surname weakens the evidence")
        #expect(abs(explanation.terms[1].weight - log2(0.8 / 0.0005)) < 1e-9)
        #expect(
            explanation.plainWords.contains {
                $0.hasPrefix("date of birth identical (1980-01-02 vs 1980-01-02): +10.6")
            }
        )
    }

    @Test("a missing comparison adds nothing and says so")
    func missingAddsNothing() {
        var pair = ComparedPair()
        pair.vector[0] = 1
        let explanation = Self.model.explain(pair, values: [])
        #expect(explanation.terms[1].level == "missing")
        #expect(explanation.terms[1].totalWeight == 0)
        #expect(abs(explanation.matchWeight - (Self.model.priorWeight + log2(0.1 / 0.99))) < 1e-9)
    }

    @Test("probabilities stay within 0 and 1 for any weight")
    func probabilityBounds() {
        for weight in stride(from: -2000.0, through: 2000.0, by: 37.5) {
            let probability = FellegiSunterModel.probability(ofWeight: weight)
            #expect(probability >= 0 && probability <= 1)
        }
    }
}

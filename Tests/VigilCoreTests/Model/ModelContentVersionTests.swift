import Foundation
import Testing
import VigilCore

@Suite struct ModelContentVersionTests {
    static func table(_ column: String, _ frequencies: [String: Double]) -> TermFrequencyTable {
        TermFrequencyTable(column: column, frequencies: frequencies, unseenFrequency: 1e-5, sampleSize: 1_000)
    }

    static func model(
        surnames: [String: Double] = ["KHAN": 0.02, "SINGH": 0.03, "QUINTON": 0.001],
        homePostcodes: [String: Double]? = nil,
        threshold: Double = 0.9,
        trainedAt: String = "2026-11-30T08:00:00Z"
    ) -> LinkageModel {
        let person = FellegiSunterModel(
            kind: .person,
            priorProbability: 1e-4,
            comparisons: PersonComparison.untrained,
            termFrequencies: ["surname": table("surname", surnames)],
            threshold: threshold
        )
        let home = homePostcodes.map {
            FellegiSunterModel(
                kind: .homeAddress,
                priorProbability: 0.4,
                comparisons: HomeAddressComparison.untrained,
                termFrequencies: ["postcode": table("postcode", $0)],
                threshold: 0.5
            )
        }
        let report = TrainingReport(
            rosterSize: 10,
            recordsSeen: 100,
            recordsUsed: 100,
            locationsUsed: 0,
            randomPairsForU: 1_000,
            seed: 1,
            sessions: []
        )
        return LinkageModel(person: person, homeAddress: home, training: report, trainedAt: trainedAt)
    }

    @Test("the same parameters get the same version, whenever the model was trained")
    func stable() {
        let first = Self.model(trainedAt: "2026-11-30T08:00:00Z")
        let second = Self.model(trainedAt: "2026-12-01T09:30:00Z")
        #expect(first.version == second.version)
        #expect(first.version.count == 17 && first.version.hasPrefix("m"))
        #expect(first.contentVersion() == first.version)
    }

    @Test("any change to a parameter or a term frequency gives another version")
    func changes() {
        let base = Self.model().version
        #expect(Self.model(threshold: 0.95).version != base)
        #expect(Self.model(surnames: ["KHAN": 0.02, "SINGH": 0.03, "QUINTON": 0.002]).version != base)
        #expect(Self.model(surnames: ["KHAN": 0.02, "SINGH": 0.03]).version != base)
        #expect(Self.model(surnames: ["KHAN": 0.02, "SINGH": 0.03, "QUINTEN": 0.001]).version != base)
        #expect(Self.model(homePostcodes: ["B1 1AA": 0.01]).version != base)
        #expect(
            Self.model(homePostcodes: ["B1 1AA": 0.01]).version != Self.model(homePostcodes: ["B1 1AB": 0.01]).version
        )
    }

    @Test("the version survives saving: a decoded model hashes to the version it carries")
    func survivesCoding() throws {
        let model = Self.model(homePostcodes: ["B1 1AA": 0.01, "CV1 2AB": 0.02])
        let data = try JSONEncoder().encode(model)
        let decoded = try JSONDecoder().decode(LinkageModel.self, from: data)
        #expect(decoded.contentVersion() == model.version)
    }
}

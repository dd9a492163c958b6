import Testing

@testable import VigilCore

/// Names recorded the other way round, weighed by how common the pair of names is.
@Suite struct SwappedNameFrequencyTests {
    static let tables = [
        "forename": TermFrequencyTable(
            column: "forename",
            // A Muhammad form alone counts as every spelling of Muhammad together.
            frequencies: [PersonFeatureExtractor.muhammadFrequencyKey: 0.05],
            unseenFrequency: 1e-5,
            sampleSize: 1
        ),
        "surname": TermFrequencyTable(
            column: "surname",
            frequencies: ["KHAN": 0.04],
            unseenFrequency: 1e-5,
            sampleSize: 1
        ),
    ]

    static func pair(_ forename: String, _ surname: String) -> (forward: ComparedPair, backward: ComparedPair) {
        var extractor = PersonFeatureExtractor(termFrequencies: tables)
        let record = extractor.features(
            of: PersonRecord(recordID: "R", source: .crime, forenames: surname, surname: forename, dateOfBirth: nil)
        )
        let employee = extractor.features(
            of: Employee(employeeID: "E", forenames: forename, surname: surname, dateOfBirth: nil)
        )
        return (PersonComparator.compare(record, employee), PersonComparator.compare(employee, record))
    }

    @Test("the pair's frequency is the forename's times the surname's, whichever side is looked from")
    func frequencyOfThePair() {
        let common = Self.pair("Mohammed", "Khan")
        #expect(common.forward.vector[PersonComparison.nameSwap] == PersonComparison.SwapLevel.swapped.rawValue)
        #expect(abs(common.forward.frequencies[PersonComparison.nameSwap] - 0.05 * 0.04) < 1e-12)
        #expect(common.forward == common.backward)
    }

    @Test("MOHAMMED KHAN the other way round weighs less than a rare pair the other way round")
    func commonPairWeighsLess() {
        let model = FellegiSunterModel(
            kind: .person,
            priorProbability: 1e-4,
            comparisons: PersonComparison.untrained,
            threshold: 0.9
        )
        let table = ScoringTable(model: model)
        let common = table.weight(of: Self.pair("Mohammed", "Khan").forward)
        let rare = table.weight(of: Self.pair("Zephyrine", "Quillberry").forward)
        #expect(common < rare - 10, "common \(common), rare \(rare)")
    }
}

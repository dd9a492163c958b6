import Foundation
import Testing

@testable import VigilCore

/// Names recorded the other way round with a lone Muhammad in the surname's place: compared put back in
/// their places, where a lone Muhammad against a Muhammad prefix agrees only at the middle-name level.
@Suite struct MuhammadSwapTests {
    typealias Forename = PersonComparison.ForenameLevel
    typealias Surname = PersonComparison.SurnameLevel

    static let tables = [
        "forename": TermFrequencyTable(
            column: "forename",
            frequencies: [PersonFeatureExtractor.muhammadFrequencyKey: 0.05, "IMRAN": 0.004],
            unseenFrequency: 1e-6,
            sampleSize: 1
        ),
        "surname": TermFrequencyTable(
            column: "surname",
            frequencies: ["KHAN": 0.03, "MOHAMMED": 0.01],
            unseenFrequency: 1e-6,
            sampleSize: 1
        ),
    ]

    static func linker(_ employees: [Employee]) -> RecordLinker {
        var model = SurnamePartFrequencyTests.model(rosterSize: employees.count)
        model.person.termFrequencies = tables
        return RecordLinker(model: model, roster: IndexedRoster(employees: employees, model: model))
    }

    static func employee(_ forenames: String, _ surname: String) -> Employee {
        Employee(
            employeeID: "E1",
            forenames: forenames,
            surname: surname,
            dateOfBirth: CalendarDate(year: 1979, month: 11, day: 23),
            addressLine: "40 Park Lane",
            town: "Walsall",
            postcode: "WS1 2AB"
        )
    }

    static func record(_ forenames: String, _ surname: String, address: String = "40 Park Lane") -> PersonRecord {
        PersonRecord(
            recordID: "R1",
            source: .intelligence,
            forenames: forenames,
            surname: surname,
            dateOfBirth: CalendarDate(year: 1979, month: 11, day: 23),
            addressLine: address,
            town: "Walsall",
            postcode: address == "40 Park Lane" ? "WS1 2AB" : "WS9 9ZZ"
        )
    }

    static func pair(_ linker: RecordLinker, _ record: PersonRecord) -> ComparedPair {
        var extractor = linker.makeExtractor()
        return PersonComparator.compare(extractor.features(of: record), linker.roster.features[0])
    }

    @Test(
        "KHAN, MOHAMMED for Muhammad Imran Khan weighs as MOHAMMED KHAN does, in any spelling of Muhammad",
        arguments: ["Mohammed", "Muhammad", "Mohamed", "Md", "Mohd", "M"]
    )
    func swappedLoneMuhammad(muhammad: String) {
        let linker = Self.linker([Self.employee("Muhammad Imran", "Khan")])
        let swapped = Self.pair(linker, Self.record("Khan", muhammad))
        #expect(swapped.vector[PersonComparison.forename] == Forename.middleName.rawValue)
        #expect(swapped.vector[PersonComparison.surname] == Surname.exact.rawValue)
        #expect(swapped.vector[PersonComparison.nameSwap] == nil)
        #expect(swapped.frequencies[PersonComparison.surname] == 0.03)
        let usual = Self.pair(linker, Self.record(muhammad, "Khan"))
        #expect(usual.vector[PersonComparison.forename] == Forename.middleName.rawValue)
        let table = ScoringTable(model: linker.model.person)
        let notSwapped = linker.model.person.comparisons[PersonComparison.nameSwap]
            .weight(ofLevel: PersonComparison.SwapLevel.notSwapped.rawValue)
        #expect(abs(table.weight(of: swapped) - (table.weight(of: usual) - notSwapped)) < 1e-9)
    }

    @Test("a lone Muhammad in the roster's surname field against the record's Muhammad prefix is put back too")
    func mirrored() {
        let linker = Self.linker([Self.employee("Imran", "Mohammed")])
        let pair = Self.pair(linker, Self.record("Muhammad Asif", "Imran"))
        #expect(pair.vector[PersonComparison.forename] == Forename.middleName.rawValue)
        #expect(pair.vector[PersonComparison.surname] == Surname.exact.rawValue)
        #expect(pair.vector[PersonComparison.nameSwap] == nil)
    }

    @Test("without a Muhammad prefix the swap levels still decide: both names swapped, or only the surname")
    func otherSwapsUnchanged() {
        let lone = Self.linker([Self.employee("Mohammed", "Khan")])
        let both = Self.pair(lone, Self.record("Khan", "Mohammed"))
        #expect(both.vector[PersonComparison.nameSwap] == PersonComparison.SwapLevel.swapped.rawValue)
        let noPrefix = Self.linker([Self.employee("Imran", "Khan")])
        let crossed = Self.pair(noPrefix, Self.record("Khan", "Mohammed"))
        #expect(crossed.vector[PersonComparison.nameSwap] == PersonComparison.SwapLevel.surnameCrossed.rawValue)
    }

    @Test("the explanation says the names were the other way round and what the lone Muhammad agreed with")
    func explained() throws {
        let linker = Self.linker([Self.employee("Muhammad Imran", "Khan")])
        let explanation = linker.explainPerson(Self.record("Khan", "Mohammed"), employeeIndex: 0)
        let forename = try #require(explanation.terms.first { $0.comparison == "forename" })
        #expect(forename.levelLabel.contains("the record's surname field gives MOHAMMED"))
        #expect(forename.levelLabel.contains("only with the Muhammad before the name in use"))
        let surname = try #require(explanation.terms.first { $0.comparison == "surname" })
        #expect(surname.levelLabel.contains("KHAN, in the record's forenames field"))
        let swap = try #require(explanation.terms.first { $0.comparison == "name_swap" })
        #expect(swap.levelLabel.hasPrefix("not compared: the names, the other way round"))
        #expect(
            abs(
                explanation.matchWeight
                    - ScoringTable(model: linker.model.person).weight(
                        of: Self.pair(linker, Self.record("Khan", "Mohammed"))
                    )
            ) < 1e-9
        )
    }

    @Test("the scoring floor allows for the surname put back being rarer than the record's own")
    func boundAllowsThePutBackSurname() throws {
        // The record's surname MOHAMMED is common; the surname it is put back to, QURESHI, is rare.
        let linker = Self.linker([Self.employee("Muhammad Imran", "Qureshi")])
        var extractor = linker.makeExtractor()
        let record = extractor.features(of: Self.record("Qureshi", "Mohammed", address: "3 Oak Road"))
        var candidates: [Int32] = []
        let full = try #require(linker.bestPersonMatch(features: record, recordID: "R1", candidates: &candidates))
        let floored = linker.bestPersonMatch(
            features: record,
            recordID: "R1",
            candidates: &candidates,
            scoringFloor: full.matchWeight - 0.01
        )
        #expect(floored?.matchWeight == full.matchWeight)
    }
}

import Foundation
import Testing

@testable import VigilCore

/// A part of a hyphenated surname, or a previous surname, agreeing is adjusted for how common the part
/// is, against the exact level's u, as exact agreement is: in scoring, in the bounds that prune
/// candidates, in explanations and in training.
@Suite struct SurnamePartFrequencyTests {
    static let tables = [
        "surname": TermFrequencyTable(
            column: "surname",
            frequencies: ["KHAN": 0.03, "PATEL": 0.02],
            unseenFrequency: 1e-6,
            sampleSize: 1
        )
    ]

    static func linker(_ employees: [Employee]) -> RecordLinker {
        let model = Self.model(rosterSize: employees.count)
        return RecordLinker(model: model, roster: IndexedRoster(employees: employees, model: model))
    }

    static func model(rosterSize: Int) -> LinkageModel {
        var person = FellegiSunterModel(
            kind: .person,
            priorProbability: 1e-4,
            comparisons: PersonComparison.untrained,
            threshold: 0.9
        )
        person.termFrequencies = tables
        let report = TrainingReport(
            rosterSize: rosterSize,
            recordsSeen: 0,
            recordsUsed: 0,
            locationsUsed: 0,
            randomPairsForU: 0,
            seed: 1,
            sessions: []
        )
        return LinkageModel(person: person, homeAddress: nil, training: report, trainedAt: "")
    }

    static func employee(_ id: String, _ surname: String) -> Employee {
        Employee(
            employeeID: id,
            forenames: "Imran",
            surname: surname,
            dateOfBirth: CalendarDate(year: 1984, month: 6, day: 9),
            addressLine: "12 High Street",
            town: "Birmingham",
            postcode: "B1 1AA"
        )
    }

    static func record(
        _ surname: String,
        address: String = "12 High St",
        postcode: String = "B1 1AA"
    )
        -> PersonRecord
    {
        PersonRecord(
            recordID: "R1",
            source: .crime,
            forenames: "Imran",
            surname: surname,
            dateOfBirth: CalendarDate(year: 1984, month: 6, day: 9),
            addressLine: address,
            town: "Birmingham",
            postcode: postcode
        )
    }

    @Test("Imran Khan scores lower against an employee Imran Patel-Khan than against an employee Imran Khan")
    func partNeverAboveExact() throws {
        let linker = Self.linker([Self.employee("E1", "Khan"), Self.employee("E2", "Patel-Khan")])
        var extractor = linker.makeExtractor()
        let record = extractor.features(of: Self.record("Khan"))
        let table = ScoringTable(model: linker.model.person)
        let exactPair = PersonComparator.compare(record, linker.roster.features[0])
        let partPair = PersonComparator.compare(record, linker.roster.features[1])
        #expect(partPair.vector[PersonComparison.surname] == PersonComparison.SurnameLevel.previousOrPart.rawValue)
        #expect(partPair.frequencies[PersonComparison.surname] == 0.03, "KHAN's frequency, not PATELKHAN's")
        #expect(table.weight(of: partPair) < table.weight(of: exactPair))
        var candidates: [Int32] = []
        let best = try #require(linker.bestPersonMatch(features: record, recordID: "R1", candidates: &candidates))
        #expect(best.employeeID == "E1")
    }

    @Test("a rare part agreeing is strengthened as a rare whole surname is, and never above it")
    func rarePart() {
        let linker = Self.linker([Self.employee("E1", "Oxby"), Self.employee("E2", "Oxby-Sudmore")])
        var extractor = linker.makeExtractor()
        let record = extractor.features(of: Self.record("Oxby"))
        let table = ScoringTable(model: linker.model.person)
        let part = PersonComparator.compare(record, linker.roster.features[1])
        let surname = PersonComparison.surname
        let partLevel = PersonComparison.SurnameLevel.previousOrPart.rawValue
        let unadjusted = linker.model.person.comparisons[surname].weight(ofLevel: partLevel)
        let adjustment = log2(0.005 / 1e-6)
        var withoutSurname = part
        withoutSurname.vector[surname] = nil
        #expect(abs(table.weight(of: part) - table.weight(of: withoutSurname) - (unadjusted + adjustment)) < 1e-9)
        #expect(table.weight(of: part) < table.weight(of: PersonComparator.compare(record, linker.roster.features[0])))
    }

    @Test("the explanation adjusts a part agreement by the part's frequency and adds up to the score")
    func explained() throws {
        let linker = Self.linker([Self.employee("E1", "Patel-Khan")])
        let explanation = linker.explainPerson(Self.record("Khan"), employeeIndex: 0)
        let term = try #require(explanation.terms.first { $0.comparison == "surname" })
        #expect(term.level == "previous_or_part")
        #expect(abs(term.termFrequencyAdjustment - log2(0.005 / 0.03)) < 1e-9)
        var extractor = linker.makeExtractor()
        let pair = PersonComparator.compare(extractor.features(of: Self.record("Khan")), linker.roster.features[0])
        #expect(abs(explanation.matchWeight - ScoringTable(model: linker.model.person).weight(of: pair)) < 1e-9)
    }

    @Test("a part rarer than the record's whole surname is not pruned by the scoring floor")
    func boundAllowsARarePart() throws {
        // KHAN is common, the maiden name ZYXW rare: the part agreeing weighs far more than KHAN would.
        let linker = Self.linker([Self.employee("E1", "Zyxw")])
        var extractor = linker.makeExtractor()
        let record = extractor.features(of: Self.record("Khan (nee Zyxw)", address: "3 Oak Road", postcode: "WS1 1AA"))
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

    @Test("at the employee's house too, a part of the surname never weighs more than the whole surname")
    func household() throws {
        var model = Self.model(rosterSize: 2)
        let surname = PersonComparison.surname
        var u = model.person.comparisons.map { $0.levels.map(\.u) }
        // Measured on a generated world: the whole surname is shared at one house, a part seldom.
        u[surname] = [0.6168, 0.0169, 0.0020, 0.0009, 0.0051, 0.3582]
        model.person.conditionalU = ConditionalU(
            context: "people at the same address",
            comparison: PersonComparison.address,
            levels: [0, 1, 2],
            u: u,
            exceptWhenAll: ConditionalU.householdExceptions
        )
        model = model.upgraded()
        let linker = RecordLinker(
            model: model,
            roster: IndexedRoster(
                employees: [Self.employee("E1", "Khan"), Self.employee("E2", "Patel-Khan")],
                model: model
            )
        )
        var extractor = linker.makeExtractor()
        // Another birthday at the employee's house: judged against the people who live there.
        var record = Self.record("Khan")
        record.dateOfBirth = CalendarDate(year: 1990, month: 2, day: 3)
        let features = extractor.features(of: record)
        let table = ScoringTable(model: model.person)
        let exact = PersonComparator.compare(features, linker.roster.features[0])
        let part = PersonComparator.compare(features, linker.roster.features[1])
        #expect(model.person.conditionalU?.applies(to: part.vector) == true)
        #expect(table.weight(of: part) <= table.weight(of: exact) + 1e-9)
        #expect(model.upgraded() == model, "idempotent")
    }

    @Test("training learns a part agreement with its own u; only the whole value's chance is its frequency")
    func expectationMaximisation() {
        let comparison = ComparisonParameters(
            name: "surname",
            label: "surname",
            levels: [
                LevelParameters(name: "exact", label: "identical", m: 0.8, u: 0.01, termFrequencyAdjusted: true),
                LevelParameters(
                    name: "previous_or_part",
                    label: "part",
                    m: 0.1,
                    u: 0.002,
                    termFrequencyAdjusted: true,
                    termFrequencyRelativeTo: "exact"
                ),
                LevelParameters(name: "other", label: "different", m: 0.1, u: 0.988),
            ]
        )
        var vector = ComparisonVector()
        vector[0] = 1
        var patterns = AgreementPatternCounts()
        // Band 10 is a frequency of exactly 2^-5.
        patterns.add(AgreementPatternCounts.Pattern(vector: vector, bands: 10))
        var em = ExpectationMaximisation(maximumIterations: 1)
        em.estimatesM = false
        let result = em.run(patterns: patterns, comparisons: [comparison], initialMatchShare: 0.1)
        #expect(abs(result.logLikelihood - log(0.1 * 0.1 + 0.9 * 0.002)) < 1e-12)
        // The whole value agreeing, in the same band, is as likely by chance as its frequency.
        var whole = ComparisonVector()
        whole[0] = 0
        var exact = AgreementPatternCounts()
        exact.add(AgreementPatternCounts.Pattern(vector: whole, bands: 10))
        let exactResult = em.run(patterns: exact, comparisons: [comparison], initialMatchShare: 0.1)
        #expect(abs(exactResult.logLikelihood - log(0.1 * 0.8 + 0.9 * exp2(-5))) < 1e-12)
    }

    @Test("a version 1 model is read with its part level adjusted, and refused with a level that is not there")
    func upgradedFromVersion1() throws {
        var old = Self.model(rosterSize: 1)
        let surname = PersonComparison.surname
        let part = PersonComparison.SurnameLevel.previousOrPart.rawValue
        old.formatVersion = 1
        old.person.comparisons[surname].levels[part].termFrequencyAdjusted = false
        old.person.comparisons[surname].levels[part].termFrequencyRelativeTo = nil
        let data = try JSONEncoder().encode(old)
        #expect(String(decoding: data, as: UTF8.self).contains("termFrequencyRelativeTo") == false)
        let read = try JSONDecoder().decode(LinkageModel.self, from: data).upgraded()
        #expect(read.formatVersion == LinkageModel.currentFormatVersion)
        #expect(read.person.comparisons[surname].levels[part].termFrequencyAdjusted)
        #expect(read.person.comparisons[surname].levels[part].termFrequencyRelativeTo == "exact")
        #expect(read.upgraded() == read, "idempotent")
        #expect(read.valueProblem() == nil)
        var wrong = read
        wrong.person.comparisons[surname].levels[part].termFrequencyRelativeTo = "whole"
        #expect(wrong.valueProblem()?.contains("'whole'") == true)
    }
}

import Testing
import VigilCore

@Suite struct RecordLinkerTests {
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static func linker(_ employees: [Employee]) -> RecordLinker {
        let person = FellegiSunterModel(
            kind: .person,
            priorProbability: 1e-4,
            comparisons: PersonComparison.untrained,
            threshold: 0.9
        )
        let report = TrainingReport(
            rosterSize: employees.count,
            recordsSeen: 0,
            recordsUsed: 0,
            locationsUsed: 0,
            randomPairsForU: 0,
            seed: 1,
            sessions: []
        )
        let model = LinkageModel(person: person, homeAddress: nil, training: report, trainedAt: "")
        return RecordLinker(model: model, roster: IndexedRoster(employees: employees, model: model))
    }

    static func employee(_ id: String, _ forenames: String, _ surname: String) -> Employee {
        Employee(
            employeeID: id,
            forenames: forenames,
            surname: surname,
            dateOfBirth: date(1988, 9, 17),
            addressLine: "7 Canal Close",
            town: "Dudley",
            postcode: "DY1 4AB"
        )
    }

    static let record = PersonRecord(
        recordID: "R1",
        source: .custody,
        forenames: "Leah",
        surname: "Patel",
        dateOfBirth: date(1988, 9, 17),
        addressLine: "7 Canal Cl",
        town: "Dudley",
        postcode: "dy14ab"
    )

    @Test("a record links to its best employee with a high probability")
    func best() throws {
        let linker = Self.linker([Self.employee("E1", "Leah", "Patel"), Self.employee("E2", "Omar", "Hussain")])
        var extractor = linker.makeExtractor()
        var candidates: [Int32] = []
        let result = try #require(
            linker.bestPersonMatch(for: Self.record, extractor: &extractor, candidates: &candidates)
        )
        #expect(result.employeeID == "E1")
        #expect(result.matchProbability > 0.99)
        #expect(!result.isAmbiguous)
        let explained = linker.explainPerson(Self.record, employeeIndex: result.employeeIndex)
        #expect(abs(explained.matchWeight - result.matchWeight) < 1e-9, "the explanation adds up to the score")
    }

    @Test("with crossed or swapped names the explanation says the names are weighed together, not missing")
    func namesWeighedTogether() throws {
        let linker = Self.linker([Self.employee("E1", "Leah", "Patel")])
        func words(forenames: String, surname: String) -> [String: String] {
            var record = Self.record
            record.forenames = forenames
            record.surname = surname
            let terms = linker.explainPerson(record, employeeIndex: 0).terms
            return Dictionary(uniqueKeysWithValues: terms.map { ($0.comparison, $0.plainWords) })
        }
        let crossed = words(forenames: "Garnett", surname: "Leah")
        #expect(
            crossed["forename"] == "forename not compared on its own (the two names are weighed together below): +0.0"
        )
        #expect(crossed["surname"]?.contains("weighed together below") == true)
        #expect(
            crossed["name_swap"]?.hasPrefix("forename and surname forename in the surname's place, surnames differ")
                == true
        )
        let swapped = words(forenames: "Patel", surname: "Leah")
        #expect(swapped["forename"]?.contains("weighed together below") == true)
        let blank = words(forenames: "", surname: "Patel")
        #expect(blank["forename"] == "forename not compared (missing on one side): +0.0")
    }

    @Test("a surname standing in for a family name, or a date near a 1 January birthday, says why it was not compared")
    func whyNotCompared() throws {
        var begum = Self.employee("E1", "Ayesha", "Begum")
        begum.dateOfBirth = Self.date(1964, 1, 1)
        let linker = Self.linker([begum])
        var record = Self.record
        record.forenames = "Ayesha"
        record.surname = "Bibi"
        record.dateOfBirth = Self.date(1964, 1, 2)
        let terms = linker.explainPerson(record, employeeIndex: 0).terms
        let words = Dictionary(uniqueKeysWithValues: terms.map { ($0.comparison, $0.plainWords) })
        #expect(
            words["surname"]
                == "surname not compared (BIBI vs BEGUM): BIBI is often recorded in place of a family name, so a "
                + "different surname says little: +0.0"
        )
        #expect(
            words["date_of_birth"]?.hasPrefix("date of birth not compared (1964-01-02 vs 1964-01-01): police") == true
        )
        #expect(words["date_of_birth"]?.contains("a date one slip away from it proves little") == true)
        #expect(
            words["name_swap"]?.contains("not compared (the surname is not compared, so neither is a swap)") == true
        )
        record.surname = "Patel"
        record.dateOfBirth = nil
        let plain = Dictionary(
            uniqueKeysWithValues: linker.explainPerson(record, employeeIndex: 0).terms.map {
                ($0.comparison, $0.plainWords)
            }
        )
        #expect(plain["date_of_birth"] == "date of birth not compared (missing on one side): +0.0")
    }

    @Test("a lone Muhammad against a Muhammad prefix says which name it agreed with")
    func loneMuhammadExplained() {
        let linker = Self.linker([Self.employee("E1", "Muhammad Abdul", "Khan")])
        var record = Self.record
        record.forenames = "Mohammed"
        record.surname = "Khan"
        let forename = linker.explainPerson(record, employeeIndex: 0).terms.first { $0.comparison == "forename" }
        #expect(
            forename?.plainWords.hasPrefix(
                "forename agrees only with the Muhammad before the name in use, which is not given (MOHAMMED vs"
            ) == true,
            "\(forename?.plainWords ?? "")"
        )
    }

    @Test("two employees who score alike make the match ambiguous, naming the runner-up")
    func nearTie() throws {
        let linker = Self.linker([Self.employee("E1", "Leah", "Patel"), Self.employee("E2", "Leah", "Patel")])
        var extractor = linker.makeExtractor()
        var candidates: [Int32] = []
        let result = try #require(
            linker.bestPersonMatch(for: Self.record, extractor: &extractor, candidates: &candidates)
        )
        #expect(result.isAmbiguous)
        #expect(result.runnerUp != nil)
        #expect(candidates.count == 2)
    }
}

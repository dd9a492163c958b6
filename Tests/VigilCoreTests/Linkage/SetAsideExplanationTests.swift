import Testing
import VigilCore

/// Explanations say when a value was given but set aside before comparing (a placeholder date of birth,
/// a placeholder or invalid postcode), and show it as given, rather than calling it missing.
@Suite struct SetAsideExplanationTests {
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static func linker(_ employees: [Employee]) -> RecordLinker {
        let report = TrainingReport(
            rosterSize: employees.count,
            recordsSeen: 0,
            recordsUsed: 0,
            locationsUsed: 0,
            randomPairsForU: 0,
            seed: 1,
            sessions: []
        )
        let model = LinkageModel(
            person: FellegiSunterModel(
                kind: .person,
                priorProbability: 1e-4,
                comparisons: PersonComparison.untrained,
                threshold: 0.9
            ),
            homeAddress: FellegiSunterModel(
                kind: .homeAddress,
                priorProbability: 0.4,
                comparisons: HomeAddressComparison.untrained,
                threshold: 0.5
            ),
            training: report,
            trainedAt: ""
        )
        return RecordLinker(model: model, roster: IndexedRoster(employees: employees, model: model))
    }

    static func employee(dateOfBirth: CalendarDate?, postcode: String = "WS1 1AA") -> Employee {
        Employee(
            employeeID: "E5",
            forenames: "John",
            surname: "Smith",
            dateOfBirth: dateOfBirth,
            addressLine: "1 Some Road",
            town: "Walsall",
            postcode: postcode
        )
    }

    static func record(dateOfBirth: CalendarDate?, postcode: String = "WS1 1AA") -> PersonRecord {
        PersonRecord(
            recordID: "R16",
            source: .crime,
            forenames: "JOHN",
            surname: "SMITH",
            dateOfBirth: dateOfBirth,
            addressLine: "1 Some Road",
            town: "Walsall",
            postcode: postcode
        )
    }

    static func term(_ comparison: String, in explanation: MatchExplanation) throws -> ExplanationTerm {
        try #require(explanation.terms.first { $0.comparison == comparison })
    }

    @Test("a police 1 January is said to look like a placeholder, with the date, not to be missing")
    func policeNewYear() throws {
        let linker = Self.linker([Self.employee(dateOfBirth: Self.date(1975, 1, 1))])
        let explained = linker.explainPerson(Self.record(dateOfBirth: Self.date(1975, 1, 1)), employeeIndex: 0)
        let term = try Self.term("date_of_birth", in: explained)
        #expect(
            term.plainWords
                == "date of birth not compared: the record's date of birth 1975-01-01 looks like a placeholder "
                + "(police systems write 1 January for an unknown birthday): +0.0"
        )
        #expect(term.recordSetAside == "1975-01-01" && term.employeeSetAside == nil)
        #expect(term.level == "missing" && term.weight == 0, "still no evidence either way")
        #expect(!explained.plainWords.joined().contains("missing on one side"))
    }

    @Test("placeholders on both sides, or one side's placeholder beside no date, are each said")
    func bothSidesAndNone() throws {
        let linker = Self.linker([Self.employee(dateOfBirth: Self.date(1900, 1, 1))])
        let both = try Self.term(
            "date_of_birth",
            in: linker.explainPerson(Self.record(dateOfBirth: Self.date(2100, 5, 6)), employeeIndex: 0)
        )
        #expect(
            both.levelLabel
                == "not compared: the record's date of birth 2100-05-06 looks like a placeholder (a year outside "
                + "1900–2099 is a system's filler, not a birthday), and the employee's date of birth 1900-01-01 "
                + "looks like a placeholder (1900-01-01 and 1901-01-01 are systems' fillers for an unknown date)"
        )
        #expect(both.recordSetAside == "2100-05-06" && both.employeeSetAside == "1900-01-01")

        let alone = try Self.term(
            "date_of_birth",
            in: linker.explainPerson(Self.record(dateOfBirth: nil), employeeIndex: 0)
        )
        #expect(alone.levelLabel.hasPrefix("not compared: the employee's date of birth 1900-01-01 looks like"))
        #expect(alone.levelLabel.hasSuffix(", and the record gives none"))

        let missing = Self.linker([Self.employee(dateOfBirth: nil)])
        let plain = try Self.term(
            "date_of_birth",
            in: missing.explainPerson(Self.record(dateOfBirth: nil), employeeIndex: 0)
        )
        #expect(plain.plainWords == "date of birth not compared (missing on one side): +0.0")
        #expect(plain.recordSetAside == nil && plain.employeeSetAside == nil)
    }

    @Test("a placeholder postcode is left out of the address shown and said to be set aside; an invalid one is named")
    func postcodes() throws {
        let linker = Self.linker([Self.employee(dateOfBirth: Self.date(1975, 3, 4))])
        let placeholder = try Self.term(
            "address",
            in: linker.explainPerson(
                Self.record(dateOfBirth: Self.date(1975, 3, 4), postcode: "ZZ99 9ZZ"),
                employeeIndex: 0
            )
        )
        #expect(placeholder.recordValue == "1 SOME ROAD, WALSALL", "\(placeholder.recordValue)")
        #expect(placeholder.recordSetAside == "ZZ99 9ZZ")
        #expect(
            placeholder.levelLabel.hasSuffix(
                "; the record's postcode ZZ99 9ZZ is a placeholder (the code for no fixed abode), not compared"
            ),
            "\(placeholder.levelLabel)"
        )
        #expect(!placeholder.plainWords.contains("WALSALL, ZZ99 9ZZ"), "\(placeholder.plainWords)")

        let invalid = try Self.term(
            "address",
            in: linker.explainPerson(Self.record(dateOfBirth: Self.date(1975, 3, 4), postcode: "ZZZ"), employeeIndex: 0)
        )
        #expect(
            invalid.levelLabel.contains("the record's postcode ZZZ is not a valid UK postcode"),
            "\(invalid.levelLabel)"
        )

        let home = try #require(
            linker.explainHomeAddress(
                IncidentLocation(incidentID: "L1", addressLine: "1 Some Road", town: "Walsall", postcode: "ZZ99 9ZZ"),
                employeeIndex: 0
            )
        )
        let postcode = try Self.term("postcode", in: home)
        #expect(
            postcode.levelLabel
                == "not compared: the incident's postcode ZZ99 9ZZ is a placeholder (the code for no fixed abode)",
            "\(postcode.levelLabel)"
        )
        #expect(postcode.recordValue.isEmpty && postcode.recordSetAside == "ZZ99 9ZZ")
    }
}

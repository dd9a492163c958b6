import Foundation
import Testing
import VigilCore

@testable import VigilWeb

@Suite struct RecordComparisonTests {
    static let born = CalendarDate(year: 1984, month: 6, day: 2)

    static func employee(
        forenames: String = "Patricia Natalie",
        surname: String = "Holt",
        address: String = "Flat 4, 124 Ash Street",
        previousSurnames: [String] = []
    ) -> Employee {
        Employee(
            employeeID: "E1",
            forenames: forenames,
            surname: surname,
            dateOfBirth: born,
            addressLine: address,
            town: "Walsall",
            postcode: "WS1 1AA",
            previousSurnames: previousSurnames
        )
    }

    static func record(
        forenames: String = "Patricia",
        surname: String = "HOLT",
        born: CalendarDate? = born,
        address: String = "124 Ash Street"
    ) -> PersonRecord {
        PersonRecord(
            recordID: "CR-1",
            source: .crime,
            forenames: forenames,
            surname: surname,
            dateOfBirth: born,
            addressLine: address,
            town: "WALSALL",
            postcode: "ws11aa"
        )
    }

    static func term(_ comparison: String, _ level: String, _ label: String) -> ExplanationTerm {
        ExplanationTerm(
            comparison: comparison,
            label: comparison.replacingOccurrences(of: "_", with: " "),
            level: level,
            levelLabel: label,
            weight: 6.9,
            termFrequencyAdjustment: 0,
            recordValue: "",
            employeeValue: ""
        )
    }

    func field(_ comparison: RecordComparison, _ name: String) throws -> RecordComparison.Field {
        try #require(comparison.fields.first { $0.name == name })
    }

    @Test("a record giving only the first of the forenames partly agrees, and says so")
    func firstForenameOnly() throws {
        let forenames = try field(RecordComparison(employee: Self.employee(), record: Self.record()), "Forenames")
        #expect(forenames.agreement == .partlyAgrees)
        #expect(forenames.how == "the record gives only the first of the forenames")
    }

    @Test("every spelling of Muhammad is one name: the forenames agree and say why, whatever the explanation")
    func muhammadSpellings() throws {
        let identical = MatchExplanation(
            kind: .person,
            priorWeight: -12,
            terms: [Self.term("forename", "exact", "identical")]
        )
        for (roster, record, spellings) in [
            ("Muhammad Asif", "Mohammed Asif", "MUHAMMAD and MOHAMMED"),
            ("Mohd Imran", "Md Imran", "MOHD and MD"),
            ("Mohamed", "Mohammad", "MOHAMED and MOHAMMAD"),
            ("Asif Muhammad", "ASIF MOHAMMED", "MUHAMMAD and MOHAMMED"),
        ] {
            let employee = Self.employee(forenames: roster)
            for explanation in [nil, identical] {
                let comparison = RecordComparison(
                    employee: employee,
                    record: Self.record(forenames: record),
                    explanation: explanation
                )
                let forenames = try field(comparison, "Forenames")
                #expect(forenames.agreement == .agrees, "\(roster) / \(record)")
                #expect(forenames.how == "different spellings of one name: \(spellings)")
            }
        }
        // Another name beside the Muhammad still differs in part, as before.
        let other = RecordComparison(
            employee: Self.employee(forenames: "Muhammad Asif"),
            record: Self.record(forenames: "Mohammed Imran"),
            explanation: identical
        )
        #expect(try field(other, "Forenames").agreement == .partlyAgrees)
        let nickname = RecordComparison(
            employee: Self.employee(forenames: "Robert"),
            record: Self.record(forenames: "Bob")
        )
        #expect(try field(nickname, "Forenames").agreement == .differs)
    }

    @Test("a Muhammad prefix set aside as the engine sets it aside: the names in use agree and say why")
    func muhammadPrefix() throws {
        let identical = MatchExplanation(
            kind: .person,
            priorWeight: -12,
            terms: [Self.term("forename", "exact", "identical")]
        )
        for (roster, record, how) in [
            (
                "Muhammad Ali", "Mohamed Ali Ahmed",
                "the name in use, ALI, is the same; MUHAMMAD and MOHAMED are spellings of one name, a prefix "
                    + "both give; the record also gives AHMED"
            ),
            (
                "Mohammed Zubair", "M Zubair",
                "the name in use, ZUBAIR, is the same; the record gives only the initial M of the prefix MOHAMMED"
            ),
            (
                "Muhammad Hassan", "Hassan Mohammed",
                "the name in use, HASSAN, is the same; MUHAMMAD is a prefix the record gives after the name in "
                    + "use as MOHAMMED"
            ),
            (
                "Zubair", "Mohammed Zubair",
                "the name in use, ZUBAIR, is the same; MOHAMMED is a prefix the roster leaves out"
            ),
        ] {
            for explanation in [nil, identical] {
                let comparison = RecordComparison(
                    employee: Self.employee(forenames: roster),
                    record: Self.record(forenames: record),
                    explanation: explanation
                )
                let forenames = try field(comparison, "Forenames")
                #expect(forenames.agreement == .agrees, "\(roster) / \(record)")
                #expect(forenames.how == how, "\(roster) / \(record)")
            }
        }
        // A different name in use after the prefix is not the same name.
        for (roster, record) in [("Muhammad Ali", "Mohamed Imran"), ("Mohammed Zubair", "M Imran"), ("Md", "Md Asif")] {
            let comparison = RecordComparison(
                employee: Self.employee(forenames: roster),
                record: Self.record(forenames: record)
            )
            #expect(try field(comparison, "Forenames").agreement != .agrees, "\(roster) / \(record)")
        }
        // Spellings count as one name when one side gives only some of the forenames.
        let some = RecordComparison(
            employee: Self.employee(forenames: "Asif Muhammad Khan"),
            record: Self.record(forenames: "Asif Mohammed")
        )
        #expect(try field(some, "Forenames").how == "the record gives only the first 2 forenames")
    }

    @Test("an address with the flat on one side only partly agrees, saying the flat is missing")
    func flatOnOneSide() throws {
        let address = try field(RecordComparison(employee: Self.employee(), record: Self.record()), "Address")
        #expect(address.agreement == .partlyAgrees)
        #expect(address.how?.hasPrefix("the flat is missing on one side") == true)
    }

    @Test("a road abbreviation is the same address, compared as VigilCore writes it out")
    func abbreviation() throws {
        let comparison = RecordComparison(
            employee: Self.employee(forenames: "Patricia", address: "12 Sherwood Avenue"),
            record: Self.record(address: "12 SHERWOOD AVE")
        )
        let address = try field(comparison, "Address")
        #expect(address.agreement == .agrees)
        #expect(address.how == "abbreviation: AVE for AVENUE")
        #expect(comparison.summary == "6 of 6 fields agree")
    }

    @Test("the caption counts fields that partly agree apart from those that agree")
    func summary() {
        let comparison = RecordComparison(employee: Self.employee(), record: Self.record())
        #expect(comparison.summary == "4 of 6 fields agree, 2 partly")
        #expect(
            comparison.table(caption: "HR roster beside crime record CR-1").markup.contains(
                "<tr class=\"partly-agrees\"><th scope=\"row\">Forenames</th>"
            )
        )
        #expect(comparison.table(caption: "x").markup.contains(">partly agrees</span>"))
    }

    @Test("names given the other way round partly agree rather than both differing")
    func swappedNames() throws {
        let comparison = RecordComparison(
            employee: Self.employee(forenames: "John", surname: "Smith"),
            record: Self.record(forenames: "Smith", surname: "John")
        )
        #expect(try field(comparison, "Forenames").agreement == .partlyAgrees)
        #expect(try field(comparison, "Surname").how == "the forename and surname are given the other way round")
    }

    @Test("a previous surname and a transposed date of birth partly agree")
    func previousSurnameAndTransposedDate() throws {
        let comparison = RecordComparison(
            employee: Self.employee(surname: "Holt", previousSurnames: ["Khan"]),
            record: Self.record(surname: "Khan", born: CalendarDate(year: 1984, month: 2, day: 6))
        )
        #expect(try field(comparison, "Surname").agreement == .partlyAgrees)
        #expect(try field(comparison, "Date of birth").how == "day and month transposed")
    }

    @Test("a level the match counts as agreement is never shown as plain differs")
    func consistentWithExplanation() throws {
        let employee = Self.employee(forenames: "Robert", surname: "Nowak", address: "3 Elm Road")
        let record = Self.record(
            forenames: "Bob",
            surname: "Nowakowski",
            born: CalendarDate(year: 1974, month: 1, day: 9),
            address: "Elm Cottage, Oak Lane"
        )
        let bare = RecordComparison(employee: employee, record: record)
        for name in ["Forenames", "Surname", "Date of birth", "Address"] {
            #expect(try field(bare, name).agreement == .differs, "\(name)")
        }
        let explanation = MatchExplanation(
            kind: .person,
            priorWeight: -12,
            terms: [
                Self.term("forename", "variant", "a known variant (e.g. Robert/Bob)"),
                Self.term("surname", "jaro_winkler_0.88", "similar spelling"),
                Self.term("date_of_birth", "exact", "identical"),
                Self.term("address", "whole_address", "identical"),
            ]
        )
        let explained = RecordComparison(employee: employee, record: record, explanation: explanation)
        for name in ["Forenames", "Surname", "Date of birth", "Address"] {
            #expect(try field(explained, name).agreement == .partlyAgrees, "\(name)")
        }
        #expect(
            try field(explained, "Forenames").how
                == "as the match explanation says: forename a known variant (e.g. Robert/Bob)"
        )
    }

    @Test("a date of birth the match did not compare (a placeholder) reads as missing, with the reason")
    func placeholderDate() throws {
        let near = Self.record(born: CalendarDate(year: 1984, month: 6, day: 1))
        #expect(
            try field(RecordComparison(employee: Self.employee(), record: near), "Date of birth").agreement
                == .partlyAgrees
        )
        for (born, label) in [
            (CalendarDate(year: 1900, month: 1, day: 1), "missing"),
            (CalendarDate(year: 1984, month: 1, day: 1), "missing"),
            (CalendarDate(year: 1984, month: 6, day: 1), "not compared (1984-06-01 vs 1984-06-02): a reason"),
        ] {
            let record = Self.record(born: born)
            let explanation = MatchExplanation(
                kind: .person,
                priorWeight: -12,
                terms: [Self.term("date_of_birth", "missing", label)]
            )
            let compared = RecordComparison(employee: Self.employee(), record: record, explanation: explanation)
            let date = try field(compared, "Date of birth")
            #expect(date.agreement == .missing, "\(String(describing: born))")
            #expect(
                date.how
                    == (label == "missing"
                        ? "not compared: a placeholder police systems write for an unknown date" : label)
            )
        }
    }

    @Test("levels that do not agree, and the address's postcode and town levels, leave a difference alone")
    func differencesStay() throws {
        let employee = Self.employee(forenames: "Robert", address: "3 Elm Road")
        let record = Self.record(forenames: "Alan", address: "9 Oak Lane")
        let explanation = MatchExplanation(
            kind: .person,
            priorWeight: -12,
            terms: [Self.term("forename", "other", "different"), Self.term("address", "postcode", "same postcode")]
        )
        let comparison = RecordComparison(employee: employee, record: record, explanation: explanation)
        #expect(try field(comparison, "Forenames").agreement == .differs)
        #expect(try field(comparison, "Address").agreement == .differs)
        #expect(try field(comparison, "Postcode").agreement == .agrees)
    }
}

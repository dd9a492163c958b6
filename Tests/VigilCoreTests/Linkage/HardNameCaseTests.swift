import Testing

@testable import VigilCore

/// Names and dates a tester found weighed wrongly: Muhammad alone or as an initial, initials with dots,
/// the first half of a hyphenated surname, surnames that stand in for a family name, and dates near an
/// employee's 1 January.
@Suite struct HardNameCaseTests {
    typealias Forename = PersonComparison.ForenameLevel
    typealias Surname = PersonComparison.SurnameLevel
    typealias Dates = PersonComparison.DateLevel

    static func compare(
        _ record: PersonRecord,
        _ employee: Employee,
        tables: [String: TermFrequencyTable] = [:]
    )
        -> ComparedPair
    {
        var extractor = PersonFeatureExtractor(termFrequencies: tables)
        return PersonComparator.compare(extractor.features(of: record), extractor.features(of: employee))
    }

    static func record(_ forenames: String, _ surname: String, dob: CalendarDate? = date(1985, 3, 14)) -> PersonRecord {
        PersonComparatorTests.record(forenames, surname, dob: dob)
    }

    static func employee(_ forenames: String, _ surname: String, dob: CalendarDate? = date(1985, 3, 14)) -> Employee {
        PersonComparatorTests.employee(forenames, surname, dob: dob)
    }

    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { PersonComparatorTests.date(y, m, d) }

    @Test("a Muhammad form alone agrees weakly with a Muhammad prefix, and weighs as all its spellings together")
    func muhammadAlone() {
        let tables = [
            "forename": TermFrequencyTable(
                column: "forename",
                frequencies: [PersonFeatureExtractor.muhammadFrequencyKey: 0.03, "ABDUL": 0.002, "MOHAMMED": 1e-5],
                unseenFrequency: 1e-6,
                sampleSize: 1
            )
        ]
        let pair = Self.compare(
            Self.record("Muhammad", "Khan"),
            Self.employee("Mohammed Abdul", "Khan"),
            tables: tables
        )
        #expect(pair.vector[PersonComparison.forename] == Forename.middleName.rawValue, "not different: weak")
        let alone = Self.compare(Self.record("Mohammed", "Khan"), Self.employee("Mohammed", "Khan"), tables: tables)
        #expect(alone.frequencies[PersonComparison.forename] == 0.03, "not as the rare lone spelling MOHAMMED")
        let other = Self.compare(Self.record("Imran", "Khan"), Self.employee("Mohammed Abdul", "Khan"))
        #expect(other.vector[PersonComparison.forename] == Forename.other.rawValue)
    }

    @Test("the term-frequency keys count a Muhammad form under all its spellings, beside the name in use")
    func muhammadFrequencyKeys() {
        let extractor = PersonFeatureExtractor()
        let key = PersonFeatureExtractor.muhammadFrequencyKey
        #expect(extractor.forenameFrequencyKeys("Mohammed Asif") == ["ASIF", key])
        #expect(extractor.forenameFrequencyKeys("Md") == [key])
        #expect(extractor.forenameFrequencyKeys("Mary Jane") == ["MARY"])
        #expect(extractor.forenameFrequencyKeys("  ").isEmpty)
    }

    @Test("an initial M before the name in use stands for the Muhammad prefix")
    func muhammadInitial() {
        let pair = Self.compare(Self.record("M Abdul", "Khan"), Self.employee("Muhammad Abdul", "Khan"))
        #expect(pair.vector[PersonComparison.forename] == Forename.exact.rawValue)
        let other = Self.compare(Self.record("M Tariq", "Khan"), Self.employee("Muhammad Abdul", "Khan"))
        #expect(other.vector[PersonComparison.forename] != Forename.exact.rawValue)
    }

    @Test("the same two forenames in the other order agree; a lone M against a Muhammad prefix is weak")
    func forenameOrderAndLoneInitial() {
        let order = Self.compare(Self.record("Robert Mark", "Smith"), Self.employee("Mark Robert", "Smith"))
        #expect(order.vector[PersonComparison.forename] == Forename.exact.rawValue)
        let lone = Self.compare(Self.record("M", "Khan"), Self.employee("Muhammad Abdul", "Khan"))
        #expect(lone.vector[PersonComparison.forename] == Forename.middleName.rawValue)
    }

    @Test("an initial that agrees, with a middle name that agrees too, keeps the initial's level")
    func initialAndMiddleName() {
        let pair = Self.compare(Self.record("M Robert", "Smith"), Self.employee("Mark Robert", "Smith"))
        #expect(pair.vector[PersonComparison.forename] == Forename.initial.rawValue)
        let middleOnly = Self.compare(Self.record("Paul", "Smith"), Self.employee("Richard Paul", "Smith"))
        #expect(middleOnly.vector[PersonComparison.forename] == Forename.middleName.rawValue)
    }

    @Test("initials with dots and without are the same initials")
    func dottedInitials() {
        let dotted = Self.compare(Self.record("M.M.", "Oxlock"), Self.employee("Mark Michael", "Oxlock"))
        let spaced = Self.compare(Self.record("M M", "Oxlock"), Self.employee("Mark Michael", "Oxlock"))
        #expect(dotted.vector[PersonComparison.forename] == Forename.initial.rawValue)
        #expect(dotted.vector == spaced.vector)
    }

    @Test("old written abbreviations of forenames (Wm, Thos, Chas, Robt) are known variants")
    func writtenAbbreviations() {
        for (short, full) in [("Wm", "William"), ("Thos", "Thomas"), ("Chas", "Charles"), ("Robt", "Robert")] {
            let pair = Self.compare(Self.record(short, "Mowfield"), Self.employee(full, "Mowfield"))
            #expect(pair.vector[PersonComparison.forename] == Forename.variant.rawValue, "\(short)")
        }
    }

    @Test("either half of a hyphenated surname is a part surname, before any likeness of spelling or sound")
    func hyphenatedHalves() {
        for surname in ["Oxby", "Sudmore"] {
            let pair = Self.compare(Self.record("Paul", surname), Self.employee("Paul", "Oxby-Sudmore"))
            #expect(pair.vector[PersonComparison.surname] == Surname.previousOrPart.rawValue, "\(surname)")
        }
        let spelled = Self.compare(Self.record("Ann", "Tadhurst"), Self.employee("Ann", "Tadhurst-Clarke"))
        #expect(spelled.vector[PersonComparison.surname] == Surname.previousOrPart.rawValue)
    }

    @Test("a woman's title as a surname is not compared when it differs; its spellings still agree")
    func familyNameStandIns() {
        let bibi = Self.compare(Self.record("Ayesha", "Bibi"), Self.employee("Ayesha", "Begum"))
        #expect(bibi.vector[PersonComparison.surname] == nil)
        let khan = Self.compare(Self.record("Fatima", "Begum"), Self.employee("Fatima", "Khan"))
        #expect(khan.vector[PersonComparison.surname] == nil)
        let kaur = Self.compare(Self.record("Harpreet", "Kaur"), Self.employee("Harpreet", "Sandhu"))
        #expect(kaur.vector[PersonComparison.surname] == Surname.other.rawValue, "kept: see familyNameStandIns")
        let begam = Self.compare(Self.record("Ayesha", "Begam"), Self.employee("Ayesha", "Begum"))
        let spelling = begam.vector[PersonComparison.surname]
        #expect(spelling != nil && spelling != Surname.other.rawValue, "a spelling of Begum still agrees")
        let ordinary = Self.compare(Self.record("Ayesha", "Khatun"), Self.employee("Ayesha", "Sandhu"))
        #expect(ordinary.vector[PersonComparison.surname] == Surname.other.rawValue)
    }

    @Test("a date near an employee's 1 January birthday is not compared; a different date still disagrees")
    func newYearBirthday() {
        let employee = Self.employee("Laura", "Kingswood", dob: Self.date(1964, 1, 1))
        func level(_ dob: CalendarDate) -> Int? {
            Self.compare(Self.record("Laura", "Kingswood", dob: dob), employee).vector[PersonComparison.dateOfBirth]
        }
        #expect(level(Self.date(1964, 1, 1)) == nil, "a police 1 January is a placeholder")
        #expect(level(Self.date(1964, 1, 2)) == nil)
        #expect(level(Self.date(1964, 10, 1)) == nil)
        #expect(level(Self.date(1975, 6, 15)) == Dates.other.rawValue)
    }

    @Test("a date a year out on the same day and month is a year out, whichever digits changed")
    func yearOut() {
        let employee = Self.employee("Mark", "Oxlock", dob: Self.date(1990, 12, 9))
        for year in [1989, 1991] {
            let pair = Self.compare(Self.record("Mark", "Oxlock", dob: Self.date(year, 12, 9)), employee)
            #expect(pair.vector[PersonComparison.dateOfBirth] == Dates.yearOff.rawValue, "\(year)")
        }
    }
}

import Testing
import VigilCore

@Suite struct BlockingIndexTests {
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static let roster = [
        Employee(
            employeeID: "E1",
            forenames: "Amrit",
            surname: "Sandhu",
            dateOfBirth: date(1984, 3, 11),
            addressLine: "12 Soho Road",
            town: "Birmingham",
            postcode: "B21 9QT"
        ),
        Employee(
            employeeID: "E2",
            forenames: "Robert",
            surname: "Jones",
            dateOfBirth: date(1979, 11, 2),
            addressLine: "4 Mill Lane",
            town: "Coventry",
            postcode: "CV1 2AB"
        ),
        Employee(
            employeeID: "E3",
            forenames: "Sarah",
            surname: "Williams",
            dateOfBirth: date(1990, 6, 30),
            addressLine: "9 High Street",
            town: "Walsall",
            postcode: "WS1 1AA",
            previousSurnames: ["Hughes"]
        ),
    ]

    static func candidates(for record: PersonRecord) -> [String] {
        var extractor = PersonFeatureExtractor()
        let index = BlockingIndex(people: roster.map { extractor.features(of: $0) })
        var found: [Int32] = []
        index.candidates(for: extractor.features(of: record), into: &found)
        return found.map { roster[Int($0)].employeeID }
    }

    @Test("a record reaches its employee through the date of birth alone")
    func dateOfBirth() {
        let record = PersonRecord(
            recordID: "R",
            source: .crime,
            forenames: "A",
            surname: "S",
            dateOfBirth: Self.date(1984, 3, 11)
        )
        #expect(Self.candidates(for: record) == ["E1"])
    }

    @Test("a date with day and month swapped still reaches the employee")
    func transposedDate() {
        let record = PersonRecord(
            recordID: "R",
            source: .crime,
            forenames: "Zed",
            surname: "Nobody",
            dateOfBirth: Self.date(1984, 11, 3)
        )
        #expect(Self.candidates(for: record).contains("E1"))
    }

    @Test("a nickname and a missing date reach the employee through the names")
    func nicknameWithoutDate() {
        let record = PersonRecord(recordID: "R", source: .crime, forenames: "Bob", surname: "Jones", dateOfBirth: nil)
        #expect(Self.candidates(for: record).contains("E2"))
    }

    @Test("names recorded the other way round reach the employee")
    func swappedNames() {
        let record = PersonRecord(
            recordID: "R",
            source: .crime,
            forenames: "Sandhu",
            surname: "Amrit",
            dateOfBirth: nil
        )
        #expect(Self.candidates(for: record).contains("E1"))
    }

    @Test("a maiden name with the birth year reaches the married employee")
    func previousSurname() {
        let record = PersonRecord(
            recordID: "R",
            source: .crime,
            forenames: "Sara",
            surname: "Hughes",
            dateOfBirth: Self.date(1990, 6, 13)
        )
        #expect(Self.candidates(for: record).contains("E3"))
    }

    @Test("at the employee's postcode, names the other way round with one misspelled still reach the employee")
    func swappedNamesAtPostcode() {
        // No date, no house number, the street misspelled, and "Robert" misspelled in the surname's place:
        // the name rules cannot pair "JONES" with "ROVERT", so only the postcode rules, each name tried in
        // the other's place, reach the employee.
        func record(at postcode: String) -> PersonRecord {
            PersonRecord(
                recordID: "R",
                source: .crime,
                forenames: "Jones",
                surname: "Rovert",
                dateOfBirth: nil,
                addressLine: "Mil Lane",
                town: "Coventry",
                postcode: postcode
            )
        }
        #expect(Self.candidates(for: record(at: "CV1 2AB")) == ["E2"])
        #expect(Self.candidates(for: record(at: "CV3 9ZZ")).isEmpty)
    }

    @Test("a stranger shares no block with anyone")
    func stranger() {
        let record = PersonRecord(
            recordID: "R",
            source: .crime,
            forenames: "Xavier",
            surname: "Quinton",
            dateOfBirth: Self.date(1950, 1, 5),
            addressLine: "1 Elm Road",
            town: "Dudley",
            postcode: "DY1 1AA"
        )
        #expect(Self.candidates(for: record).isEmpty)
    }
}

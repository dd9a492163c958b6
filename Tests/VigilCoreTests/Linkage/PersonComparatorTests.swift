import Testing
import VigilCore

@Suite struct PersonComparatorTests {
    static func date(_ y: Int, _ m: Int, _ d: Int) -> CalendarDate { CalendarDate(year: y, month: m, day: d)! }

    static func employee(
        _ forenames: String,
        _ surname: String,
        dob: CalendarDate? = date(1985, 3, 14),
        address: String = "12 High Street",
        postcode: String = "B1 1AA",
        previous: [String] = []
    ) -> Employee {
        Employee(
            employeeID: "E1",
            forenames: forenames,
            surname: surname,
            dateOfBirth: dob,
            addressLine: address,
            town: "Birmingham",
            postcode: postcode,
            previousSurnames: previous
        )
    }

    static func record(
        _ forenames: String,
        _ surname: String,
        dob: CalendarDate? = date(1985, 3, 14),
        address: String = "12 High St",
        postcode: String = "b11aa"
    ) -> PersonRecord {
        PersonRecord(
            recordID: "R1",
            source: .crime,
            forenames: forenames,
            surname: surname,
            dateOfBirth: dob,
            addressLine: address,
            town: "BIRMINGHAM",
            postcode: postcode
        )
    }

    static func compare(_ record: PersonRecord, _ employee: Employee) -> ComparisonVector {
        var extractor = PersonFeatureExtractor()
        return PersonComparator.compare(extractor.features(of: record), extractor.features(of: employee)).vector
    }

    @Test("identical people agree exactly on every comparison")
    func identical() {
        let vector = Self.compare(Self.record("John", "Smith"), Self.employee("JOHN", "SMITH"))
        #expect(vector[PersonComparison.forename] == PersonComparison.ForenameLevel.exact.rawValue)
        #expect(vector[PersonComparison.surname] == PersonComparison.SurnameLevel.exact.rawValue)
        #expect(vector[PersonComparison.nameSwap] == PersonComparison.SwapLevel.notSwapped.rawValue)
        #expect(vector[PersonComparison.dateOfBirth] == PersonComparison.DateLevel.exact.rawValue)
        #expect(vector[PersonComparison.address] == PersonComparison.AddressLevel.wholeAddress.rawValue)
    }

    @Test("two different flats at one number are neighbours at one postcode, not one address")
    func differentFlats() {
        let sameFlat = Self.compare(
            Self.record("John", "Smith", address: "Flat 3 18 Queens Road"),
            Self.employee("John", "Smith", address: "Flat 3, 18 Queens Road")
        )
        #expect(sameFlat[PersonComparison.address] == PersonComparison.AddressLevel.wholeAddress.rawValue)
        let otherFlat = Self.compare(
            Self.record("John", "Smith", address: "Flat 12 18 Queens Road"),
            Self.employee("John", "Smith", address: "Flat 3, 18 Queens Road")
        )
        #expect(otherFlat[PersonComparison.address] == PersonComparison.AddressLevel.postcode.rawValue)
        let flatOnOneSide = Self.compare(
            Self.record("John", "Smith", address: "18 Queens Road"),
            Self.employee("John", "Smith", address: "Flat 3, 18 Queens Road")
        )
        #expect(flatOnOneSide[PersonComparison.address] == PersonComparison.AddressLevel.wholeAddress.rawValue)
    }

    @Test("Muhammad spellings and nicknames are variants, not different names")
    func variants() {
        let muhammad = Self.compare(Self.record("Mohammed", "Khan"), Self.employee("Muhammad", "Khan"))
        #expect(muhammad[PersonComparison.forename] == PersonComparison.ForenameLevel.variant.rawValue)
        let bob = Self.compare(Self.record("Bob", "Jones"), Self.employee("Robert", "Jones"))
        #expect(bob[PersonComparison.forename] == PersonComparison.ForenameLevel.variant.rawValue)
    }

    @Test("a leading Muhammad is set aside so the name in use is compared")
    func muhammadPrefix() {
        let vector = Self.compare(Self.record("Muhammad Imran", "Khan"), Self.employee("Mohammed Asif", "Khan"))
        #expect(vector[PersonComparison.forename] == PersonComparison.ForenameLevel.other.rawValue)
        let same = Self.compare(Self.record("Md Imran", "Khan"), Self.employee("Imran", "Khan"))
        #expect(same[PersonComparison.forename] == PersonComparison.ForenameLevel.exact.rawValue)
    }

    @Test("a placeholder date of birth never counts as agreement")
    func placeholderDate() {
        let placeholder = Self.date(1900, 1, 1)
        let vector = Self.compare(
            Self.record("John", "Smith", dob: placeholder),
            Self.employee("John", "Smith", dob: placeholder)
        )
        #expect(vector[PersonComparison.dateOfBirth] == nil)
        let januaryFirst = Self.compare(
            Self.record("John", "Smith", dob: Self.date(1985, 1, 1)),
            Self.employee("John", "Smith", dob: Self.date(1985, 1, 1))
        )
        #expect(januaryFirst[PersonComparison.dateOfBirth] == nil, "1 January on a police record is a placeholder")
    }

    @Test("placeholder names are missing, never evidence")
    func placeholderNames() {
        let vector = Self.compare(Self.record("UNKNOWN", "NOT KNOWN"), Self.employee("John", "Smith"))
        #expect(vector[PersonComparison.forename] == nil)
        #expect(vector[PersonComparison.surname] == nil)
        #expect(vector[PersonComparison.nameSwap] == nil)
    }

    @Test("date errors fall into the right levels")
    func dateLevels() {
        let employee = Self.employee("John", "Smith", dob: Self.date(1985, 3, 14))
        func level(_ dob: CalendarDate) -> Int? {
            Self.compare(Self.record("John", "Smith", dob: dob), employee)[PersonComparison.dateOfBirth]
        }
        typealias Level = PersonComparison.DateLevel
        #expect(level(Self.date(1985, 3, 15)) == Level.oneOff.rawValue)
        #expect(level(Self.date(1988, 3, 14)) == Level.oneOff.rawValue)
        #expect(
            level(Self.date(1958, 3, 14)) == Level.oneOff.rawValue,
            "1985 written 1958: neighbouring digits swapped"
        )
        #expect(level(Self.date(1958, 4, 14)) == Level.other.rawValue)
        #expect(level(Self.date(1985, 3, 2)) == Level.sameYearAndMonth.rawValue)
        #expect(level(Self.date(1990, 7, 2)) == Level.other.rawValue)
        let transposed = Self.employee("John", "Smith", dob: Self.date(1985, 3, 11))
        let vector = Self.compare(Self.record("John", "Smith", dob: Self.date(1985, 11, 3)), transposed)
        #expect(vector[PersonComparison.dateOfBirth] == Level.transposed.rawValue)
    }

    @Test("forename and surname recorded the other way round are detected as a swap")
    func swap() {
        let vector = Self.compare(Self.record("Smith", "John"), Self.employee("John", "Smith"))
        #expect(vector[PersonComparison.nameSwap] == PersonComparison.SwapLevel.swapped.rawValue)
        #expect(vector[PersonComparison.forename] == nil)
    }

    @Test("one name in the other's place, the other different, is crossed by which name moved; unrelated are not")
    func crossed() {
        typealias Swap = PersonComparison.SwapLevel
        let employee = Self.employee("Raquel", "Lodge")
        let crossed = Self.compare(Self.record("Garnett", "Raquel"), employee)
        #expect(crossed[PersonComparison.nameSwap] == Swap.crossed.rawValue)
        #expect(crossed[PersonComparison.forename] == nil, "the names are judged by the swap comparison alone")
        #expect(crossed[PersonComparison.surname] == nil)
        let relative = Self.compare(Self.record("Lodge", "Smith"), employee)
        #expect(relative[PersonComparison.nameSwap] == Swap.surnameCrossed.rawValue, "the family name moved")
        #expect(relative[PersonComparison.forename] == nil)
        let unrelated = Self.compare(Self.record("Garnett", "Smith"), employee)
        #expect(unrelated[PersonComparison.nameSwap] == Swap.notSwapped.rawValue)
        #expect(unrelated[PersonComparison.forename] == PersonComparison.ForenameLevel.other.rawValue)
        let initial = Self.compare(Self.record("Garnett", "R"), employee)
        #expect(initial[PersonComparison.nameSwap] == Swap.notSwapped.rawValue, "an initial never crosses")
        let ownPlace = Self.compare(Self.record("Raquel", "Raquel"), employee)
        #expect(ownPlace[PersonComparison.nameSwap] == Swap.notSwapped.rawValue, "a name agreeing in its place wins")
    }

    @Test("given names written into the surname field, or a maiden name as forename, still make a swap")
    func swapThroughSurnameForms() {
        typealias Swap = PersonComparison.SwapLevel
        let employee = Self.employee("Sarah Catherine", "Robinson")
        let givenNamesAsSurname = Self.compare(Self.record("Robinson", "Sarah Catherine"), employee)
        #expect(givenNamesAsSurname[PersonComparison.nameSwap] == Swap.swapped.rawValue)
        let married = Self.employee("Sarah", "Williams", previous: ["Hughes"])
        let maidenFirst = Self.compare(Self.record("Hughes", "Sarah"), married)
        #expect(maidenFirst[PersonComparison.nameSwap] == Swap.swapped.rawValue)
        let stranger = Self.compare(Self.record("Robinson", "Emma Jane"), employee)
        #expect(stranger[PersonComparison.nameSwap] == Swap.surnameCrossed.rawValue)
    }

    @Test("a nickname in the surname's place swaps through the forename table, never through a surname group")
    func swapVariantsByRole() {
        typealias Swap = PersonComparison.SwapLevel
        let nickname = Self.compare(Self.record("Wilson", "Dave"), Self.employee("David Paul", "Wilson"))
        #expect(nickname[PersonComparison.nameSwap] == Swap.swapped.rawValue)
        // BOB's forename group and CHAUDHRY's surname group have the same place in their two tables.
        #expect(
            NameVariants.standard.groups(of: "BOB").first == NameVariants.standardSurnames.groups(of: "CHAUDHRY").first
        )
        let unrelated = Self.compare(Self.record("Bob", "Zzyxq"), Self.employee("Qwertyq", "Chaudhry"))
        #expect(unrelated[PersonComparison.nameSwap] == Swap.notSwapped.rawValue)
    }

    @Test("a maiden name or half of a hyphenated surname matches as a previous or part surname")
    func previousSurnames() {
        let married = Self.employee("Sarah", "Williams", previous: ["Hughes"])
        let vector = Self.compare(Self.record("Sarah", "Hughes"), married)
        #expect(vector[PersonComparison.surname] == PersonComparison.SurnameLevel.previousOrPart.rawValue)
        let hyphen = Self.compare(Self.record("Sarah", "Jones"), Self.employee("Sarah", "Smith-Jones"))
        #expect(hyphen[PersonComparison.surname] == PersonComparison.SurnameLevel.previousOrPart.rawValue)
    }

    @Test(
        "a surname field giving a maiden name or alias compares on its first name, and on the other as a previous one"
    )
    func otherNamesInTheField() {
        let surname = PersonComparison.surname
        let levels = PersonComparison.SurnameLevel.self
        let employee = Self.employee("Sarah", "Williams")
        for field in ["Williams (née Hughes)", "WILLIAMS AKA HUGHES", "Williams formerly Hughes-Jones"] {
            #expect(Self.compare(Self.record("Sarah", field), employee)[surname] == levels.exact.rawValue, "\(field)")
        }
        let underMaidenName = Self.employee("Sarah", "Hughes")
        #expect(
            Self.compare(Self.record("Sarah", "Williams nee Hughes"), underMaidenName)[surname]
                == levels.previousOrPart.rawValue
        )
        // The roster's own field and its previous surnames are read the same way.
        let rosterField = Self.employee("Sarah", "Williams (nee Hughes)")
        #expect(Self.compare(Self.record("Sarah", "Hughes"), rosterField)[surname] == levels.previousOrPart.rawValue)
        let previous = Self.employee("Sarah", "Williams", previous: ["Hughes aka Evans"])
        #expect(Self.compare(Self.record("Sarah", "Evans"), previous)[surname] == levels.previousOrPart.rawValue)
    }

    @Test("comparisons are symmetric, except that a crossed pair's two levels mirror each other")
    func symmetric() {
        typealias Swap = PersonComparison.SwapLevel
        /// The pair as the other side sees it: the employee's moved name becomes the record's.
        func mirrored(_ pair: ComparedPair) -> ComparedPair {
            var mirror = pair
            switch pair.vector[PersonComparison.nameSwap] {
            case Swap.crossed.rawValue: mirror.vector[PersonComparison.nameSwap] = Swap.surnameCrossed.rawValue
            case Swap.surnameCrossed.rawValue: mirror.vector[PersonComparison.nameSwap] = Swap.crossed.rawValue
            default: break
            }
            return mirror
        }
        let people: [(String, String, CalendarDate?, String, String)] = [
            ("John", "Smith", Self.date(1985, 3, 14), "12 High St", "B1 1AA"),
            ("Jon", "Smyth", Self.date(1985, 3, 15), "14 High Street", "B1 1AB"),
            ("Mohammed", "Khan", nil, "Flat 2, 3 Soho Road", "B21 9QT"),
            ("Muhammad Asif", "Khan", Self.date(1990, 12, 1), "3 Soho Rd", "B21 9QT"),
            ("Smith", "John", Self.date(1985, 14 - 11, 14), "", ""),
            ("Smith", "Garnett", Self.date(1985, 3, 14), "12 High St", "B1 1AA"),
        ]
        var extractor = PersonFeatureExtractor()
        for a in people {
            for b in people {
                let x = extractor.features(of: Self.record(a.0, a.1, dob: a.2, address: a.3, postcode: a.4))
                let y = extractor.features(of: Self.record(b.0, b.1, dob: b.2, address: b.3, postcode: b.4))
                #expect(
                    mirrored(PersonComparator.compare(x, y)) == PersonComparator.compare(y, x),
                    "\(a.0) \(a.1) vs \(b.0) \(b.1)"
                )
            }
        }
    }
}

import Testing
import VigilCore

@Suite struct AddressParserTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let line: String
        var flat: String? = nil
        var number: String? = nil
        var name: String? = nil
        let street: String
        var locality: String? = nil
        var testDescription: String { line }
    }

    @Test(
        "address lines split into flat, number, building name and street",
        arguments: [
            Case(line: "12 High St", number: "12", street: "HIGH STREET"),
            Case(line: "Flat 3, 12 High Street", flat: "3", number: "12", street: "HIGH STREET"),
            Case(line: "3/12 High Street", flat: "3", number: "12", street: "HIGH STREET"),
            Case(line: "3, 12 High Street", flat: "3", number: "12", street: "HIGH STREET"),
            Case(line: "Flat 3 12 High Street", flat: "3", number: "12", street: "HIGH STREET"),
            Case(line: "12 High Street, Flat 3", flat: "3", number: "12", street: "HIGH STREET"),
            Case(line: "12a Church Rd", number: "12A", street: "CHURCH ROAD"),
            Case(line: "Flat B 44 Soho Road", flat: "B", number: "44", street: "SOHO ROAD"),
            Case(line: "Apt 7, 2 Broad St.", flat: "7", number: "2", street: "BROAD STREET"),
            Case(line: "Unit 4 Heath Mill Lane", flat: "4", street: "HEATH MILL LANE"),
            Case(line: "Rose Cottage, Mill Lane", name: "ROSE COTTAGE", street: "MILL LANE"),
            Case(
                line: "Apartment 5, The Mailbox, Wharfside Street",
                flat: "5",
                name: "THE MAILBOX",
                street: "WHARFSIDE STREET"
            ),
            Case(line: "12-14 Bristol Road", number: "12-14", street: "BRISTOL ROAD"),
            Case(line: "12 - 14 Bristol Rd", number: "12-14", street: "BRISTOL ROAD"),
            Case(line: "8 stanley street", number: "8", street: "STANLEY STREET"),
            Case(line: "St Mary's Rd", street: "SAINT MARYS ROAD"),
            Case(line: "40 St. John St", number: "40", street: "SAINT JOHN STREET"),
            Case(line: "9 Church Rd N", number: "9", street: "CHURCH ROAD NORTH"),
            Case(line: "5 Mt Pleasant Ave", number: "5", street: "MOUNT PLEASANT AVENUE"),
            Case(line: "1 Rowan Cl", number: "1", street: "ROWAN CLOSE"),
            Case(line: "77 Kings Gdns", number: "77", street: "KINGS GARDENS"),
            Case(line: "2 Park Cres", number: "2", street: "PARK CRESCENT"),
            Case(line: "16 Oak Terr", number: "16", street: "OAK TERRACE"),
            Case(line: "Mill House 12 High St", number: "12", name: "MILL HOUSE", street: "HIGH STREET"),
            Case(line: "12 High Street, Harborne", number: "12", street: "HIGH STREET", locality: "HARBORNE"),
            Case(
                line: "12 High St, Harborne, Birmingham, B17 9AA",
                number: "12",
                street: "HIGH STREET",
                locality: "HARBORNE"
            ),
            Case(line: "The Old Forge", street: "THE OLD FORGE"),
            Case(line: "Ivy Cottage", name: "IVY COTTAGE", street: ""),
        ]
    )
    func shapes(testCase: Case) {
        let address = AddressParser.parse(addressLine: testCase.line, town: "Birmingham")
        #expect(address.flat == testCase.flat)
        #expect(address.houseNumber == testCase.number)
        #expect(address.houseName == testCase.name)
        #expect(address.street == testCase.street)
        #expect(address.locality == testCase.locality)
        #expect(address.town == "BIRMINGHAM")
        #expect(!address.isMissing)
    }

    @Test("street tokens are expanded and joined by the street")
    func streetTokens() {
        let address = AddressParser.parse(addressLine: "12 HIGH ST", town: "")
        #expect(address.streetTokens == ["HIGH", "STREET"])
        #expect(address.town == nil)
    }

    @Test(
        "placeholder addresses are missing but keep the town",
        arguments: [
            "NFA", "N.F.A.", "No Fixed Abode", "no fixed address", "UNKNOWN", "N/K", "", "  ", "XXX", "NFA, Birmingham",
        ]
    )
    func placeholders(line: String) {
        let address = AddressParser.parse(addressLine: line, town: "Birmingham")
        #expect(address.isMissing)
        #expect(address.street.isEmpty)
        #expect(address.houseNumber == nil)
        #expect(address.town == "BIRMINGHAM")
    }

    @Test("towns are normalised, and taken from the line when the town field is empty")
    func towns() {
        #expect(AddressParser.normaliseTown(" wolverhampton ") == "WOLVERHAMPTON")
        #expect(AddressParser.normaliseTown("St. Albans") == "SAINT ALBANS")
        #expect(AddressParser.normaliseTown("B'ham") == "BIRMINGHAM")
        #expect(AddressParser.normaliseTown("Stoke-on-Trent") == "STOKE ON TRENT")
        #expect(AddressParser.normaliseTown("unknown") == nil)
        let address = AddressParser.parse(addressLine: "4 Soho Rd, Handsworth, Birmingham, West Midlands", town: "")
        #expect(address.town == "BIRMINGHAM")
        #expect(address.locality == "HANDSWORTH")
    }

    @Test("the same address written two ways parses to the same value")
    func equivalence() {
        let a = AddressParser.parse(addressLine: "Flat 3, 12 High St.", town: "birmingham")
        let b = AddressParser.parse(addressLine: "3/12 HIGH STREET", town: "BIRMINGHAM ")
        #expect(a == b)
        let c = AddressParser.parse(addressLine: "Flat 4, 12 High St.", town: "birmingham")
        #expect(a != c)
    }

    @Test("a lone house number is an address, not a placeholder")
    func loneNumber() {
        let address = AddressParser.parse(addressLine: "12", town: "")
        #expect(!address.isMissing)
        #expect(address.houseNumber == "12")
    }
}

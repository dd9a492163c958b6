import Testing

@testable import VigilCore

/// Address agreements that must not count against a match: a postcode that agrees where one side gives
/// no house, and a UPRN that agrees only where the postcodes do not contradict it.
@Suite struct AddressAgreementTests {
    typealias Level = PersonComparison.AddressLevel

    static func level(record address: String, postcode: String, uprn: String = "", employeeUPRN: String = "") -> Int? {
        let employee = Employee(
            employeeID: "E1",
            forenames: "Mark",
            surname: "Oxlock",
            dateOfBirth: nil,
            addressLine: "123 School Road",
            town: "Birmingham",
            postcode: "B20 9BT",
            uprn: employeeUPRN
        )
        let record = PersonRecord(
            recordID: "R1",
            source: .crime,
            forenames: "Mark",
            surname: "Oxlock",
            dateOfBirth: nil,
            addressLine: address,
            town: "Birmingham",
            postcode: postcode,
            uprn: uprn
        )
        var extractor = PersonFeatureExtractor()
        let pair = PersonComparator.compare(extractor.features(of: record), extractor.features(of: employee))
        return pair.vector[PersonComparison.address]
    }

    @Test("a postcode that agrees where one side gives no house is not compared, not taken for a neighbour")
    func postcodeWithoutHouse() {
        #expect(Self.level(record: "School Road", postcode: "B20 9BT") == nil)
        #expect(Self.level(record: "", postcode: "b209bt") == nil)
        #expect(Self.level(record: "7 School Road", postcode: "B20 9BT") == Level.postcode.rawValue, "a neighbour")
        #expect(Self.level(record: "123 School Road", postcode: "B20 9BT") == Level.wholeAddress.rawValue)
        #expect(Self.level(record: "School Road", postcode: "B21 5AA") == Level.street.rawValue, "same street and town")
    }

    @Test("a shared UPRN is the same property unless the postcodes, house numbers or streets contradict it")
    func uprnAgainstPostcodes() {
        let uprn = "100002636522"
        #expect(Self.level(record: "", postcode: "", uprn: uprn, employeeUPRN: uprn) == Level.wholeAddress.rawValue)
        #expect(
            Self.level(record: "School Road", postcode: "", uprn: uprn, employeeUPRN: uprn)
                == Level.wholeAddress.rawValue,
            "nothing contradicts it"
        )
        let contradicted = Self.level(record: "1 Nowhere Lane", postcode: "WS1 1AA", uprn: uprn, employeeUPRN: uprn)
        #expect(contradicted == Level.town.rawValue, "judged on the text: only the town agrees")
        let otherHouse = Self.level(record: "56 School Road", postcode: "B20 9BT", uprn: uprn, employeeUPRN: uprn)
        #expect(otherHouse == Level.postcode.rawValue, "a different house number contradicts the UPRN too")
    }

    @Test("an explanation shows a shared UPRN beside both addresses")
    func uprnShown() {
        let employee = Employee(
            employeeID: "E1",
            forenames: "Susan",
            surname: "Marlock",
            dateOfBirth: nil,
            addressLine: "147 Dudley Crescent",
            town: "Birmingham",
            postcode: "B27 6PJ",
            uprn: "100002636522"
        )
        let record = PersonRecord(
            recordID: "R1",
            source: .crime,
            forenames: "Susan",
            surname: "Marlock",
            dateOfBirth: nil,
            uprn: "100002636522"
        )
        var extractor = PersonFeatureExtractor()
        let values = PersonComparator.comparedValues(extractor.features(of: record), extractor.features(of: employee))
        let address = values[PersonComparison.address]
        #expect(address.record == "UPRN 100002636522")
        #expect(address.employee.hasSuffix("(UPRN 100002636522)") && address.employee.contains("DUDLEY CRESCENT"))
    }
}

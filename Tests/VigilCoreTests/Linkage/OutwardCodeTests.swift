import Testing

@testable import VigilCore

/// A postcode field holding only an outward code ("WV10", "B1"): half a postcode, never a different
/// postcode when its district agrees, so the address is judged on house number, street and town.
@Suite struct OutwardCodeTests {
    typealias Level = PersonComparison.AddressLevel

    static let employee = Employee(
        employeeID: "E1",
        forenames: "Karen",
        surname: "Holloway",
        dateOfBirth: nil,
        addressLine: "18 Bushbury Lane",
        town: "Wolverhampton",
        postcode: "WV10 8JP",
        uprn: "100071234567"
    )

    static func features(
        line: String = "",
        town: String = "",
        postcode: String,
        uprn: String = ""
    ) -> (
        record: PersonFeatures, employee: PersonFeatures
    ) {
        let record = PersonRecord(
            recordID: "R1",
            source: .custody,
            forenames: "Karen",
            surname: "Holloway",
            dateOfBirth: nil,
            addressLine: line,
            town: town,
            postcode: postcode,
            uprn: uprn
        )
        var extractor = PersonFeatureExtractor()
        return (extractor.features(of: record), extractor.features(of: employee))
    }

    static func level(line: String = "", town: String = "", postcode: String, uprn: String = "") -> Int? {
        let pair = features(line: line, town: town, postcode: postcode, uprn: uprn)
        return PersonComparator.compare(pair.record, pair.employee).vector[PersonComparison.address]
    }

    @Test("an outward code is read as one, in any case or punctuation; a whole postcode or a special code is not")
    func outwardCodes() {
        #expect(UKPostcode.outwardCode("WV10") == "WV10")
        #expect(UKPostcode.outwardCode(" b1 ") == "B1")
        #expect(UKPostcode.outwardCode("(dy1)") == "DY1")
        #expect(UKPostcode.outwardCode("W1A") == "W1A")
        #expect(UKPostcode.outwardCode("WV10 8JP") == nil)
        #expect(UKPostcode.outwardCode("ZZ99") == nil)
        #expect(UKPostcode.outwardCode("1234") == nil)
        #expect(UKPostcode.outwardCode("WV1É") == nil)
        let features = Self.features(postcode: "wv10").record.address
        #expect(features.postcode == "WV10" && features.district == "WV10")
        #expect(features.postcodeIsOutwardCodeOnly && features.evidencePostcode == nil)
        let whole = Self.features(postcode: "WV10 8JP").record.address
        #expect(whole.district == "WV10" && !whole.postcodeIsOutwardCodeOnly && whole.evidencePostcode == "WV10 8JP")
    }

    @Test("an agreeing outward code is judged on house, street and town, as a missing postcode is")
    func agreeingOutwardCode() {
        #expect(Self.level(postcode: "WV10") == nil, "nothing else to compare")
        #expect(Self.level(line: "18 Bushbury Lane", postcode: "WV10") == Level.streetAndHouse.rawValue)
        #expect(
            Self.level(line: "18 Bushbury Lane", town: "Wolverhampton", postcode: "WV10")
                == Self.level(line: "18 Bushbury Lane", town: "Wolverhampton", postcode: "")
        )
        #expect(Self.level(line: "Bushbury Lane", town: "Wolverhampton", postcode: "WV10") == Level.street.rawValue)
        // Bushbury is a place in the WV10 district: the district says the street is the same street.
        #expect(
            Self.level(line: "18 Bushbury Lane", town: "Bushbury", postcode: "WV10") == Level.streetAndHouse.rawValue
        )
        #expect(Self.level(line: "18 Bushbury Lane", town: "Bushbury", postcode: "") == Level.other.rawValue)
    }

    @Test("an outward code of another district is a different postcode: alone it is another address")
    func disagreeingOutwardCode() {
        #expect(Self.level(postcode: "B1") == Level.other.rawValue)
        #expect(Self.level(line: "18 Bushbury Lane", town: "Bushbury", postcode: "B1") == Level.other.rawValue)
        let uprn = "100071234567"
        #expect(Self.level(postcode: "WV10", uprn: uprn) == Level.wholeAddress.rawValue, "the UPRN stands")
        #expect(Self.level(postcode: "B1", uprn: uprn) == Level.other.rawValue, "another district contradicts it")
    }

    @Test("an agreeing outward code alone is not pruned as an address apart, and is explained")
    func apartAndExplained() {
        let pair = Self.features(postcode: "WV10")
        #expect(!PersonComparator.addressesAreApart(pair.record.codes.address, pair.employee.codes.address))
        let model = FellegiSunterModel(kind: .person, priorProbability: 1e-4, comparisons: PersonComparison.untrained)
        var explanation = model.explain(
            PersonComparator.compare(pair.record, pair.employee),
            values: PersonComparator.comparedValues(pair.record, pair.employee)
        )
        explanation.sayWhatLevelsMean(pair.record, pair.employee, model: model)
        let address = explanation.terms[PersonComparison.address].levelLabel
        #expect(address.contains("the record gives only the first half of a postcode (WV10)"), "\(address)")
    }

    @Test("an incident's outward code is not compared with a home postcode in its district, and differs from another")
    func homeAddress() {
        var extractor = PersonFeatureExtractor()
        let home = extractor.features(of: Self.employee).address
        func postcodeLevel(_ postcode: String) -> Int? {
            let location = IncidentLocation(
                incidentID: "I1",
                eventDate: nil,
                incidentType: "",
                addressLine: "18 Bushbury Lane",
                town: "Wolverhampton",
                postcode: postcode
            )
            return HomeAddressComparator.compare(extractor.features(of: location), home)
                .vector[HomeAddressComparison.postcode]
        }
        #expect(postcodeLevel("WV10") == nil)
        #expect(postcodeLevel("B1") == HomeAddressComparison.PostcodeLevel.otherDistrict.rawValue)
        #expect(postcodeLevel("WV10 8JP") == HomeAddressComparison.PostcodeLevel.exact.rawValue)
    }
}

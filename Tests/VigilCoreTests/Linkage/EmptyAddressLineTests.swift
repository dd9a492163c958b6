import Testing

@testable import VigilCore

/// An address whose line is empty (or a placeholder such as "NFA") keeps its town and postcode, which are
/// fields of their own: a town alone is a place, compared as an outward code alone is (a different
/// town is another address, the same town says nothing of the street or house), and with a postcode
/// given the address can reach "same town".
@Suite struct EmptyAddressLineTests {
    typealias Level = PersonComparison.AddressLevel

    static let employee = Employee(
        employeeID: "E1",
        forenames: "Karen",
        surname: "Holloway",
        dateOfBirth: nil,
        addressLine: "12 High Street",
        town: "Walsall",
        postcode: "WS1 1AA"
    )

    static func features(
        line: String = "",
        town: String,
        postcode: String = ""
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
            postcode: postcode
        )
        var extractor = PersonFeatureExtractor()
        return (extractor.features(of: record), extractor.features(of: employee))
    }

    static func level(line: String = "", town: String, postcode: String = "") -> Int? {
        let pair = features(line: line, town: town, postcode: postcode)
        return PersonComparator.compare(pair.record, pair.employee).vector[PersonComparison.address]
    }

    static func explained(line: String = "", town: String, postcode: String = "") -> MatchExplanation {
        let pair = features(line: line, town: town, postcode: postcode)
        let model = FellegiSunterModel(kind: .person, priorProbability: 1e-4, comparisons: PersonComparison.untrained)
        var explanation = model.explain(
            PersonComparator.compare(pair.record, pair.employee),
            values: PersonComparator.comparedValues(pair.record, pair.employee)
        )
        explanation.sayWhatLevelsMean(pair.record, pair.employee, model: model)
        return explanation
    }

    @Test("an empty or placeholder line keeps the town and postcode, through the caches and without them")
    func townAndPostcodeKept() {
        for line in ["", "  ", "NFA"] {
            let cached = Self.features(line: line, town: "Walsall", postcode: "WS2 9AB").record.address
            #expect(cached.town == "WALSALL" && cached.postcode == "WS2 9AB", "\(line.debugDescription)")
            #expect(cached.street == nil && cached.houseNumber == nil && !cached.isMissing)
            let parsed = PersonFeatureExtractor().address(line: line, town: "Walsall", postcode: "WS2 9AB", uprn: "")
            #expect(parsed == cached, "\(line.debugDescription)")
        }
        let townOnly = Self.features(town: "Walsall").record.address
        #expect(townOnly.town == "WALSALL" && townOnly.postcode == nil && !townOnly.isMissing)
        #expect(townOnly.summary == "WALSALL")
        #expect(Self.features(town: "").record.address.isMissing)
    }

    @Test("a town alone is a place: another town is another address, the same town leaves the address uncompared")
    func townAlone() {
        #expect(Self.level(town: "Walsall") == nil)
        #expect(Self.level(town: "WALSALL") == nil)
        #expect(Self.level(town: "Dudley") == Level.other.rawValue)
        #expect(Self.level(line: "NFA", town: "Dudley") == Level.other.rawValue)
        let pair = Self.features(town: "Walsall")
        #expect(!PersonComparator.addressesAreApart(pair.record.codes.address, pair.employee.codes.address))
        let apart = Self.features(town: "Dudley")
        #expect(!PersonComparator.addressesAreApart(apart.record.codes.address, apart.employee.codes.address))
    }

    @Test("with a postcode and no line, the town is compared: another postcode in the same town is 'same town'")
    func townWithPostcode() {
        #expect(Self.level(town: "Walsall", postcode: "WS2 9AB") == Level.town.rawValue)
        #expect(Self.level(town: "Dudley", postcode: "DY1 1AA") == Level.other.rawValue)
        // The same postcode with no house on one side cannot say which house: not compared, as before.
        #expect(Self.level(town: "Walsall", postcode: "WS1 1AA") == nil)
    }

    @Test("with an outward code and a town, the district decides when both give one, otherwise the town")
    func townWithOutwardCode() {
        #expect(Self.level(town: "Walsall", postcode: "WS1") == nil)
        #expect(Self.level(town: "Bloxwich", postcode: "WS1") == nil, "a district holds several places")
        #expect(Self.level(town: "Walsall", postcode: "DY1") == Level.other.rawValue)
    }

    @Test("the explanation shows the town and says why an agreeing town alone was not compared")
    func explanationReads() {
        let agreeing = Self.explained(town: "Walsall")
        let term = agreeing.terms[PersonComparison.address]
        #expect(term.level == "missing")
        #expect(
            term.levelLabel
                == "not compared (WALSALL vs 12 HIGH STREET, WALSALL, WS1 1AA): the record gives only the town "
                + "(WALSALL), and the town agrees with the other's; a town cannot say which street or house"
        )
        let other = Self.explained(town: "Dudley").terms[PersonComparison.address]
        #expect(other.level == "other")
        #expect(other.recordValue == "DUDLEY")
        let town = Self.explained(town: "Walsall", postcode: "WS2 9AB").terms[PersonComparison.address]
        #expect(town.level == "town" && town.recordValue == "WALSALL, WS2 9AB")
        let both = Self.explained(town: "Bloxwich", postcode: "WS1").terms[PersonComparison.address]
        #expect(
            both.levelLabel.hasSuffix(
                "the record gives only the town (BLOXWICH) and the first half of a postcode (WS1), and the district "
                    + "agrees with the other's; half a postcode cannot say which street or house"
            ),
            "\(both.levelLabel)"
        )
    }

    @Test("an incident location with no line keeps its town for the home-address comparison")
    func locationKeepsTown() {
        var extractor = PersonFeatureExtractor()
        let home = extractor.features(of: Self.employee).address
        let location = IncidentLocation(
            incidentID: "I1",
            eventDate: nil,
            incidentType: "",
            addressLine: "",
            town: "Walsall",
            postcode: "WS1 1AA"
        )
        let features = extractor.features(of: location)
        #expect(features.town == "WALSALL")
        #expect(HomeAddressComparator.compare(features, home).vector[HomeAddressComparison.town] == 0)
    }
}

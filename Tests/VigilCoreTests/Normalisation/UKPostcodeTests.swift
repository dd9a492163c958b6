import Testing
import VigilCore

@Suite struct UKPostcodeTests {
    @Test(
        "each of the six formats parses into outward and inward codes",
        arguments: [
            ("B1 1AA", "B1", "1AA", "B"), ("B11 1AA", "B11", "1AA", "B"), ("W1A 0AX", "W1A", "0AX", "W"),
            ("WV1 1AA", "WV1", "1AA", "WV"), ("WV10 0QP", "WV10", "0QP", "WV"), ("EC1A 1BB", "EC1A", "1BB", "EC"),
        ]
    )
    func formats(raw: String, outward: String, inward: String, area: String) throws {
        let postcode = try #require(UKPostcode(raw))
        #expect(postcode.outward == outward)
        #expect(postcode.inward == inward)
        #expect(postcode.area == area)
        #expect(postcode.normalised == raw)
        #expect(postcode.description == raw)
        #expect(!postcode.isSpecial)
    }

    @Test("case and spacing do not matter", arguments: ["b11aa", "B1  1AA", " b1 1aa ", "B1\t1AA", "b 1 1 a a"])
    func caseAndSpacing(raw: String) {
        #expect(UKPostcode(raw)?.normalised == "B1 1AA")
    }

    @Test("sector and district are derived from the codes")
    func sector() throws {
        let postcode = try #require(UKPostcode(" wv100qp "))
        #expect(postcode.normalised == "WV10 0QP")
        #expect(postcode.sector == "WV10 0")
        #expect(postcode.district == "WV10")
        #expect(UKPostcode("WV10 0QP") == postcode)
    }

    @Test(
        "malformed postcodes are rejected",
        arguments: [
            "", "B1", "B1 1A", "1B1 1AA", "B1 AAA", "B1 11A", "BBB1 1AA", "B123 1AA", "B1 1CA", "B1 1AI", "B1 1AK",
            "B1 1MA", "B1 1AO", "B1 1VA", "2000", "B1-1AA", "B1 1AA X", "W1AA 1AA", "QQ1 1QQ", "Q1 1AA",
            "XB1 1AA", "VW1 1AA", "BZ1 1AA",
        ]
    )
    func invalid(raw: String) {
        #expect(UKPostcode(raw) == nil)
    }

    @Test(
        "non-geographic codes are valid but special",
        arguments: [
            ("GIR 0AA", "GIR 0AA"), ("gir0aa", "GIR 0AA"), ("BFPO 123", "BFPO 123"), ("bfpo1", "BFPO 1"),
            ("ZZ99 3VZ", "ZZ99 3VZ"), ("zz993cz", "ZZ99 3CZ"), ("STHL 1ZZ", "STHL 1ZZ"),
        ]
    )
    func specials(raw: String, normalised: String) throws {
        let postcode = try #require(UKPostcode(raw))
        #expect(postcode.isSpecial)
        #expect(postcode.normalised == normalised)
    }

    @Test(
        "postcodes in every shape and in areas across the country, the Channel Islands and Man are valid",
        arguments: ["AB10 1AB", "E1 6AN", "EC1A 1BB", "W1A 0AX", "M1 1AE", "ZE1 0AA", "GY1 1AA", "JE2 3AB", "IM1 1AA"]
    )
    func areas(raw: String) {
        #expect(UKPostcode(raw)?.normalised == raw)
    }

    @Test("an outward code alone must name a real area too")
    func outwardCodeArea() {
        #expect(UKPostcode.outwardCode("WV10") == "WV10")
        #expect(UKPostcode.outwardCode("QQ1") == nil)
    }

    @Test("BFPO needs a number of at most four digits")
    func bfpo() {
        #expect(UKPostcode("BFPO") == nil)
        #expect(UKPostcode("BFPO 12345") == nil)
        #expect(UKPostcode("BFPO 12A") == nil)
    }
}

@Suite struct PostcodeValueTests {
    @Test("a valid postcode field holds the parsed postcode")
    func valid() {
        #expect(PostcodeValue.parse(" b11aa ") == .valid(UKPostcode("B1 1AA")!))
        for typed in ["WS2-8AB", "(WS2 8AB)", "WS2 8AB.", "WS2_8AB"] {
            #expect(PostcodeValue.parse(typed) == .valid(UKPostcode("WS2 8AB")!), "\(typed)")
        }
        #expect(PostcodeValue.parse("B1 1AA").postcode?.sector == "B1 1")
        #expect(!PostcodeValue.parse("B1 1AA").isMissing)
    }

    @Test("foreign and FEBRL codes are kept uppercase without spaces for exact comparison")
    func invalid() {
        #expect(PostcodeValue.parse("2000") == .invalid("2000"))
        #expect(PostcodeValue.parse("d02 x285") == .invalid("D02X285"))
        #expect(PostcodeValue.parse("B1 1CA") == .invalid("B11CA"))
        #expect(PostcodeValue.parse("2000").postcode == nil)
    }

    @Test(
        "empty and placeholder postcodes are missing",
        arguments: ["", "  ", "UNKNOWN", "NFA", "N/K", "n.k.", "XXX", "?"]
    )
    func missing(raw: String) {
        #expect(PostcodeValue.parse(raw) == .missing)
        #expect(PostcodeValue.parse(raw).isMissing)
    }
}

import Testing
import VigilCore

@Suite struct WholeAddressLineTests {
    @Test("a line holding the whole address gives up its postcode, and its town when none is given")
    func splitsTheEnd() throws {
        let commas = try #require(
            WholeAddressLine(line: "41 Shirley Drive, Wolverhampton, WV6 4NQ", town: "", postcode: "")
        )
        #expect(commas.line == "41 Shirley Drive" && commas.town == "Wolverhampton" && commas.postcode == "WV6 4NQ")
        let townGiven = try #require(
            WholeAddressLine(line: "41 Shirley Drive, Tettenhall, wv64nq", town: "Wolverhampton", postcode: " ")
        )
        #expect(townGiven.line == "41 Shirley Drive, Tettenhall" && townGiven.town == "Wolverhampton")
        #expect(townGiven.postcode == "wv64nq")
        let words = try #require(WholeAddressLine(line: "41 Shirley Drive WV6 4NQ", town: "", postcode: ""))
        #expect(words.line == "41 Shirley Drive" && words.postcode == "WV6 4NQ")
    }

    @Test("a line is left alone when a postcode is given or it does not end in a valid one")
    func leavesOthersAlone() {
        #expect(WholeAddressLine(line: "41 Shirley Drive, WV6 4NQ", town: "", postcode: "WV6 4NQ") == nil)
        #expect(WholeAddressLine(line: "Flat 2, 41 Shirley Drive", town: "", postcode: "") == nil)
        #expect(WholeAddressLine(line: "12 High Street, Oldbury, Block 9ZZ", town: "", postcode: "") == nil)
        #expect(WholeAddressLine(line: "The Old Mill, Bridge End", town: "", postcode: "") == nil)
        #expect(WholeAddressLine(line: "WV6 4NQ", town: "", postcode: "") == nil, "a postcode alone is no line")
    }

    @Test("an employee's whole-address line compares with a record's parts as the same house and postcode")
    func comparesAsParts() {
        let extractor = PersonFeatureExtractor()
        let parts = extractor.address(line: "41 Shirley Drive", town: "Wolverhampton", postcode: "WV6 4NQ", uprn: "")
        let whole = extractor.address(
            line: "41 Shirley Drive, Wolverhampton, WV6 4NQ",
            town: "",
            postcode: "",
            uprn: ""
        )
        #expect(whole.postcode == parts.postcode && whole.postcode != nil)
        #expect(whole.houseNumber == parts.houseNumber && whole.street == parts.street && whole.town == parts.town)
    }
}

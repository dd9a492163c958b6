import Testing

@testable import VigilCore

@Suite struct HouseNumberedLineTests {
    private func shape(_ line: String) -> HouseNumberedLine? {
        HouseNumberedLine(folded: TextFolding.fold(line))
    }

    private func words(_ line: String) -> String? {
        let folded = TextFolding.fold(line)
        return HouseNumberedLine(folded: folded).map { String(decoding: folded[$0.wordsStart...], as: UTF8.self) }
    }

    @Test("a house number on a street is recognised, with any flat number before it")
    func recognised() {
        #expect(shape("62 Poplar Ln")?.flat == nil)
        #expect(shape("62 Poplar Ln")?.houseNumber == "62")
        #expect(shape("62 Poplar Ln")?.wordsStart == 3)
        #expect(words("62 Poplar Ln") == "POPLAR LN")
        #expect(shape("Flat 2, 22 Meadow Road")?.flat == "2")
        #expect(shape("Flat 2, 22 Meadow Road")?.houseNumber == "22")
        #expect(words("Flat 2, 22 Meadow Road") == "MEADOW ROAD")
        #expect(shape(" flat 3b 7\tHigh Street")?.flat == "3B")
        #expect(shape("FLAT 10,4 Church Rd")?.houseNumber == "4")
        #expect(shape("12a St. Mary's Road")?.houseNumber == "12A")
        #expect(words("12a St. Mary's Road") == "ST. MARY'S ROAD")
    }

    @Test(
        "any other shape is left to the full parser",
        arguments: [
            "22, Meadow Road", "12-14 Bristol Road", "12 - 14 Bristol Road", "3/12 High Street",
            "Rose Cottage, Mill Lane", "Flat B 44 Soho Road", "12 High Street, Flat 3", "Flats 2 4 Mill Lane",
            "Flat2 4 Mill Lane", "Apt 7, 2 Broad St", "22", "22 ", "12 High Street 2", "12AB High Street",
            "12 High Street (rear)", "12 Stratford-upon-Avon Road", "", "NFA", "Flat 2, Meadow Road",
        ]
    )
    func otherShapes(line: String) {
        #expect(shape(line) == nil)
    }

    /// Lines of every shape, on streets that recur with other numbers, in several towns (or none).
    private static let lines: [String] = {
        let streets = [
            "High St", "St. Mary's Rd", "Church Road North", "Poplar Lane Harborne", "Mill Lane", "The Green",
            "Rose Cottage", "Soho Road Handsworth Birmingham", "Broad St West Midlands", "Coventry Road Coventry",
        ]
        let prefixes = ["", "Flat 2, ", "FLAT 10 ", "flat 3b,", " Flat  4 ,  ", "Apt 7, ", "3/", "Flat B "]
        let numbers = ["1", "22", "12A", "7b", "12-14"]
        var lines: [String] = []
        for street in streets {
            for prefix in prefixes {
                for number in numbers { lines.append(prefix + number + " " + street) }
            }
            lines.append(street)
            lines.append("22, " + street)
        }
        // Words too long to keep are parsed every time, and must still agree.
        let long = "12 " + String(repeating: "Long ", count: 40) + "Road"
        // A line past the extractor's stack buffer is folded into an array instead, and a line with
        // accents is folded scalar by scalar: both must still agree.
        let longer = "14 " + String(repeating: "Longer ", count: 90) + "Road"
        return lines + [
            "", "NFA", "Unknown", "12 High Street, Flat 3", "Rose Cottage, Mill Lane", long, longer,
            "3 Rue de l'Église", "Flat 1, 7 Ångström Way",
        ]
    }()

    @Test("the street cache gives exactly the full parse's features, for people and places, first time and after")
    func cachedFeaturesMatchTheFullParse() {
        #expect(Self.lines.contains { $0.utf8.count > PersonFeatureExtractor.stackFoldedLineLimit })
        var extractor = PersonFeatureExtractor()
        var compared = 0
        for round in 0..<2 {
            for town in ["Birmingham", "", "Harborne", "COVENTRY"] {
                for line in Self.lines {
                    let record = PersonRecord(
                        recordID: "R\(round)",
                        source: .crime,
                        forenames: "Ann",
                        surname: "Lee",
                        dateOfBirth: nil,
                        addressLine: line,
                        town: town,
                        postcode: "B1 1AA"
                    )
                    let cached = extractor.features(of: record).address
                    let full = extractor.address(line: line, town: town, postcode: "B1 1AA", uprn: "")
                    #expect(cached == full, "\(line) in \(town)")
                    let location = IncidentLocation(
                        incidentID: "I\(round)",
                        eventDate: nil,
                        incidentType: "",
                        addressLine: line,
                        town: town,
                        postcode: "B1 1AA"
                    )
                    #expect(extractor.features(of: location) == full, "incident at \(line) in \(town)")
                    compared += 1
                }
            }
        }
        #expect(compared == 2 * 4 * Self.lines.count)
    }
}

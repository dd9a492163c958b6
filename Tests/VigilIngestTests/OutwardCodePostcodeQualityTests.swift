import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// A postcode field holding an outward code alone ("WV10") is half a postcode, as the linkage engine
/// reads it: the data-quality report counts it as partial, in its text and JSON, never as invalid or
/// missing, so no gate counts it either.
@Suite struct OutwardCodePostcodeQualityTests {
    private static func roster(_ postcodes: [String]) -> DataQualityReport {
        var profiler = DataQualityProfiler(source: "roster", file: "roster.csv", kind: .roster)
        for (index, postcode) in postcodes.enumerated() {
            profiler.add(
                Employee(
                    employeeID: "E\(index)",
                    forenames: "Ann",
                    surname: "Lee",
                    dateOfBirth: CalendarDate(year: 1984, month: 3, day: 7),
                    addressLine: "1 High St",
                    town: "Walsall",
                    postcode: postcode
                )
            )
        }
        return profiler.report()
    }

    @Test("an outward code alone is partial, not invalid: a whole postcode is valid, anything else invalid")
    func outwardCodeIsPartial() throws {
        let report = Self.roster(["WV10", "b1", "(DY1)", " ws2 ", "WV10 0QP", "XYZ 123", "WV10 0Q", "", "N/K"])
        let field = try #require(report.field("postcode"))
        #expect(field.partial == 4)
        #expect(field.invalid == 2)
        #expect(field.empty == 1 && field.placeholder == 1 && field.missing == 2)
        #expect(report.outwardCodeOnlyPostcodes == 4 && report.invalidPostcodes == 2)
        #expect(report.topPostcodes == [.init(value: "WV10 0QP", count: 1)])
        #expect(report.fields.filter { $0.field != "postcode" }.allSatisfy { $0.partial == 0 })
    }

    @Test("the report counts as partial exactly the postcodes the linkage engine keeps as a district alone")
    func sameRuleAsTheEngine() throws {
        let values = [
            "WV10", "b1", "(DY1)", "B1.", "EC1A", "WV10 0QP", "B11AA", "ZZ99", "GIR", "BFPO", "XYZ", "W1 A", "12", "",
        ]
        let extractor = PersonFeatureExtractor()
        let engine = values.filter {
            extractor.address(line: "1 High St", town: "Walsall", postcode: $0, uprn: "").postcodeIsOutwardCodeOnly
        }
        #expect(engine == ["WV10", "b1", "(DY1)", "B1.", "EC1A", "W1 A"])
        let field = try #require(Self.roster(values).field("postcode"))
        #expect(field.partial == engine.count)
    }

    @Test("the text names outward codes alone under the field table, and says nothing of them when there are none")
    func textSaysOutwardCodeOnly() {
        let text = Self.roster(["WV10", "B1", "WV10 0QP"]).text()
        #expect(
            text.contains(
                "\n  postcode: 2 outward code only (partial: a district such as \"WV10\", not a whole postcode)\n"
            ),
            "\(text)"
        )
        #expect(!Self.roster(["WV10 0QP", "XYZ"]).text().contains("outward code only"))
    }

    @Test("the JSON holds the partial count, and a report stored before they were counted still reads")
    func json() throws {
        let report = Self.roster(["WV10", "B1", "WV10 0QP"])
        let json = String(decoding: try report.jsonData(), as: UTF8.self)
        #expect(json.contains("\"invalid\":0,\"partial\":2,\"placeholder\":0"), "\(json)")
        #expect(try DataQualityReport.decode(json: Data(json.utf8)) == report)
        let none = Self.roster(["WV10 0QP"])
        let stored = String(decoding: try none.jsonData(), as: UTF8.self)
        #expect(!stored.contains("partial"))
        #expect(try DataQualityReport.decode(json: Data(stored.utf8)) == none)
    }

    @Test("no gate counts an outward code alone: not as a missing postcode, not as a reject")
    func gatesDoNotCountThem() {
        let report = Self.roster(["WV10", "B1", "DY1", "WV10 0QP"])
        let gates = DataQualityGates(
            maxMissingRate: ["postcode": 0],
            maxRowDrop: nil,
            maxRejectRate: 0,
            maxDOBSpikeRate: nil
        )
        #expect(gates.evaluate(report, previous: nil).isEmpty)
        let gaps = Self.roster(["", "B1", "DY1", "WV10 0QP"])
        #expect(gates.evaluate(gaps, previous: nil).map(\.field) == ["postcode"])
    }
}

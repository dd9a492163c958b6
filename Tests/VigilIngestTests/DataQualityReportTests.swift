import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// A crime report with round figures: 1,000,000 rows, date of birth missing in 3.4% of them.
private func crimeReport(
    rows: Int = 1_000_000,
    dobMissing: Int = 34_000,
    surnames: [String] = ["SMITH", "KHAN", "JONES"]
) -> DataQualityReport {
    let accepted = rows - 2_000
    return DataQualityReport(
        source: "crime",
        file: "extracts/crime.csv",
        kind: .personRecords,
        rowsRead: rows,
        rowsAccepted: accepted,
        rowsProfiled: accepted,
        rejectsByReason: ["duplicate id": 1_500, "invalid date": 500],
        invalidDatesKeptAsMissing: 12,
        fields: [
            .init(field: "surname", rows: accepted, empty: 100, placeholder: 900),
            .init(field: "date_of_birth", rows: accepted, empty: dobMissing - 4_000, placeholder: 4_000),
            .init(field: "postcode", rows: accepted, empty: 5_000, placeholder: 1_000, invalid: 3_456),
        ],
        dateOfBirth: .init(
            field: "date_of_birth",
            present: 950_000,
            januaryFirst: 19_950,
            placeholderYear: 4_000,
            suspect: 21_000,
            spikes: [.init(date: "1900-01-01", count: 4_000, expectedCount: 4_000.0 / 365)]
        ),
        eventDate: .init(field: "event_date", present: 998_000),
        topForenames: [.init(value: "JOHN", count: 12_000), .init(value: "MOHAMMED", count: 9_000)],
        topSurnames: surnames.enumerated().map { .init(value: $1, count: 13_000 - 1_000 * $0) },
        topPostcodes: [.init(value: "B1 1AA", count: 300, error: 2)],
        topAddressLines: [.init(value: "1 STEELHOUSE LANE", count: 2_000)],
        topPlaceholderNames: [.init(value: "UNKNOWN", count: 1_203)]
    )
}

@Suite struct DataQualityReportTests {
    @Test("a report survives a JSON round trip, and its JSON has sorted keys and is the same every time")
    func jsonRoundTrip() throws {
        let report = crimeReport()
        let data = try report.jsonData()
        #expect(try DataQualityReport.decode(json: data) == report)
        #expect(try report.jsonData() == data)
        let text = String(decoding: data, as: UTF8.self)
        let keys = ["\"dateOfBirth\"", "\"eventDate\"", "\"fields\"", "\"file\"", "\"kind\"", "\"rowsRead\""]
        let positions = keys.compactMap { text.range(of: $0)?.lowerBound }
        #expect(positions.count == keys.count && positions == positions.sorted())
        #expect(text.contains("\"kind\":\"person_records\""))
        let pretty = try report.jsonData(pretty: true)
        #expect(try DataQualityReport.decode(json: pretty) == report)
    }

    @Test("a profiled report survives a JSON round trip too")
    func profiledRoundTrip() throws {
        var profiler = DataQualityProfiler(source: "roster", file: "roster.csv", kind: .roster)
        profiler.add(Employee(employeeID: "E1", forenames: "Ann", surname: "Lee", dateOfBirth: nil, postcode: "B1 1AA"))
        let report = profiler.report()
        #expect(try DataQualityReport.decode(json: report.jsonData()) == report)
    }

    @Test("the text form shows the row counts, rejects, missing rates, spikes and most frequent values")
    func textRendering() {
        let text = crimeReport().text()
        for figure in [
            "crime: extracts/crime.csv (person_records)", "rows read", "1,000,000", "998,000", "0.2%",
            "duplicate id", "1,500", "partial or invalid dates kept as missing: 12", "date of birth", "34,000", "3.4%",
            "3,456", "1 January 2.1% (expected 0.3%)", "1901 or earlier 0.4%", "look like placeholders 2.2%",
            "spike 1900-01-01", "365.0 times expected", "JOHN", "12,000", "SMITH", "B1 1AA", "~300",
            "1 STEELHOUSE LANE", "placeholder names: UNKNOWN 1,203",
        ] {
            #expect(text.contains(figure), "missing \(figure)")
        }
        #expect(!text.contains("Change from the previous run"))
        #expect(text == crimeReport().description)
    }

    @Test("the change from the previous run gives the row delta and percentage, missing-rate moves and new names")
    func changesFromPrevious() throws {
        let previous = crimeReport()
        let current = crimeReport(rows: 480_000, dobMissing: 163_200, surnames: ["SMITH", "XXXTEST", "JONES"])
        let changes = try #require(current.changes(from: previous))
        #expect(changes.previousRowsRead == 1_000_000 && changes.rowsRead == 480_000)
        #expect(changes.rowDelta == -520_000)
        #expect(abs((changes.rowChangeRate ?? 0) + 0.52) < 1e-12)
        let dob = try #require(changes.missingRates.first { $0.field == "date_of_birth" })
        #expect(abs(dob.previousRate - 34_000.0 / 998_000) < 1e-12)
        #expect(abs(dob.currentRate - 163_200.0 / 478_000) < 1e-12)
        #expect(changes.newTopSurnames == ["XXXTEST"])
        #expect(changes.newTopForenames.isEmpty && changes.newTopPostcodes.isEmpty)
        #expect(current.changes(from: nil) == nil)
        let text = current.text(comparedWith: previous)
        for figure in [
            "Change from the previous run", "1,000,000 -> 480,000 (-520,000, -52.0%)",
            "date of birth 3.4% -> 34.1% (+30.7 points)", "new among the most frequent surnames: XXXTEST",
        ] {
            #expect(text.contains(figure), "missing \(figure)")
        }
    }

    @Test("unchanged missing rates are summed up in one line, and a first run with no rows has no percentage")
    func unchangedRates() throws {
        let report = crimeReport()
        #expect(report.text(comparedWith: report).contains("missing rates  unchanged"))
        let empty = DataQualityReport(source: "crime", file: "crime.csv", kind: .personRecords)
        let changes = try #require(report.changes(from: empty))
        #expect(changes.rowChangeRate == nil && changes.rowDelta == 1_000_000)
        #expect(changes.lines.contains("  rows read      0 -> 1,000,000 (+1,000,000)"))
    }
}

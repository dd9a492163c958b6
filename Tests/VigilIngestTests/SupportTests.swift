import Foundation
import Testing
import VigilCore

@testable import VigilIngest

@Suite struct ExtractDateParserTests {
    @Test("the four formats and auto-detection read the same day")
    func formats() {
        let day = CalendarDate(year: 1984, month: 3, day: 7)!
        #expect(ExtractDateParser.parse("1984-03-07", format: .iso) == .date(day))
        #expect(ExtractDateParser.parse("1984-03-07T00:00:00", format: .iso) == .date(day))
        #expect(ExtractDateParser.parse("07/03/1984", format: .dayMonthYear) == .date(day))
        #expect(ExtractDateParser.parse("7/3/1984", format: .dayMonthYear) == .date(day))
        #expect(ExtractDateParser.parse("07-Mar-1984", format: .dayMonthNameYear) == .date(day))
        #expect(ExtractDateParser.parse("19840307", format: .compact) == .date(day))
        for text in ["1984-03-07", "07/03/1984", "07-MAR-1984", "19840307"] {
            #expect(ExtractDateParser.parse(text, format: .auto) == .date(day))
        }
    }

    @Test("impossible dates say why, and placeholders are missing rather than invalid")
    func impossibleAndPlaceholders() {
        #expect(ExtractDateParser.parse("31/02/1980", format: .dayMonthYear) == .invalid("31 February does not exist"))
        #expect(ExtractDateParser.parse("19451393", format: .compact) == .invalid("month 13 does not exist"))
        #expect(
            ExtractDateParser.parse("1984-03-07", format: .dayMonthYear)
                != .date(CalendarDate(year: 1984, month: 3, day: 7)!)
        )
        #expect(ExtractDateParser.parse("UNKNOWN", format: .auto) == .missing)
        #expect(ExtractDateParser.parse("00/00/0000", format: .dayMonthYear) == .missing)
        #expect(ExtractDateParser.parse("", format: .iso) == .missing)
    }
}

@Suite struct RejectsWriterTests {
    @Test("no rejects file is created until there is a reject, and values are quoted")
    func writesQuotedCSV() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = dir.path("rejects.csv")
        var writer = RejectsWriter(path: path)
        try writer.append([])
        #expect(!FileManager.default.fileExists(atPath: path))
        let reject = RejectedRow(
            file: "r.csv",
            line: 3,
            field: "name",
            kind: .unbalancedQuote,
            reason: "a, b",
            raw: "2,\"Bob\nx"
        )
        try writer.append([reject])
        try writer.append([reject])
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("file,line,field,reason,raw\nr.csv,3,name,\"a, b\",\"2,\"\"Bob\nx\"\n"))
        let result = try readAll(path)
        #expect(result.rows.count == 2 && result.rows[0][4] == "2,\"Bob\nx")
        #expect(writer.count == 2)
    }

    @Test("raw text is cut to the limit at a character boundary")
    func truncatesRaw() {
        let reject = RejectedRow(
            file: "f",
            line: 1,
            field: nil,
            kind: .wrongFieldCount,
            reason: "r",
            raw: String(repeating: "é", count: 800)
        )
        #expect(reject.raw.utf8.count == RejectedRow.rawTextLimit)
    }
}

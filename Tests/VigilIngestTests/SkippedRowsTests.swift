import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// Lines skipped as empty or blank are counted and named by line, so a person can look at them: in the
/// reader's summary, in a sample read in two parts, and in the data-quality report per file.
@Suite struct SkippedRowsTests {
    private static let header =
        "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"

    private static func row(_ number: Int) -> String {
        "R\(number),crime,C\(number),2024-01-01,victim,Ann,Lee,1990-01-01,1 High St,Dudley,DY1 1AA\n"
    }

    @Test("the reader keeps the lines of the first ten rows skipped, and the summary says they are the first")
    func firstTenLines() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var text = Self.header
        for number in 1...30 { text += number.isMultiple(of: 2) ? ",,,,,,,,,,\n" : Self.row(number) }
        let path = try dir.write("gaps.csv", text)
        var reader = try ExtractReader<PersonRecord>(path: path)
        while try reader.nextBatch(maxRows: 4) != nil {}
        let summary = reader.summary
        #expect(summary.rowsSkipped == 15)
        #expect(summary.skippedLines == [3, 5, 7, 9, 11, 13, 15, 17, 19, 21])
        #expect(
            summary.description
                == "gaps.csv: 15 read, 15 accepted, 0 rejected; 15 empty or blank lines skipped "
                + "(lines 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, ... (the first 10 of 15))"
        )
    }

    @Test("a sample read in two parts names the skipped rows by their lines in the whole file")
    func sampleInTwoParts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var text = Self.header
        // Past the first chunk (1 MiB), which is read before a split is looked for; the second part is
        // exactly three batches of rows, so its end-of-file mark is found only after its last batch.
        var split = 0
        for number in 1...60_000 {
            if number == 30_001 { split = text.utf8.count }
            text += Self.row(number)
            if number == 3 || number == 45_000 { text += "  ,\t,\n" }
        }
        text += "\u{1A}"
        let path = try dir.write("split.csv", text)
        var sampling = try ExtractReader<PersonRecord>(path: path)
        _ = try sampling.sample(
            limit: .max,
            seed: 5,
            splitting: SampleSplitting(
                fraction: (Double(split - 1) + 0.5) / Double(text.utf8.count),
                minimumBytes: 0
            ),
            rejected: { _ in }
        )
        let readInParts = sampling.sampleReadInParts
        let summary = sampling.summary
        #expect(readInParts)
        #expect(summary.rowsSkipped == 3)
        #expect(summary.skippedLines == [5, 45_003, 60_004])
    }

    @Test("the data-quality report lists each file's skipped rows with their lines, in text and JSON")
    func reportPerFile() throws {
        var profiler = DataQualityProfiler(source: "crime", file: "in/*/crime.csv", kind: .personRecords)
        for (file, lines, count) in [("in/b/crime.csv", [4], 1), ("in/a/crime.csv", [2, 9], 2)] {
            var summary = IngestSummary(file: file)
            summary.rowsRead = 10
            summary.rowsAccepted = 10
            summary.rowsSkipped = count
            summary.skippedLines = lines
            profiler.add(summary)
        }
        var clean = IngestSummary(file: "in/c/crime.csv")
        clean.rowsRead = 5
        profiler.add(clean)
        let report = profiler.report()
        #expect(
            report.skippedRows == [
                .init(file: "in/a/crime.csv", count: 2, lines: [2, 9]),
                .init(file: "in/b/crime.csv", count: 1, lines: [4]),
            ]
        )
        #expect(report.rowsSkipped == 3)
        let text = report.text()
        #expect(
            text.contains(
                "\n  lines skipped       3   empty, or blank but for separators, spaces or an end-of-file mark\n"
            ),
            "\(text)"
        )
        #expect(text.contains("\n    in/a/crime.csv: 2, lines 2, 9\n    in/b/crime.csv: 1, line 4\n"), "\(text)")
        #expect(try DataQualityReport.decode(json: report.jsonData()) == report)
    }

    @Test("a report with no skipped rows is stored as before, and one stored before they were counted still reads")
    func storedFormUnchanged() throws {
        var profiler = DataQualityProfiler(source: "crime", file: "crime.csv", kind: .personRecords)
        profiler.add(IngestSummary(file: "crime.csv"))
        let report = profiler.report()
        #expect(report.skippedRows == nil)
        let json = String(decoding: try report.jsonData(), as: UTF8.self)
        #expect(!json.contains("skippedRows"))
        #expect(!report.text().contains("lines skipped"))
        #expect(try DataQualityReport.decode(json: Data(json.utf8)) == report)
    }
}

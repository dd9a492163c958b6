import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// Empty lines (nothing between two line breaks) are counted where blank rows are, each once and by
/// its line, whatever the chunk size, however the file is split, and whether it ends in one line break
/// or several.
@Suite struct EmptyLinesTests {
    private static let header =
        "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"

    private static func row(_ number: Int) -> String {
        "R\(number),crime,C\(number),2024-01-01,victim,Ann,Lee,1990-01-01,1 High St,Dudley,DY1 1AA\n"
    }

    /// Every row, the count of lines skipped and their lines, read in batches of `maxRows`.
    private static func read(_ path: String, chunkSize: Int, maxRows: Int) throws -> ([[String]], Int, [Int]) {
        var reader = try CSVReader(path: path, chunkSize: chunkSize)
        var rows: [[String]] = []
        while let batch = try reader.nextBatch(maxRows: maxRows) {
            rows += (0..<batch.rowCount).map { batch.strings(row: $0) }
        }
        return (rows, reader.rowsSkipped, reader.skippedLines)
    }

    @Test("an empty line in the middle, after LF or CRLF, is counted with its line, as a blank row is")
    func emptyLinesInTheMiddle() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("gaps.csv", "id,name\n1,Ann\n\n2,Bob\r\n\r\n,\n3,Cy\n\n\n4,Di\n")
        for (chunkSize, maxRows) in [(16, 1), (17, 2), (1 << 20, 10_000)] {
            let (rows, skipped, lines) = try Self.read(path, chunkSize: chunkSize, maxRows: maxRows)
            #expect(rows == [["1", "Ann"], ["2", "Bob"], ["3", "Cy"], ["4", "Di"]], "chunk \(chunkSize)")
            #expect(skipped == 5, "chunk \(chunkSize)")
            #expect(lines == [3, 5, 6, 8, 9], "chunk \(chunkSize)")
        }
    }

    @Test("the line break that ends the last row is not an empty line; every empty line after it is")
    func trailingLineBreaks() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let cases: [(String, Int, [Int])] = [
            ("id,name\n1,Ann\n", 0, []),
            ("id,name\n1,Ann", 0, []),
            ("id,name\r\n1,Ann\r\n", 0, []),
            ("id,name\n1,Ann\n\n", 1, [3]),
            ("id,name\n1,Ann\n\n\n\n", 3, [3, 4, 5]),
            ("id,name\r\n1,Ann\r\n\r\n\r\n", 2, [3, 4]),
            ("id,name\n\n", 1, [2]),
        ]
        for (index, (text, count, lines)) in cases.enumerated() {
            let path = try dir.write("end\(index).csv", text)
            for chunkSize in [16, 1 << 20] {
                let (_, skipped, skippedLines) = try Self.read(path, chunkSize: chunkSize, maxRows: 1)
                #expect(skipped == count, "\(text.debugDescription), chunk \(chunkSize)")
                #expect(skippedLines == lines, "\(text.debugDescription), chunk \(chunkSize)")
            }
        }
    }

    @Test("the summary and the data-quality report count empty lines with the blank ones, in words that say so")
    func summaryAndReportWords() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("gaps.csv", Self.header + Self.row(1) + "\n" + ",,,,,,,,,,\n" + Self.row(2) + "\n\n")
        var reader = try ExtractReader<PersonRecord>(path: path)
        var profiler = DataQualityProfiler(source: "crime", file: path, kind: .personRecords)
        while let batch = try reader.nextBatch() { profiler.add(batch) }
        profiler.add(reader.summary)
        #expect(
            reader.summary.description
                == "gaps.csv: 2 read, 2 accepted, 0 rejected; 4 empty or blank lines skipped (lines 3, 4, 6, 7)"
        )
        let report = profiler.report()
        #expect(report.skippedRows == [.init(file: path, count: 4, lines: [3, 4, 6, 7])])
        let text = report.text()
        #expect(text.contains("lines skipped       4   empty, or blank but for separators"), "\(text)")
    }

    @Test("a sample read in two parts counts an empty line at the split once, by its line in the whole file")
    func splitAtAnEmptyLine() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // An empty line just before the split (the first part's last line) and one just after it (the second
        // part's first), past the first chunk (1 MiB), which is read before a split is looked for.
        for emptyLineAfterSplit in [false, true] {
            var text = Self.header
            var split = 0
            for number in 1...30_000 {
                if number == 15_001 {
                    if !emptyLineAfterSplit { text += "\n" }
                    split = text.utf8.count
                    if emptyLineAfterSplit { text += "\n" }
                }
                text += Self.row(number)
                if number == 3 || number == 20_000 { text += "\n" }
            }
            text += "\n"
            let path = try dir.write("split\(emptyLineAfterSplit).csv", text)
            let fraction = (Double(split - 1) + 0.5) / Double(text.utf8.count)
            var inParts = try ExtractReader<PersonRecord>(path: path)
            _ = try inParts.sample(
                limit: .max,
                seed: 5,
                splitting: SampleSplitting(fraction: fraction, minimumBytes: 0),
                rejected: { _ in }
            )
            var whole = try ExtractReader<PersonRecord>(path: path)
            _ = try whole.sample(limit: .max, seed: 5, splitting: .never, rejected: { _ in })
            let readInParts = inParts.sampleReadInParts
            #expect(readInParts, "after split: \(emptyLineAfterSplit)")
            #expect(inParts.summary.rowsSkipped == 4, "after split: \(emptyLineAfterSplit)")
            #expect(inParts.summary.skippedLines == whole.summary.skippedLines, "after split: \(emptyLineAfterSplit)")
            #expect(whole.summary.rowsSkipped == 4)
            #expect(whole.summary.skippedLines == [5, 15_003, 20_004, 30_005])
        }
    }
}

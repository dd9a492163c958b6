import Testing

@testable import vigil

/// The progress line: a bar with the share done and the time left when the size of the work is known,
/// a count of rows when it is not.
@Suite struct ProgressReporterTests {
    @Test("a known share of the work draws a bar, the percentage, the counts and the time left")
    func bar() {
        let line = ProgressReporter.line(label: "linking", rows: 450_112, fraction: 0.45, elapsed: 2.75)
        #expect(line == "linking [==========>             ]  45%  450,112 rows  163,677 rows/s  0:04 left")
    }

    @Test("the end of the work fills the bar and says nothing about time left")
    func done() {
        let line = ProgressReporter.line(label: "generating", rows: 1_100_000, fraction: 1, elapsed: 3)
        #expect(line == "generating [========================] 100%  1,100,000 rows  366,666 rows/s")
    }

    @Test("the time left waits for a few per cent of the work, and standard input gets a count of rows")
    func unknown() {
        let early = ProgressReporter.line(label: "linking", rows: 8_192, fraction: 0.01, elapsed: 0.1)
        #expect(!early.contains("left"))
        #expect(early == "linking [>                       ]   1%  8,192 rows", "no rate in the first moments")
        let piped = ProgressReporter.line(label: "linking", rows: 8_192, fraction: nil, elapsed: 0.5)
        #expect(piped == "linking: 8,192 rows  16,384 rows/s")
    }

    @Test("durations read as minutes and seconds, or hours from an hour on; counts are grouped by thousands")
    func clockAndCounts() {
        #expect(ProgressReporter.clock(4.2) == "0:05")
        #expect(ProgressReporter.clock(754) == "12:34")
        #expect(ProgressReporter.clock(3_725) == "1:02:05")
        #expect(ProgressReporter.grouped(0) == "0")
        #expect(ProgressReporter.grouped(999) == "999")
        #expect(ProgressReporter.grouped(1_000) == "1,000")
        #expect(ProgressReporter.grouped(12_345_678) == "12,345,678")
    }
}

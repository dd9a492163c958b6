import Testing
import VigilIngest

/// A summary's words agree with its counts: one line, one date, one row; two lines, dates, rows.
@Suite struct IngestSummaryWordsTests {
    static func summary(invalidUTF8: Int, unread: Int, datesKept: Int, skipped: Int) -> IngestSummary {
        var summary = IngestSummary(file: "crime.csv")
        summary.rowsRead = 10
        summary.rowsAccepted = 10 - invalidUTF8
        if invalidUTF8 > 0 { summary.rejectsByKind[.invalidUTF8] = invalidUTF8 }
        summary.linesUnread = unread
        summary.invalidDatesKeptAsMissing = datesKept
        summary.rowsSkipped = skipped
        summary.skippedLines = Array(4..<(4 + skipped))
        return summary
    }

    @Test("a count of one is written in the singular")
    func one() {
        let text = Self.summary(invalidUTF8: 1, unread: 1, datesKept: 1, skipped: 1).description
        #expect(text.contains("; 1 line NOT READ after a stray quote"), "\(text)")
        #expect(text.contains("; 1 partial or invalid date kept as missing"), "\(text)")
        #expect(text.contains("; 1 empty or blank line skipped (line 4)"), "\(text)")
        #expect(text.contains("; a row that is not valid UTF-8 usually means the extract is written in"), "\(text)")
    }

    @Test("any other count is written in the plural, the verb agreeing")
    func many() {
        let text = Self.summary(invalidUTF8: 2, unread: 3, datesKept: 2, skipped: 2).description
        #expect(text.contains("; 3 lines NOT READ after a stray quote"), "\(text)")
        #expect(text.contains("; 2 partial or invalid dates kept as missing"), "\(text)")
        #expect(text.contains("; 2 empty or blank lines skipped (lines 4, 5)"), "\(text)")
        #expect(text.contains("; rows that are not valid UTF-8 usually mean the extract is written in"), "\(text)")
    }
}

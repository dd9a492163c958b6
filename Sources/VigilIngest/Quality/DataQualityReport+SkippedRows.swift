extension DataQualityReport {
    /// Lines of one file skipped as empty or blank (nothing at all, or only separators, spaces, tabs or
    /// non-breaking spaces, or an end-of-file mark), with the lines of the first few so a person can look
    /// at them. Empty lines at the end of the file count; the line break that ends the last row does not.
    public struct SkippedRows: Codable, Sendable, Hashable {
        /// The file read, as the reader named it (a glob's match, not the glob).
        public var file: String
        /// Lines skipped in it.
        public var count: Int
        /// The lines of the first of them, at most ``CSVReader/skippedLinesKept``.
        public var lines: [Int]

        /// Creates the figures for one file.
        public init(file: String, count: Int, lines: [Int]) {
            self.file = file
            self.count = count
            self.lines = lines
        }

        /// The figures of a reader's summary; `nil` when it skipped no line.
        public init?(_ summary: IngestSummary) {
            guard summary.rowsSkipped > 0 else { return nil }
            self.init(file: summary.file, count: summary.rowsSkipped, lines: summary.skippedLines)
        }
    }

    /// Lines skipped as empty or blank, all files together.
    public var rowsSkipped: Int { (skippedRows ?? []).reduce(0) { $0 + $1.count } }

    /// The skipped lines as `vigil dq` prints them: the count, then each file with its lines.
    ///
    /// ```
    ///   lines skipped         3   empty, or blank but for separators, spaces or an end-of-file mark
    ///     in/a/crime.csv: 2, lines 4, 9
    ///     in/b/crime.csv: 1, line 3
    /// ```
    var skippedLines: [String] {
        guard let skippedRows, !skippedRows.isEmpty else { return [] }
        let width = max(QualityFormat.count(rowsRead).count, 5)
        var lines = [
            QualityFormat.pad("  lines skipped", 18)
                + QualityFormat.pad(QualityFormat.count(rowsSkipped), width, right: true)
                + "   empty, or blank but for separators, spaces or an end-of-file mark"
        ]
        for skipped in skippedRows {
            let listed = IngestSummary.linesText(skipped.lines, of: skipped.count)
            lines.append("    \(skipped.file): \(QualityFormat.count(skipped.count)), \(listed)")
        }
        return lines
    }
}

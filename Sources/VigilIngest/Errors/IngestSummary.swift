import VigilCore

/// Counts for one extract: rows read, rows accepted, and rejects by kind.
///
/// A reader keeps its summary up to date as batches are pulled, so a caller can log it at the end of
/// a run or show it on the dashboard.
public struct IngestSummary: Sendable, Hashable, CustomStringConvertible {
    /// The extract, as given by the caller.
    public var file: String
    /// Data rows read (accepted plus rejected), not counting the header or empty or blank lines.
    public var rowsRead = 0
    /// Rows that became records.
    public var rowsAccepted = 0
    /// When only a sample of the rows was made into records (training), how many rows were sampled;
    /// `nil` when every row was.
    public var rowsSampled: Int?
    /// Rejected rows by kind of problem.
    public var rejectsByKind: [RejectedRow.Kind: Int] = [:]
    /// Non-empty dates kept as missing: partial dates ("1990", "03/1990"), a date of birth after the
    /// event, and dates that were not real dates where the mapping says `on_invalid_date: missing`.
    public var invalidDatesKeptAsMissing = 0
    /// Lines skipped as empty or blank after the header: empty lines (several at the end of the file
    /// too; the line break that ends the last row is not one), and rows of only separators or spaces, or
    /// an end-of-file mark.
    public var rowsSkipped = 0
    /// The lines of the first of them (at most ``CSVReader/skippedLinesKept``), for a person to check.
    public var skippedLines: [Int] = []
    /// Lines a stray quote swallowed that could not be read again (see ``CSVReader/linesUnread``): the
    /// extract was not read to its end, so what it lacks says nothing about what it holds.
    public var linesUnread = 0

    /// Creates an empty summary for a file.
    public init(file: String) {
        self.file = file
    }

    /// Rows rejected, all kinds together.
    public var rowsRejected: Int { rejectsByKind.values.reduce(0, +) }

    /// Counts a batch of rejects.
    public mutating func record(_ rejects: [RejectedRow]) {
        for reject in rejects {
            rejectsByKind[reject.kind, default: 0] += 1
        }
    }

    /// One line, e.g. `roster.csv: 1000 read, 998 accepted, 2 rejected (duplicate id 2)`; a sample adds
    /// `300000 sampled` after the rows read. The file is named by its last path component.
    public var description: String { text(naming: DistinctFileNames.lastComponent(of: file)) }

    /// The line ``description`` gives, naming the file `name` (from ``DistinctFileNames``, when other
    /// files named in the same place could share its last path component).
    public func text(naming name: String) -> String {
        var text = "\(name): \(rowsRead) read, "
        if let rowsSampled { text += "\(rowsSampled) sampled, " }
        text += "\(rowsAccepted) accepted, \(rowsRejected) rejected"
        if !rejectsByKind.isEmpty {
            let parts = rejectsByKind.keys.sorted().map { "\($0.rawValue) \(rejectsByKind[$0]!)" }
            text += " (" + parts.joined(separator: ", ") + ")"
        }
        if linesUnread > 0 {
            text += "; \(linesUnread.counted("line")) NOT READ after a stray quote (see the rejects)"
        }
        if rowsSkipped > 0 {
            text += "; \(rowsSkipped.counted("empty or blank line")) skipped (\(skippedLinesText))"
        }
        if invalidDatesKeptAsMissing > 0 {
            text += "; \(invalidDatesKeptAsMissing.counted("partial or invalid date")) kept as missing"
        }
        if let hint = encodingHint { text += "; " + hint }
        return text
    }

    /// The lines skipped as empty or blank, in words: "line 4", "lines 4, 9", "lines 4, 9, ... (the first
    /// 10 of 25)".
    public var skippedLinesText: String {
        Self.linesText(skippedLines, of: rowsSkipped)
    }

    /// Line numbers in words, saying when they are only the first `lines.count` of `count`.
    public static func linesText(_ lines: [Int], of count: Int) -> String {
        let listed = lines.map(String.init).joined(separator: ", ")
        if lines.count >= count { return (lines.count == 1 ? "line " : "lines ") + listed }
        return "lines \(listed), ... (the first \(lines.count) of \(count))"
    }

    /// Advice when rows were rejected as not valid UTF-8: such rows usually mean the extract is written
    /// in Windows-1252, which a mapping can say; `nil` when no row was.
    public var encodingHint: String? {
        guard let count = rejectsByKind[.invalidUTF8], count > 0 else { return nil }
        let rows = count.agreeing(
            "a row that is not valid UTF-8 usually means",
            plural: "rows that are not valid UTF-8 usually mean"
        )
        return rows + " the extract is written in Windows-1252 (as SQL Server and Excel exports often are): if so, say"
            + " 'encoding: windows-1252' in its column mapping (docs/mapping.md)"
    }
}

import VigilCore

/// Reads an extract into typed records (`Employee`, `PersonRecord`, `IncidentLocation`), batch by
/// batch, checking each row and rejecting the bad ones with a reason.
///
/// A row is rejected when its id is empty or already seen in the file, its `source` is unknown, or a
/// date field (required or optional) holds something that is not a real date; the reject names the
/// field. Empty dates and placeholders (`UNKNOWN`, `00/00/0000`) are missing values, not rejects.
/// Duplicate ids are found with a set of 64-bit hashes, so memory stays small for millions of rows.
///
/// ```swift
/// var reader = try ExtractReader<Employee>(path: "roster.csv", mapping: try .load(path: "roster.yaml"))
/// while let batch = try reader.nextBatch() {
///     employees += batch.records
///     try rejects.append(batch.rejects)
/// }
/// print(reader.summary)
/// ```
public struct ExtractReader<Record: Sendable>: ~Copyable {
    /// Counts so far: rows read, accepted, rejects by kind.
    public internal(set) var summary: IngestSummary
    /// The mapping in use.
    public let mapping: ColumnMapping

    var csv: CSVReader
    let resolved: ResolvedColumns
    let build: @Sendable (inout MappedRow) throws(MappedRow.Issue) -> Record
    private var seenIDs = IDFingerprints()
    /// Whether each batch keeps its CSV rows (``ExtractBatch/rows``), for records that are read from them.
    let keepsRows: Bool
    /// Whether the last sample was read in two parts, one on each core (see ``SampleSplitting``).
    var sampleReadInParts = false

    init(
        csv: consuming CSVReader,
        mapping: ColumnMapping,
        keepsRows: Bool = false,
        build: (ResolvedColumns) -> @Sendable (inout MappedRow) throws(MappedRow.Issue) -> Record
    ) throws {
        self.keepsRows = keepsRows
        let resolved = try ResolvedColumns(mapping: mapping, header: csv.header, file: csv.fileName)
        self.summary = IngestSummary(file: csv.fileName)
        self.mapping = mapping
        self.resolved = resolved
        self.build = build(resolved)
        self.csv = csv
    }

    /// The extract's header as written.
    public var header: [String] { csv.header }

    /// Reads up to `maxRows` rows and returns the records and rejects among them; `nil` at the end.
    ///
    /// - Throws: ``IngestError`` `unreadable` if the input cannot be read.
    public mutating func nextBatch(maxRows: Int = 10_000) throws -> ExtractBatch<Record>? {
        let batch = try csv.nextBatch(maxRows: maxRows)
        // Rows skipped, and lines a stray quote swallowed, are counted by the reader; the last may come
        // after the last batch.
        summary.rowsSkipped = csv.rowsSkipped
        summary.skippedLines = csv.skippedLines
        summary.linesUnread = csv.linesUnread
        guard let batch else { return nil }
        var result = ExtractBatch<Record>()
        result.records.reserveCapacity(batch.rowCount)
        result.lines.reserveCapacity(batch.rowCount)
        result.rejects = batch.rejects
        if keepsRows { result.rows = batch }
        result.fractionRead = csv.fractionRead
        let rows = RowMapping(reader: self)
        for row in 0..<batch.rowCount {
            switch rows.map(batch, row: row, seenIDs: &seenIDs) {
            case .record(let mapped):
                result.records.append(mapped.record)
                result.lines.append(batch.line(ofRow: row))
                summary.invalidDatesKeptAsMissing += mapped.invalidDatesKept
            case .reject(let reject):
                result.rejects.append(reject)
            }
        }
        result.rejects.sort { $0.line < $1.line }
        if !result.rejects.isEmpty { identify(&result.rejects) }
        summary.rowsRead += batch.rowCount + batch.rejects.count
        summary.rowsAccepted += result.records.count
        summary.record(result.rejects)
        return result
    }

    /// Sets each reject's ``RejectedRow/recordID`` from its id column, where that can still be read.
    func identify(_ rejects: inout [RejectedRow]) {
        let column = resolved.singleColumns[resolved.idSlot]
        guard column >= 0 else { return }
        for index in rejects.indices where rejects[index].kind != .missingID && rejects[index].kind != .repeatedHeader {
            rejects[index].recordID =
                rejects[index].rawField(column)
                ?? (rejects[index].kind == .unbalancedQuote ? rejects[index].rawFieldTakingQuotesAsText(column) : nil)
        }
    }
}

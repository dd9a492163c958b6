/// A run of rows pulled from a ``CSVReader``: the accepted rows' fields, their line numbers, and the
/// rows rejected on the way.
///
/// Fields are kept as unescaped UTF-8 bytes in one buffer, so a batch costs a few allocations however
/// many rows it holds; make a `String` only for the columns you use. Batches are `Sendable` values,
/// so a caller can hand them to other tasks while the reader goes on.
///
/// ```swift
/// while let batch = try reader.nextBatch(maxRows: 10_000) {
///     for row in 0..<batch.rowCount {
///         let surname = batch.string(row: row, column: surnameColumn)
///     }
/// }
/// ```
public struct CSVBatch: Sendable {
    /// The number of fields in every accepted row (the header's width).
    public let columnCount: Int
    /// The physical line (1-based) on which each accepted row starts.
    public internal(set) var lines: [Int] = []
    /// Rows rejected while reading this batch, in file order.
    public internal(set) var rejects: [RejectedRow] = []
    var bytes: [UInt8] = []
    /// End offset in `bytes` of each field, row after row.
    var fieldEnds: [Int] = []

    init(columnCount: Int) {
        self.columnCount = columnCount
    }

    /// The number of accepted rows.
    public var rowCount: Int { lines.count }

    /// Whether the batch holds neither rows nor rejects.
    public var isEmpty: Bool { lines.isEmpty && rejects.isEmpty }

    /// The physical line on which a row starts.
    public func line(ofRow row: Int) -> Int { lines[row] }

    func byteRange(row: Int, column: Int) -> Range<Int> {
        precondition(row >= 0 && row < rowCount && column >= 0 && column < columnCount, "no such field")
        let index = row * columnCount + column
        let start = index == 0 ? 0 : fieldEnds[index - 1]
        return start..<fieldEnds[index]
    }

    /// A field as a string (UTF-8 was checked while reading).
    public func string(row: Int, column: Int) -> String {
        let range = byteRange(row: row, column: column)
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self)
        }
    }

    /// A field's bytes, unescaped, without copying.
    public func withFieldBytes<Result>(
        row: Int,
        column: Int,
        _ body: (UnsafeBufferPointer<UInt8>) throws -> Result
    ) rethrows -> Result {
        let range = byteRange(row: row, column: column)
        return try bytes.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// A field's bytes, unescaped.
    public func fieldBytes(row: Int, column: Int) -> ArraySlice<UInt8> {
        bytes[byteRange(row: row, column: column)]
    }

    /// A batch holding only the given rows (in the order given) with their lines; rejects are left out.
    func keeping(rows: [Int]) -> CSVBatch {
        var kept = CSVBatch(columnCount: columnCount)
        kept.lines.reserveCapacity(rows.count)
        kept.fieldEnds.reserveCapacity(rows.count * columnCount)
        for row in rows {
            let first = row * columnCount
            let start = first == 0 ? 0 : fieldEnds[first - 1]
            let shift = kept.bytes.count - start
            kept.bytes.append(contentsOf: bytes[start..<fieldEnds[first + columnCount - 1]])
            for index in first..<(first + columnCount) { kept.fieldEnds.append(fieldEnds[index] + shift) }
            kept.lines.append(lines[row])
        }
        return kept
    }

    /// All fields of a row as strings.
    public func strings(row: Int) -> [String] {
        (0..<columnCount).map { string(row: row, column: $0) }
    }

    /// The row re-encoded as one CSV line (quoted where needed), for reject reports.
    public func csvText(row: Int) -> String {
        CSVBatch.csvLine(strings(row: row))
    }

    /// Joins values into one CSV line, quoting those that contain a comma, quote or line break.
    public static func csvLine(_ values: [String]) -> String {
        values.map { value in
            guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else {
                return value
            }
            var quoted = "\""
            for character in value {
                quoted += character == "\"" ? "\"\"" : String(character)
            }
            return quoted + "\""
        }.joined(separator: ",")
    }
}

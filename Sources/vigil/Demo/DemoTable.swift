import Foundation
import VigilIngest

/// A small CSV file held in memory as text fields: what the demo reads from the generated world and
/// writes as each simulated day's extracts.
///
/// The demo's worlds are a few tens of thousands of rows, so whole files fit easily; the daily run
/// itself still streams what the demo writes.
struct DemoTable: Sendable {
    /// The header row.
    var header: [String]
    /// Every data row, each as long as the header.
    var rows: [[String]]

    /// An empty table with a header.
    init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// Reads a whole CSV file (as written by the world generator).
    init(path: String) throws {
        var reader = try CSVReader(path: path)
        var rows: [[String]] = []
        while let batch = try reader.nextBatch(maxRows: 20_000) {
            for row in 0..<batch.rowCount {
                rows.append((0..<batch.columnCount).map { batch.string(row: row, column: $0) })
            }
        }
        self.header = reader.header
        self.rows = rows
    }

    /// The index of a column; a missing column is a defect in the world generator.
    func column(_ name: String) -> Int {
        guard let index = header.firstIndex(of: name) else {
            preconditionFailure("the demo world has no column \(name)")
        }
        return index
    }

    /// The same header with other rows.
    func with(rows: [[String]]) -> DemoTable {
        DemoTable(header: header, rows: rows)
    }

    /// Writes the table as RFC 4180 CSV with LF line ends.
    func write(to path: String) throws {
        var text = header.map(Self.escape).joined(separator: ",") + "\n"
        for row in rows {
            text += row.map(Self.escape).joined(separator: ",")
            text += "\n"
        }
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: path).deletingLastPathComponent().path,
            withIntermediateDirectories: true
        )
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
    }

    /// Quotes a field when it holds a comma, a quote or a line break.
    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

import Testing

@testable import VigilIngest

/// Reads a whole CSV file into rows (as strings with their lines) and rejects.
func readAll(_ path: String, fieldLimit: Int = CSVReader.defaultFieldLimit, chunkSize: Int = 1 << 20, maxRows: Int = 3)
    throws -> (header: [String], rows: [[String]], lines: [Int], rejects: [RejectedRow])
{
    var reader = try CSVReader(path: path, fieldLimit: fieldLimit, chunkSize: chunkSize)
    var rows: [[String]] = []
    var lines: [Int] = []
    var rejects: [RejectedRow] = []
    while let batch = try reader.nextBatch(maxRows: maxRows) {
        for row in 0..<batch.rowCount {
            rows.append(batch.strings(row: row))
            lines.append(batch.line(ofRow: row))
        }
        rejects += batch.rejects
    }
    return (reader.header, rows, lines, rejects)
}

@Suite struct CSVReaderTests {
    @Test("plain rows come through with their fields and line numbers")
    func plainRows() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("plain.csv", "id,name\n1,Ann\n2,Bob\n\n3,Cy\n")
        let result = try readAll(path)
        #expect(result.header == ["id", "name"])
        #expect(result.rows == [["1", "Ann"], ["2", "Bob"], ["3", "Cy"]])
        #expect(result.lines == [2, 3, 5])
        #expect(result.rejects.isEmpty)
    }
}

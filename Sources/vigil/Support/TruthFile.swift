import VigilIngest

/// A ground-truth file of true pairs: `record_id, employee_id` or `incident_id, employee_id`.
struct TruthFile {
    /// The true employees of each record or incident id.
    let pairs: [String: [String]]
    let count: Int

    init(path: String) throws {
        var reader = try CSVReader(path: path)
        guard reader.header.count >= 2 else {
            throw IngestError(.missingColumn, "a truth file needs two columns: record id and employee id", file: path)
        }
        let employeeColumn = reader.columnIndex(named: "employee_id") ?? 1
        let idColumn = employeeColumn == 0 ? 1 : 0
        var pairs: [String: [String]] = [:]
        var count = 0
        while let batch = try reader.nextBatch() {
            if let reject = batch.rejects.first {
                throw IngestError(.unreadable, reject.reason, file: path, line: reject.line, field: reject.field)
            }
            for row in 0..<batch.rowCount {
                pairs[batch.string(row: row, column: idColumn), default: []].append(
                    batch.string(row: row, column: employeeColumn)
                )
                count += 1
            }
        }
        self.pairs = pairs
        self.count = count
    }
}

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

extension TruthFile {
    /// A warning when the truth file does not belong to the extracts: some of its ids were not among the
    /// records (or incidents) read, or some of its employees are not on the roster. Such pairs count as
    /// missed, so recall looks worse than the linkage is; nil when every id was found.
    ///
    /// - Parameters:
    ///   - path: The truth file, as given.
    ///   - idsRead: The truth file's record (or incident) ids that were read.
    ///   - roster: The roster's employee ids.
    ///   - what: What the ids are: "records" or "incident locations".
    func coverageWarning(path: String, idsRead: Set<String>, roster: Set<String>, what: String) -> String? {
        var parts: [String] = []
        let unread = pairs.count - idsRead.count
        if unread > 0 {
            let example = pairs.keys.sorted().first { !idsRead.contains($0) }.map { " (e.g. \($0))" } ?? ""
            parts.append("\(unread) of its \(pairs.count) ids are not among the \(what) read\(example)")
        }
        let strangers = Set(pairs.values.joined()).subtracting(roster)
        if let example = strangers.sorted().first {
            parts.append("\(strangers.count) of its employee ids are not on the roster (e.g. \(example))")
        }
        guard !parts.isEmpty else { return nil }
        return "warning: \(path): " + parts.joined(separator: ", and ")
            + "; their pairs count as missed, so check the truth file belongs to these extracts"
    }
}

import Foundation
import VigilCore
import VigilIngest

/// A ground-truth file of true pairs: `record_id, employee_id` or `incident_id, employee_id`.
struct TruthFile {
    /// The true employees of each record or incident id.
    let pairs: [String: [String]]
    let count: Int

    /// Reads the pairs; the first line is a header naming `employee_id` (the other column holds the record
    /// or incident ids). Ids are trimmed of spaces, as extracts' are, and a pair listed twice counts once.
    ///
    /// - Throws: ``IngestError`` when the header is missing, a row is unreadable or no pair is listed.
    init(path: String) throws {
        var reader = try CSVReader(path: path)
        let names = reader.header.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        guard names.count >= 2, let employeeColumn = names.firstIndex(of: "employee_id") else {
            let found = reader.header.prefix(3).joined(separator: ",")
            throw IngestError(
                .missingColumn,
                "a truth file's first line is a header naming employee_id and the record (or incident) id "
                    + "column, such as 'record_id,employee_id'; found '\(found)'",
                file: path,
                line: 1
            )
        }
        let idColumn =
            names.firstIndex { $0 == "record_id" || $0 == "incident_id" } ?? (employeeColumn == 0 ? 1 : 0)
        var pairs: [String: [String]] = [:]
        var count = 0
        while let batch = try reader.nextBatch() {
            if let reject = batch.rejects.first {
                throw IngestError(.unreadable, reject.reason, file: path, line: reject.line, field: reject.field)
            }
            for row in 0..<batch.rowCount {
                let id = batch.string(row: row, column: idColumn).trimmingCharacters(in: .whitespaces)
                let employee = batch.string(row: row, column: employeeColumn).trimmingCharacters(in: .whitespaces)
                guard !id.isEmpty, !employee.isEmpty else {
                    let line = batch.line(ofRow: row)
                    throw IngestError(.unreadable, "a true pair needs both ids; one is empty", file: path, line: line)
                }
                guard pairs[id]?.contains(employee) != true else { continue }
                pairs[id, default: []].append(employee)
                count += 1
            }
        }
        // With no pairs every match would be a false positive and the best threshold a perfect one.
        guard count > 0 else {
            throw IngestError(
                .emptyFile,
                "the truth file lists no pairs, only its header: it needs the true pairs to evaluate "
                    + "against, one a line under '\(reader.header.joined(separator: ","))'",
                file: path
            )
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
            parts.append(
                "\(unread) of its \(pairs.count.counted("id")) \(unread.agreeing("is", plural: "are")) not among "
                    + "the \(what) read\(example)"
            )
        }
        let strangers = Set(pairs.values.joined()).subtracting(roster)
        if let example = strangers.sorted().first {
            let are = strangers.count.agreeing("is", plural: "are")
            parts.append("\(strangers.count) of its employee ids \(are) not on the roster (e.g. \(example))")
        }
        guard !parts.isEmpty else { return nil }
        return "warning: \(path): " + parts.joined(separator: ", and ")
            + "; their pairs count as missed, so check the truth file belongs to these extracts"
    }
}

import VigilCore

/// A mapping applied to one file's header: for each canonical field, the header columns it reads.
struct ResolvedColumns: Sendable {
    /// Column indexes per canonical field, in ``ExtractKind/canonicalFields`` order; empty when absent.
    let columns: [[Int]]
    /// The header names per canonical field, for naming the field in rejects.
    let displayNames: [String]
    /// The canonical field names, in slot order (``ExtractKind/canonicalFields`` builds a new array).
    let fields: [String]
    /// How each slot's dates are written, from the mapping (read per row, so looked up once here).
    let dateFormats: [DateFormat]
    /// The slot of the kind's id field.
    let idSlot: Int
    /// Per slot, its only column, or -1 when it reads none or several (read per field, so kept flat).
    let singleColumns: [Int]
    let kind: ExtractKind

    /// Resolves a mapping against a header.
    ///
    /// - Throws: ``IngestError`` `missingColumn` naming every column the header lacks, each with the
    ///   header column it was probably meant to be, if one differs only in case, spaces or punctuation;
    ///   `unreadable` when a column that is read is named twice in the header (which one holds the
    ///   values cannot be known, and a mapping names columns, so it cannot choose).
    init(mapping: ColumnMapping, header: [String], file: String) throws {
        var index: [String: Int] = [:]
        var repeated: [String: [Int]] = [:]
        for (position, name) in header.enumerated() {
            if let first = index[name] {
                repeated[name, default: [first]].append(position)
            } else {
                index[name] = position
            }
        }
        var columns: [[Int]] = []
        var displayNames: [String] = []
        var missing: [MissingColumn] = []
        for field in mapping.kind.canonicalFields {
            let source = mapping.source(of: field)
            let optional = mapping.kind.optionalFields.contains(field)
            switch source {
            case .absent:
                columns.append([])
                displayNames.append(field)
            case .column(let name):
                if let position = index[name] {
                    columns.append([position])
                } else if optional && mapping.columns[field] == nil {
                    columns.append([])
                } else {
                    missing.append(MissingColumn(field: field, column: name))
                    columns.append([])
                }
                displayNames.append(name)
            case .concatenation(let names):
                var positions: [Int] = []
                for name in names {
                    guard let position = index[name] else {
                        missing.append(MissingColumn(field: field, column: name))
                        continue
                    }
                    positions.append(position)
                }
                columns.append(positions)
                displayNames.append(field)
            }
        }
        if !missing.isEmpty { throw MissingColumn.error(missing, header: header, file: file) }
        let read = Set(columns.joined())
        let ambiguous = repeated.filter { read.contains(index[$0.key] ?? -1) }.sorted { $0.value[0] < $1.value[0] }
        if let (name, positions) = ambiguous.first {
            let places = positions.map { String($0 + 1) }.joined(separator: " and ")
            throw IngestError(
                .unreadable,
                "the header names the column '\(name)' more than once (columns \(places)), so which one to read "
                    + "is unclear: rename the others",
                file: file,
                line: 1,
                field: name
            )
        }
        self.columns = columns
        self.displayNames = displayNames
        let fields = mapping.kind.canonicalFields
        self.fields = fields
        dateFormats = fields.map { mapping.dateFormat(of: $0) }
        idSlot = fields.firstIndex(of: mapping.kind.idField) ?? 0
        singleColumns = columns.map { $0.count == 1 ? $0[0] : -1 }
        self.kind = mapping.kind
    }

    /// The slot of a canonical field; a programmer mistake if the kind has no such field.
    func slot(_ field: String) -> Int {
        guard let slot = kind.canonicalFields.firstIndex(of: field) else {
            preconditionFailure("\(kind.rawValue) has no field \(field)")
        }
        return slot
    }
}

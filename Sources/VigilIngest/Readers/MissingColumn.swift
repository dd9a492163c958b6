/// A column a mapping (or the canonical layout) reads that a file's header lacks.
///
/// A header is checked whole, so a file missing several columns is reported once with all of them,
/// not fixed and rerun one column at a time. A header column that differs from a missing one only in
/// case, spaces or punctuation (`Date Of Birth` for `date_of_birth`) is named as the likely intent; it
/// is not used silently, as a near name can also be a different column.
struct MissingColumn: Sendable, Equatable {
    /// The canonical field that reads the column.
    var field: String
    /// The header column the field is read from (the field's own name when the mapping is canonical).
    var column: String

    /// The error for a header lacking `missing` (at least one), naming the file.
    static func error(_ missing: [MissingColumn], header: [String], file: String) -> IngestError {
        precondition(!missing.isEmpty, "an error needs a missing column")
        let first = missing[0]
        if header.count == 1, let mark = [";", "\t", "|"].first(where: { header[0].contains($0) }) {
            let name = mark == "\t" ? "tabs" : "'\(mark)'"
            return IngestError(
                .missingColumn,
                "the header is one column holding \(name) between names: Vigil reads comma-separated files; "
                    + "export the extract with commas between fields",
                file: file,
                field: first.reported
            )
        }
        if missing.count == 1 {
            return IngestError(
                .missingColumn,
                "missing column " + first.phrase(header: header),
                file: file,
                field: first.reported
            )
        }
        let list = missing.map { $0.phrase(header: header, hint: false) }.joined(separator: ", ")
        let hint =
            missing.contains { $0.column == $0.field }
            ? "; map each in the column mapping, or map it to null if the extract has no such column" : ""
        return IngestError(
            .missingColumn,
            "missing \(missing.count) columns: \(list)\(hint)",
            file: file,
            field: first.reported
        )
    }

    /// The fields that identify a row, which cannot be mapped to null.
    private static let identifiers = Set(ExtractKind.allCases.map(\.idField))

    /// The name an error's `field` carries: the header column for a mapped field, else the field.
    private var reported: String { column == field ? field : column }

    /// `'field'` with what is known about it in brackets: where it is mapped from, the header column
    /// it was probably meant to be, and (alone) what to do.
    private func phrase(header: [String], hint: Bool = true) -> String {
        var notes: [String] = []
        if column != field { notes.append("mapped from '\(column)'") }
        if let near = Self.nearName(of: column, in: header) { notes.append("the header has '\(near)'") }
        if hint && column == field {
            notes.append(
                Self.identifiers.contains(field)
                    ? "map it in the column mapping to the extract's id column"
                    : "map it in the column mapping, or map it to null if the extract has no such column"
            )
        }
        return notes.isEmpty ? "'\(field)'" : "'\(field)' (\(notes.joined(separator: "; ")))"
    }

    /// A header column equal to `name` once case, spaces and punctuation are ignored, if there is one.
    static func nearName(of name: String, in header: [String]) -> String? {
        let key = comparable(name)
        guard !key.isEmpty else { return nil }
        return header.first { $0 != name && comparable($0) == key }
    }

    /// Letters and digits only, lower-cased: `Date Of-Birth` and `date_of_birth` both give `dateofbirth`.
    private static func comparable(_ name: String) -> String {
        String(
            String.UnicodeScalarView(
                name.lowercased().unicodeScalars.filter { $0.properties.isAlphabetic || ("0"..."9").contains($0) }
            )
        )
    }
}

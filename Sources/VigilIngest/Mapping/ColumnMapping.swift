import VigilCore

/// How one extract's columns and date formats map onto Vigil's canonical fields.
///
/// Real extracts name columns their own way (`NOMINAL_REF`, `DOB`) and write dates in several forms.
/// A mapping, usually loaded from a small YAML file with ``load(path:)`` (see `docs/mapping.md`), says
/// where each canonical field comes from. Fields it does not mention are read from a column with the
/// canonical name, so ``canonical(_:)`` is the mapping for an extract already in canonical form.
public struct ColumnMapping: Sendable, Hashable {
    /// Where a canonical field's value comes from.
    public enum Source: Sendable, Hashable {
        /// One column of the extract.
        case column(String)
        /// Several columns, trimmed and joined with single spaces (empty parts skipped).
        case concatenation([String])
        /// The extract has no such column; the field is left empty.
        case absent
    }

    /// What to do with a non-empty date that is not a real date.
    public enum InvalidDatePolicy: String, Sendable, Hashable {
        /// Reject the row, naming the field (the default).
        case reject
        /// Keep the row with the date missing, and count it in the summary.
        case missing
    }

    /// Which kind of extract this maps.
    public var kind: ExtractKind
    /// The source of every row, for a person-record extract without a `source` column.
    public var fixedSource: String?
    /// Canonical field → where it comes from; fields not listed come from the column of the same name.
    public var columns: [String: Source]
    /// Canonical date field → format; fields not listed are recognised automatically.
    public var dateFormats: [String: DateFormat]
    /// What to do with impossible or unparseable dates.
    public var invalidDates: InvalidDatePolicy
    /// How the extract's text is encoded (UTF-8 unless the mapping says otherwise).
    public var encoding: TextEncoding

    /// Creates a mapping; prefer ``load(path:)`` or ``canonical(_:)``.
    public init(
        kind: ExtractKind,
        fixedSource: String? = nil,
        columns: [String: Source] = [:],
        dateFormats: [String: DateFormat] = [:],
        invalidDates: InvalidDatePolicy = .reject,
        encoding: TextEncoding = .utf8
    ) {
        self.kind = kind
        self.fixedSource = fixedSource
        self.columns = columns
        self.dateFormats = dateFormats
        self.invalidDates = invalidDates
        self.encoding = encoding
    }

    /// The mapping for an extract that already uses the canonical column names.
    public static func canonical(_ kind: ExtractKind) -> ColumnMapping {
        ColumnMapping(kind: kind)
    }

    /// Where a canonical field comes from under this mapping.
    public func source(of field: String) -> Source {
        if field == "source" && fixedSource != nil && columns[field] == nil {
            return .absent
        }
        return columns[field] ?? .column(field)
    }

    /// The date format for a canonical date field.
    public func dateFormat(of field: String) -> DateFormat {
        dateFormats[field] ?? .automatic
    }
}

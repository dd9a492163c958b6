/// How dates are written in an extract's column, as named in a column mapping.
public enum DateFormat: String, Sendable, Hashable, CaseIterable {
    /// `YYYY-MM-DD`, optionally followed by a time (`T…` or ` …`), which is ignored.
    case iso = "ISO"
    /// `DD/MM/YYYY` (one-digit day and month accepted).
    case dayMonthYear = "DD/MM/YYYY"
    /// `DD-MMM-YYYY` with an English month abbreviation, e.g. `07-MAR-1984`.
    case dayMonthNameYear = "DD-MMM-YYYY"
    /// `YYYYMMDD`.
    case compact = "YYYYMMDD"
    /// Any of the above, recognised by shape.
    case auto

    /// Reads a format name from a mapping; `YYYY-MM-DD` is accepted for ``iso``, case is ignored.
    public init?(mappingName: String) {
        let name = mappingName.uppercased()
        if name == "YYYY-MM-DD" {
            self = .iso
            return
        }
        guard let format = DateFormat.allCases.first(where: { $0.rawValue.uppercased() == name }) else {
            return nil
        }
        self = format
    }
}

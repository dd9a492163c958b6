import VigilCore

extension DateFormat {
    /// The names a mapping file's `dates` section accepts, in the order error messages list them.
    ///
    /// `ISO` is the name `docs/mapping.md` documents for ``DateFormat/iso``; Core's own name for it,
    /// `YYYY-MM-DD`, is accepted too.
    static let mappingNames: [(name: String, format: DateFormat)] = [
        ("ISO", .iso), ("YYYY-MM-DD", .iso), ("DD/MM/YYYY", .dayMonthYear), ("DD-MMM-YYYY", .dayMonthNameYear),
        ("YYYYMMDD", .compact), ("auto", .automatic),
    ]

    /// Reads a date format named in a column mapping (`ISO`, `DD/MM/YYYY`, `auto`, ...), ignoring case.
    ///
    /// Returns `nil` for a name the mapping format does not know, such as `MM/DD/YYYY`.
    public init?(mappingName: String) {
        let name = mappingName.uppercased()
        guard let match = DateFormat.mappingNames.first(where: { $0.name.uppercased() == name }) else {
            return nil
        }
        self = match.format
    }
}

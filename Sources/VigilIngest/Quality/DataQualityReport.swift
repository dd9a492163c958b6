import Foundation

/// What one source's extract looked like on one run: row and reject counts, missing values per field,
/// placeholder names and dates, date-of-birth spikes, invalid and partial (outward code only) postcodes and
/// the most frequent values.
///
/// Built by ``DataQualityProfiler/report()`` as an extract streams, stored with the run for the
/// dashboard, printed by `vigil dq` (``text(comparedWith:)``), compared with the previous run's report
/// (``changes(from:)``) and checked by ``DataQualityGates``. The JSON form (``jsonData(pretty:)``) has
/// sorted keys and holds counts rather than rates, so the same extract always gives the same bytes.
///
/// ```swift
/// let report = profiler.report()
/// print(report.text(comparedWith: previous))
/// let failures = gates.evaluate(report, previous: previous)
/// ```
public struct DataQualityReport: Codable, Sendable, Hashable {
    /// The source's label in the configuration, such as "crime", "roster" or "incident-locations".
    public var source: String
    /// The extract read, as given by the caller.
    public var file: String
    /// The extract's layout.
    public var kind: ExtractKind
    /// Data rows read, accepted and rejected.
    public var rowsRead: Int
    /// Rows that became records.
    public var rowsAccepted: Int
    /// Records the profiler examined; the denominator of every missing rate (normally ``rowsAccepted``).
    public var rowsProfiled: Int
    /// Rejected rows by reason (``RejectedRow/Kind`` raw values, such as "duplicate id").
    public var rejectsByReason: [String: Int]
    /// Non-empty dates that were not real dates but were kept as missing, as the mapping allows.
    public var invalidDatesKeptAsMissing: Int
    /// Lines skipped as empty or blank, per file, in file name order; `nil` when no line was skipped (so
    /// the stored form of such a report is as it was before this was counted).
    public var skippedRows: [SkippedRows]?
    /// Missing and invalid values of each measured field, in the extract's canonical column order.
    public var fields: [FieldQuality]
    /// Date-of-birth spikes; `nil` for incident locations, which have no date of birth.
    public var dateOfBirth: DateQuality?
    /// Event-date spikes; `nil` for the roster, which has no event date.
    public var eventDate: DateQuality?
    /// The most frequent first forenames, normalised ("MARY" of "Mary Jane").
    public var topForenames: [ValueCount]
    /// The most frequent surnames, normalised.
    public var topSurnames: [ValueCount]
    /// The most frequent valid postcodes, in printed form ("B1 1AA").
    public var topPostcodes: [ValueCount]
    /// The most frequent address lines, normalised (a police station's address often tops this list).
    public var topAddressLines: [ValueCount]
    /// The most frequent placeholder names ("UNKNOWN", "NOT KNOWN"), forenames and surnames together.
    public var topPlaceholderNames: [ValueCount]

    /// Creates a report; ``DataQualityProfiler/report()`` is the usual way to get one.
    public init(
        source: String,
        file: String,
        kind: ExtractKind,
        rowsRead: Int = 0,
        rowsAccepted: Int = 0,
        rowsProfiled: Int = 0,
        rejectsByReason: [String: Int] = [:],
        invalidDatesKeptAsMissing: Int = 0,
        skippedRows: [SkippedRows]? = nil,
        fields: [FieldQuality] = [],
        dateOfBirth: DateQuality? = nil,
        eventDate: DateQuality? = nil,
        topForenames: [ValueCount] = [],
        topSurnames: [ValueCount] = [],
        topPostcodes: [ValueCount] = [],
        topAddressLines: [ValueCount] = [],
        topPlaceholderNames: [ValueCount] = []
    ) {
        self.source = source
        self.file = file
        self.kind = kind
        self.rowsRead = rowsRead
        self.rowsAccepted = rowsAccepted
        self.rowsProfiled = rowsProfiled
        self.rejectsByReason = rejectsByReason
        self.invalidDatesKeptAsMissing = invalidDatesKeptAsMissing
        self.skippedRows = skippedRows
        self.fields = fields
        self.dateOfBirth = dateOfBirth
        self.eventDate = eventDate
        self.topForenames = topForenames
        self.topSurnames = topSurnames
        self.topPostcodes = topPostcodes
        self.topAddressLines = topAddressLines
        self.topPlaceholderNames = topPlaceholderNames
    }

    /// Rows rejected, all reasons together.
    public var rowsRejected: Int { rejectsByReason.values.reduce(0, +) }

    /// The share of rows read that were rejected; 0 when no row was read.
    public var rejectRate: Double { rowsRead == 0 ? 0 : Double(rowsRejected) / Double(rowsRead) }

    /// Rows rejected because their id was already seen in the file.
    public var duplicateIDs: Int { rejectsByReason[RejectedRow.Kind.duplicateID.rawValue] ?? 0 }

    /// Non-empty postcodes that are neither placeholders, valid UK postcodes nor outward codes alone.
    public var invalidPostcodes: Int { field("postcode")?.invalid ?? 0 }

    /// Postcodes that are an outward code alone ("WV10"): half a postcode, the district without the
    /// street, which the linkage engine compares as a district (``FieldQuality/partial``).
    public var outwardCodeOnlyPostcodes: Int { field("postcode")?.partial ?? 0 }

    /// The figures for a field by its canonical name ("date_of_birth"), or `nil` if not measured.
    public func field(_ name: String) -> FieldQuality? {
        fields.first { $0.field == name }
    }

    /// The change since the previous run's report of the same source; `nil` on the first run.
    public func changes(from previous: DataQualityReport?) -> DataQualityChanges? {
        previous.map { DataQualityChanges(current: self, previous: $0) }
    }

    /// The report as JSON with sorted keys, the form stored for the dashboard.
    public func jsonData(pretty: Bool = false) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys] : [.sortedKeys]
        return try encoder.encode(self)
    }

    /// Reads a report stored by ``jsonData(pretty:)``.
    public static func decode(json: Data) throws -> DataQualityReport {
        try JSONDecoder().decode(DataQualityReport.self, from: json)
    }
}

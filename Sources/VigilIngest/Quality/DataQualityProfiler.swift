import VigilCore

/// Measures the quality of one source's extract while it streams, in memory that does not grow with
/// the number of rows.
///
/// Feed it every batch the ``ExtractReader`` returns (records and rejects) and, at the end, the
/// reader's ``IngestSummary``; then take the ``report()``. Per row it classifies each field as present,
/// empty, placeholder, invalid or partial with the linkage engine's own rules (``NameNormaliser``,
/// ``PostcodeValue``, ``PlaceholderValues``), so "missing" here means what the matcher will treat as
/// missing. Frequent names, postcodes and address lines are counted in
/// ``FrequencySketch``es of a few thousand counters each, and dates in a fixed array of days, so five
/// million rows take the same few megabytes as five hundred.
///
/// ```swift
/// var profiler = DataQualityProfiler(source: "crime", file: path, kind: .personRecords)
/// var reader = try ExtractReader<PersonRecord>(path: path, mapping: mapping)
/// while let batch = try reader.nextBatch() {
///     profiler.add(batch)
/// }
/// profiler.add(reader.summary)
/// let report = profiler.report()
/// ```
public struct DataQualityProfiler: Sendable {
    /// Counters per frequency sketch unless the caller says otherwise.
    public static let defaultSketchCapacity = 4_096
    /// Values listed per "most frequent" table unless the caller says otherwise.
    public static let defaultTopCount = 10

    /// Counts of the values of one field that are not usable.
    struct Tally: Sendable {
        var empty = 0
        var placeholder = 0
        var invalid = 0
        var partial = 0
    }

    /// The source's label in the configuration ("crime", "roster", "incident-locations").
    public let source: String
    /// The extract, as the caller names it.
    public let file: String
    /// The extract's layout; records of other kinds are a programmer mistake.
    public let kind: ExtractKind
    /// Values listed per "most frequent" table.
    public let topCount: Int

    var rowsProfiled = 0
    var rejectsFed: [RejectedRow.Kind: Int] = [:]
    /// The readers' summaries added together, once there is one.
    var summaries: IngestSummary?
    /// Lines skipped as empty or blank in each file whose summary was added.
    var skippedRows: [DataQualityReport.SkippedRows] = []
    /// One tally per ``QualityField``, indexed by its raw value.
    var tallies = Array(repeating: Tally(), count: QualityField.allCases.count)
    var datesOfBirth: DateProfile
    var eventDates: DateProfile
    var forenames: FrequencySketch<String>
    var surnames: FrequencySketch<String>
    var postcodes: FrequencySketch<String>
    var addressLines: FrequencySketch<String>
    var placeholderNames: FrequencySketch<String>
    var nameMemo = NameMemo()

    /// Creates a profiler for one source's extract.
    ///
    /// - Parameters:
    ///   - source: the source's label, which names the report and every gate failure.
    ///   - file: the extract, as it should appear in the report.
    ///   - kind: the extract's layout; it decides which fields are measured.
    ///   - topCount: values per "most frequent" table.
    ///   - sketchCapacity: counters per frequency sketch; any value seen in more than one row in
    ///     `sketchCapacity` is sure to be counted.
    ///   - readDay: the day the extract is read; dates of birth and event dates after it are counted
    ///     (``DataQualityReport/DateQuality/afterReadDay``). `nil` counts none.
    public init(
        source: String,
        file: String,
        kind: ExtractKind,
        topCount: Int = defaultTopCount,
        sketchCapacity: Int = defaultSketchCapacity,
        readDay: CalendarDate? = nil
    ) {
        precondition(topCount > 0 && sketchCapacity >= topCount, "the sketches must hold at least topCount values")
        self.source = source
        self.file = file
        self.kind = kind
        self.topCount = topCount
        datesOfBirth = DateProfile(readDay: readDay)
        eventDates = DateProfile(.event, readDay: readDay)
        forenames = FrequencySketch(capacity: sketchCapacity)
        surnames = FrequencySketch(capacity: sketchCapacity)
        postcodes = FrequencySketch(capacity: sketchCapacity)
        addressLines = FrequencySketch(capacity: sketchCapacity)
        placeholderNames = FrequencySketch(capacity: min(sketchCapacity, 256))
    }

    /// The figures so far; the profiler can go on taking rows afterwards.
    ///
    /// Row and reject counts come from the reader summaries added, when there are any, and otherwise from
    /// the records and rejects fed. Missing rates are shares of the records fed.
    public func report() -> DataQualityReport {
        let rejects = summaries?.rejectsByKind ?? rejectsFed
        let fedRows = rowsProfiled + rejectsFed.values.reduce(0, +)
        let fields = QualityField.fields(of: kind).map { field in
            let tally = tallies[field.rawValue]
            return DataQualityReport.FieldQuality(
                field: field.name,
                rows: rowsProfiled,
                empty: tally.empty,
                placeholder: tally.placeholder,
                invalid: tally.invalid,
                partial: tally.partial
            )
        }
        return DataQualityReport(
            source: source,
            file: file,
            kind: kind,
            rowsRead: summaries?.rowsRead ?? fedRows,
            rowsAccepted: summaries?.rowsAccepted ?? rowsProfiled,
            rowsProfiled: rowsProfiled,
            rejectsByReason: Dictionary(uniqueKeysWithValues: rejects.map { ($0.key.rawValue, $0.value) }),
            invalidDatesKeptAsMissing: summaries?.invalidDatesKeptAsMissing ?? 0,
            skippedRows: skippedRows.isEmpty ? nil : skippedRows.sorted { $0.file < $1.file },
            fields: fields,
            dateOfBirth: kind == .incidentLocations ? nil : datesOfBirth.quality(field: QualityField.dateOfBirth.name),
            eventDate: kind == .roster ? nil : eventDates.quality(field: QualityField.eventDate.name),
            topForenames: top(forenames),
            topSurnames: top(surnames),
            topPostcodes: top(postcodes),
            topAddressLines: top(addressLines),
            topPlaceholderNames: top(placeholderNames)
        )
    }

    private func top(_ sketch: FrequencySketch<String>) -> [DataQualityReport.ValueCount] {
        sketch.top(topCount).map { DataQualityReport.ValueCount(value: $0.value, count: $0.count, error: $0.error) }
    }
}

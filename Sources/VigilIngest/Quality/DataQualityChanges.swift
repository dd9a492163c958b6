/// How a source's data quality moved since the previous run: row count, rejects, missing rates and
/// names new to the most-frequent lists.
///
/// A sudden change is often the first sign that an extract's export broke (a column emptied, a filter
/// lost, a default value appearing in thousands of rows), so `vigil dq` prints it under every report.
///
/// ```swift
/// if let changes = report.changes(from: previous) {
///     print(changes.rowDelta, changes.rowChangeRate ?? 0)
/// }
/// ```
public struct DataQualityChanges: Codable, Sendable, Hashable {
    /// A field's missing rate on the previous run and on this one.
    public struct FieldChange: Codable, Sendable, Hashable {
        /// The canonical column name, such as "date_of_birth".
        public var field: String
        /// The previous run's missing rate.
        public var previousRate: Double
        /// This run's missing rate.
        public var currentRate: Double

        /// The change in the missing rate (0.05 is five percentage points more missing).
        public var delta: Double { currentRate - previousRate }
    }

    /// The source's label.
    public var source: String
    /// Rows read on the previous run.
    public var previousRowsRead: Int
    /// Rows read on this run.
    public var rowsRead: Int
    /// The previous run's share of rows rejected.
    public var previousRejectRate: Double
    /// This run's share of rows rejected.
    public var rejectRate: Double
    /// Missing rates of the fields both reports measure, in this report's field order.
    public var missingRates: [FieldChange]
    /// Forenames in this run's most-frequent list that were not in the previous run's.
    public var newTopForenames: [String]
    /// Surnames in this run's most-frequent list that were not in the previous run's.
    public var newTopSurnames: [String]
    /// Postcodes in this run's most-frequent list that were not in the previous run's.
    public var newTopPostcodes: [String]

    /// Compares a report with the previous run's report of the same source.
    public init(current: DataQualityReport, previous: DataQualityReport) {
        source = current.source
        previousRowsRead = previous.rowsRead
        rowsRead = current.rowsRead
        previousRejectRate = previous.rejectRate
        rejectRate = current.rejectRate
        missingRates = current.fields.compactMap { field in
            guard let before = previous.field(field.field) else { return nil }
            return FieldChange(field: field.field, previousRate: before.missingRate, currentRate: field.missingRate)
        }
        func new(_ now: [DataQualityReport.ValueCount], _ before: [DataQualityReport.ValueCount]) -> [String] {
            let seen = Set(before.map(\.value))
            return now.map(\.value).filter { !seen.contains($0) }
        }
        newTopForenames = new(current.topForenames, previous.topForenames)
        newTopSurnames = new(current.topSurnames, previous.topSurnames)
        newTopPostcodes = new(current.topPostcodes, previous.topPostcodes)
    }

    /// Rows read now minus rows read on the previous run.
    public var rowDelta: Int { rowsRead - previousRowsRead }

    /// The row change as a share of the previous run's rows (-0.52 is a 52% drop); `nil` when the
    /// previous run read no rows.
    public var rowChangeRate: Double? {
        previousRowsRead == 0 ? nil : Double(rowDelta) / Double(previousRowsRead)
    }

    /// The smallest change in a missing rate the text mentions: a tenth of a percentage point.
    public static let reportedRateChange = 0.001

    /// The change as indented lines of text, for ``DataQualityReport/text(comparedWith:)``.
    public var lines: [String] {
        var lines = ["Change from the previous run"]
        var rows = "  rows read      \(QualityFormat.count(previousRowsRead)) -> \(QualityFormat.count(rowsRead))"
        rows += " (\(QualityFormat.signedCount(rowDelta))"
        if let rate = rowChangeRate { rows += ", \(QualityFormat.signedPercent(rate))" }
        lines.append(rows + ")")
        let rejects = "\(QualityFormat.percent(previousRejectRate)) -> \(QualityFormat.percent(rejectRate))"
        lines.append("  rejected       \(rejects) (\(QualityFormat.points(rejectRate - previousRejectRate)))")
        let moved = missingRates.filter { abs($0.delta) >= DataQualityChanges.reportedRateChange }
        if moved.isEmpty {
            lines.append("  missing rates  unchanged (every field within 0.1 points)")
        }
        for (index, change) in moved.enumerated() {
            let heading = index == 0 ? "  missing rates  " : "                 "
            let label = DataQualityReport.label(change.field)
            let rates = "\(QualityFormat.percent(change.previousRate)) -> \(QualityFormat.percent(change.currentRate))"
            lines.append(heading + "\(label) \(rates) (\(QualityFormat.points(change.delta)))")
        }
        for (title, values) in [
            ("forenames", newTopForenames), ("surnames", newTopSurnames), ("postcodes", newTopPostcodes),
        ] where !values.isEmpty {
            lines.append("  new among the most frequent \(title): " + values.joined(separator: ", "))
        }
        return lines
    }
}

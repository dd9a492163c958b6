extension DataQualityReport: CustomStringConvertible {
    /// The longest value shown in a most-frequent table; longer address lines are cut.
    static let valueWidthLimit = 32

    /// The report as readable tables, as `vigil dq` prints it.
    public var description: String { text(comparedWith: nil) }

    /// The report as readable tables for `vigil dq`, followed by the change since `previous` if given.
    ///
    /// ```
    /// crime: crime.csv (person_records)
    ///   rows read           1,000
    ///   rows accepted         990
    ///   rows rejected          10   1.0%
    ///     duplicate id          6
    /// ```
    public func text(comparedWith previous: DataQualityReport? = nil) -> String {
        var lines = ["\(source): \(file) (\(kind.rawValue))"]
        lines += rowLines
        lines += [""] + fieldLines + partialLines
        for dates in [dateOfBirth, eventDate].compactMap({ $0 }) {
            lines += [""] + dateLines(dates)
        }
        let tables = topLines
        if !tables.isEmpty { lines += [""] + tables }
        if !topPlaceholderNames.isEmpty {
            let names = topPlaceholderNames.map { "\($0.value) \(QualityFormat.count($0.count))" }
            lines.append("  placeholder names: " + names.joined(separator: "; "))
        }
        if let changes = changes(from: previous) {
            lines += [""] + changes.lines
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private var rowLines: [String] {
        let width = max(QualityFormat.count(rowsRead).count, 5)
        func line(_ title: String, _ value: Int) -> String {
            QualityFormat.pad(title, 18) + QualityFormat.pad(QualityFormat.count(value), width, right: true)
        }
        var lines = [line("  rows read", rowsRead), line("  rows accepted", rowsAccepted)]
        lines.append(line("  rows rejected", rowsRejected) + "   " + QualityFormat.percent(rejectRate))
        for reason in rejectsByReason.keys.sorted() {
            lines.append(line("    " + reason, rejectsByReason[reason] ?? 0))
        }
        lines += skippedLines
        if invalidDatesKeptAsMissing > 0 {
            lines.append(
                "  partial or invalid dates kept as missing: \(QualityFormat.count(invalidDatesKeptAsMissing))"
            )
        }
        return lines
    }

    private var fieldLines: [String] {
        let header = ["field", "missing", "rate", "empty", "placeholder", "invalid"]
        let rows = fields.map { field in
            [
                field.label, QualityFormat.count(field.missing), QualityFormat.percent(field.missingRate),
                QualityFormat.count(field.empty), QualityFormat.count(field.placeholder),
                QualityFormat.count(field.invalid),
            ]
        }
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        return ([header] + rows).map { cells in
            "  "
                + cells.enumerated().map { column, cell in
                    QualityFormat.pad(cell, widths[column], right: column > 0)
                }.joined(separator: "  ")
        }
    }

    /// A line under the field table for each field with partial values, which the table does not count:
    /// `  postcode: 1,234 outward code only (partial: a district such as "WV10", not a whole postcode)`.
    private var partialLines: [String] {
        fields.filter { $0.partial > 0 }.map { field in
            let what =
                field.field == QualityField.postcode.name
                ? "outward code only (partial: a district such as \"WV10\", not a whole postcode)" : "partial"
            return "  \(field.label): \(QualityFormat.count(field.partial)) \(what)"
        }
    }

    private func dateLines(_ dates: DateQuality) -> [String] {
        let label = DataQualityReport.label(dates.field)
        var summary = "  \(label): \(QualityFormat.count(dates.present)) present"
        summary += "; 1 January \(QualityFormat.percent(dates.januaryFirstRate))"
        summary += " (expected \(QualityFormat.percent(DateQuality.expectedJanuaryFirstRate)))"
        summary += "; 1901 or earlier \(QualityFormat.percent(dates.placeholderYearRate))"
        summary += "; look like placeholders \(QualityFormat.percent(dates.suspectRate))"
        var lines = [summary]
        if dates.afterReadDay > 0, let latest = dates.latestAfterReadDay {
            lines.append(
                "    later than the day read: \(QualityFormat.count(dates.afterReadDay)) (latest \(latest)): "
                    + "a mistyped year?"
            )
        }
        for spike in dates.spikes {
            let count = QualityFormat.pad(QualityFormat.count(spike.count), 10, right: true)
            lines.append("    spike \(spike.date) \(count)  (\(QualityFormat.ratio(spike.ratio)) times expected)")
        }
        return lines
    }

    /// The most frequent values, one column per list that has any.
    private var topLines: [String] {
        let lists = [
            ("forenames", topForenames), ("surnames", topSurnames), ("postcodes", topPostcodes),
            ("address lines", topAddressLines),
        ].filter { !$0.1.isEmpty }
        guard let longest = lists.map(\.1.count).max() else { return [] }
        var columns: [[String]] = [["rank"] + (1...longest).map(String.init)]
        for (title, values) in lists {
            let names = values.map { QualityFormat.clip($0.value, DataQualityReport.valueWidthLimit) }
            let counts = values.map { ($0.error > 0 ? "~" : "") + QualityFormat.count($0.count) }
            let nameWidth = max(names.map(\.count).max() ?? 0, title.count)
            let countWidth = counts.map(\.count).max() ?? 0
            let cells = zip(names, counts).map { name, count in
                QualityFormat.pad(name, nameWidth) + " " + QualityFormat.pad(count, countWidth, right: true)
            }
            let width = nameWidth + 1 + countWidth
            let padding = Array(repeating: String(repeating: " ", count: width), count: longest - cells.count)
            columns.append([QualityFormat.pad(title, width)] + cells + padding)
        }
        return (0...longest).map { row in
            let rank = QualityFormat.pad(columns[0][row], 4, right: true)
            let rest = columns.dropFirst().map { $0[row] }.joined(separator: "   ")
            let line = "  " + rank + "   " + rest
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }
}

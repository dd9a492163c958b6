import VigilCore

extension DataQualityGates {
    /// The gates a report fails, each with its reason in words; empty when the source is fine.
    ///
    /// `previous` is the same source's report from the last run, for the row-drop gate; pass `nil` on
    /// the first run. Failures come in a fixed order: rows, row drop, rejects, missing fields (in the
    /// report's field order), date-of-birth spikes.
    ///
    /// ```swift
    /// let failures = gates.evaluate(report, previous: lastRun)
    /// // ["crime: date of birth missing in 34.0% of rows (gate 20.0%)"]
    /// ```
    public func evaluate(_ report: DataQualityReport, previous: DataQualityReport?) -> [GateFailure] {
        let source = report.source
        var failures: [GateFailure] = []
        if let minRows, report.rowsRead < minRows {
            let message =
                "\(source): \(QualityFormat.count(report.rowsRead)) \(report.rowsRead.agreeing("row")) read "
                + "(gate: at least \(QualityFormat.count(minRows)))"
            failures.append(
                GateFailure(
                    source: source,
                    gate: .minRows,
                    observed: Double(report.rowsRead),
                    limit: Double(minRows),
                    message: message
                )
            )
        }
        if let maxRowDrop, let previous, previous.rowsRead > 0, report.rowsRead < previous.rowsRead {
            let drop = Double(previous.rowsRead - report.rowsRead) / Double(previous.rowsRead)
            if drop > maxRowDrop {
                let (shown, gate) = QualityFormat.percents(drop, limit: maxRowDrop)
                let message =
                    "\(source): \(QualityFormat.count(report.rowsRead)) \(report.rowsRead.agreeing("row")), down \(shown) from "
                    + "\(QualityFormat.count(previous.rowsRead)) in the previous run (gate \(gate))"
                failures.append(
                    GateFailure(source: source, gate: .rowDrop, observed: drop, limit: maxRowDrop, message: message)
                )
            }
        }
        if let maxRejectRate, report.rowsRead > 0, report.rejectRate > maxRejectRate {
            let (shown, gate) = QualityFormat.percents(report.rejectRate, limit: maxRejectRate, minimumDecimals: 1)
            let message =
                "\(source): \(QualityFormat.count(report.rowsRejected)) of "
                + "\(QualityFormat.count(report.rowsRead)) rows rejected (\(shown), gate \(gate))"
            failures.append(
                GateFailure(
                    source: source,
                    gate: .rejectRate,
                    observed: report.rejectRate,
                    limit: maxRejectRate,
                    message: message
                )
            )
        }
        for field in report.fields where field.rows > 0 {
            guard let limit = maxMissingRate[field.field], field.missingRate > limit else { continue }
            let (shown, gate) = QualityFormat.percents(field.missingRate, limit: limit, minimumDecimals: 1)
            let message = "\(source): \(field.label) missing in \(shown) of rows (gate \(gate))"
            failures.append(
                GateFailure(
                    source: source,
                    gate: .missingRate,
                    field: field.field,
                    observed: field.missingRate,
                    limit: limit,
                    message: message
                )
            )
        }
        if let maxDOBSpikeRate, let dates = report.dateOfBirth, dates.present > 0, dates.suspectRate > maxDOBSpikeRate {
            let (shown, gate) = QualityFormat.percents(dates.suspectRate, limit: maxDOBSpikeRate, minimumDecimals: 1)
            let message =
                "\(source): \(shown) of dates of birth fall on 1 January, in 1901 or earlier "
                + "or on a spike day (gate \(gate))"
            failures.append(
                GateFailure(
                    source: source,
                    gate: .dobSpikeRate,
                    field: dates.field,
                    observed: dates.suspectRate,
                    limit: maxDOBSpikeRate,
                    message: message
                )
            )
        }
        return failures
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import VigilCore
import VigilIngest

/// One source's data-quality report as HTML tables: rows and rejects, each field's missing and
/// invalid values, dates, and the change since the previous run, with failed gates highlighted.
///
/// The report is the JSON the run stored (``DataQualityReport/decode(json:)``); one that cannot be
/// read is shown as a problem, not hidden.
struct DataQualitySection: Sendable {
    /// The configured source name.
    var source: String
    /// The stored report.
    var json: String
    /// The previous published run's report of the same source, if any.
    var previousJSON: String?
    /// The gate failures of this source, in words.
    var failures: [String]

    var html: HTML {
        guard let report = try? DataQualityReport.decode(json: Data(json.utf8)) else {
            return "<h3>\(source)</h3><p class=\"problem\">The stored report could not be read.</p>"
        }
        let previous = previousJSON.flatMap { try? DataQualityReport.decode(json: Data($0.utf8)) }
        let gates: [HTML] = failures.map { "<li>\($0)</li>" }
        let failed: HTML =
            failures.isEmpty
            ? "<p>Every data-quality gate passed.</p>"
            : "<div class=\"problem\" role=\"alert\"><p>Gates failed:</p><ul>\(gates)</ul></div>"
        return """
            <section class="data-quality" aria-labelledby="dq-\(source)"><h3 id="dq-\(source)">\(source): \
            \(report.file) (\(report.kind.rawValue))</h3>
            \(failed)
            \(rows(report))
            \(fields(report))
            \(dates(report))
            \(changes(report.changes(from: previous)))
            </section>
            """
    }

    private func rows(_ report: DataQualityReport) -> HTML {
        let reasons: [HTML] = report.rejectsByReason.keys.sorted().map { reason in
            "<tr><th scope=\"row\">rejected: \(reason)</th><td class=\"number\">\(report.rejectsByReason[reason] ?? 0)</td></tr>"
        }
        return """
            <table class="figures"><caption>Rows</caption><thead><tr><th scope="col">What</th>\
            <th scope="col">Rows</th></tr></thead><tbody>\
            <tr><th scope="row">read</th><td class="number">\(report.rowsRead)</td></tr>\
            <tr><th scope="row">accepted</th><td class="number">\(report.rowsAccepted)</td></tr>\
            <tr><th scope="row">profiled</th><td class="number">\(report.rowsProfiled)</td></tr>\
            <tr><th scope="row">rejected (\(BarChart.percent(report.rejectRate)))</th>\
            <td class="number">\(report.rowsRejected)</td></tr>\(reasons)\
            <tr><th scope="row">partial or invalid dates kept as missing</th>\
            <td class="number">\(report.invalidDatesKeptAsMissing)</td></tr></tbody></table>
            """
    }

    private func fields(_ report: DataQualityReport) -> HTML {
        let rows: [HTML] = report.fields.map { field in
            let failed = failures.contains { $0.contains("\(field.label) missing") }
            return """
                <tr\(failed ? HTML(" class=\"gate-failed\"") : "")><th scope="row">\(field.label)\
                \(failed ? HTML(" <strong>(gate failed)</strong>") : "")</th>\
                <td class="number">\(field.rows)</td><td class="number">\(field.empty)</td>\
                <td class="number">\(field.placeholder)</td><td class="number">\(field.invalid)</td>\
                <td class="number">\(field.partial)</td>\
                <td class="number">\(BarChart.percent(field.missingRate))</td></tr>
                """
        }
        return """
            <table><caption>Fields</caption><thead><tr><th scope="col">Field</th><th scope="col">Rows</th>\
            <th scope="col">Empty</th><th scope="col">Placeholder</th><th scope="col">Invalid</th>\
            <th scope="col">Partial (outward code only)</th>\
            <th scope="col">Missing rate</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    private func dates(_ report: DataQualityReport) -> HTML {
        let dates = [report.dateOfBirth, report.eventDate].compactMap { $0 }
        guard !dates.isEmpty else { return "" }
        let rows: [HTML] = dates.map { date in
            let spikes = date.spikes.map { "\($0.date) (\($0.count))" }.joined(separator: ", ")
            return """
                <tr><th scope="row">\(DataQualitySection.label(date.field))</th><td class="number">\(date.present)</td>\
                <td class="number">\(date.januaryFirst) (\(BarChart.percent(date.januaryFirstRate)))</td>\
                <td class="number">\(date.placeholderYear)</td><td class="number">\(date.suspect) \
                (\(BarChart.percent(date.suspectRate)))</td><td class="number">\(date.afterReadDay)</td>\
                <td>\(spikes.isEmpty ? "none" : spikes)</td></tr>
                """
        }
        return """
            <table><caption>Dates</caption><thead><tr><th scope="col">Date</th><th scope="col">Present</th>\
            <th scope="col">1 January</th><th scope="col">Placeholder year</th><th scope="col">Suspect</th>\
            <th scope="col">Later than the day read</th><th scope="col">Spikes</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    private func changes(_ changes: DataQualityChanges?) -> HTML {
        guard let changes else { return "<p>No previous run to compare with.</p>" }
        let rates: [HTML] = changes.missingRates.map { change in
            """
            <tr><th scope="row">\(DataQualitySection.label(change.field)) missing</th>\
            <td class="number">\(BarChart.percent(change.previousRate))</td>\
            <td class="number">\(BarChart.percent(change.currentRate))</td></tr>
            """
        }
        return """
            <table><caption>Change from the previous run</caption><thead><tr><th scope="col">Figure</th>\
            <th scope="col">Previous run</th><th scope="col">This run</th></tr></thead><tbody>\
            <tr><th scope="row">rows read</th><td class="number">\(changes.previousRowsRead)</td>\
            <td class="number">\(changes.rowsRead)</td></tr>\
            <tr><th scope="row">reject rate</th><td class="number">\(BarChart.percent(changes.previousRejectRate))</td>\
            <td class="number">\(BarChart.percent(changes.rejectRate))</td></tr>\(rates)</tbody></table>
            """
    }

    private static func label(_ field: String) -> String {
        field.replacingOccurrences(of: "_", with: " ")
    }
}

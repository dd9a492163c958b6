import Foundation
import HTTPTypes
import Hummingbird
import VigilCore
import VigilIngest
import VigilStore

/// `GET /runs` and `GET /runs/{id}`: the run history and one run in full — inputs with their SHA-256
/// and row counts, counts, durations, messages, and each source's data-quality report with the gates
/// it failed highlighted.
///
/// Runs hold no personal data (the report's most-frequent names, postcodes and address lines are not
/// shown here: `vigil dq` on the server prints them), so administrators, who keep the runs healthy,
/// see these pages too.
enum RunsPages {
    /// Reviewers, supervisors and administrators.
    static let access = RouteAccess(roles: [.reviewer, .supervisor, .admin])

    /// How many runs the history lists.
    static let historyLength = 100

    static func history(_ context: PageContext) async throws -> PageResult {
        let runs = try await context.store.asyncRead { db in try RunLog.recent(limit: historyLength, in: db) }
        guard !runs.isEmpty else {
            return .page(Page("Runs", context, content: "<p>No run has been recorded yet.</p>"))
        }
        let rows: [HTML] = runs.map { run in
            let read = run.inputs.reduce(0) { $0 + $1.rowsRead }
            let rejected = run.inputs.reduce(0) { $0 + $1.rowsRejected }
            return """
                <tr class="run-\(run.status.rawValue)"><th scope="row"><a href="/runs/\(run.id)">\(run.id)</a></th>\
                <td>\(status(run.status))</td><td>\(StoreTime.text(run.startedAt))</td>\
                <td>\(run.finishedAt.map(StoreTime.text) ?? "–")</td><td>\(run.dataAsAt.map(StoreTime.text) ?? "–")</td>\
                <td class="number">\(duration(run))</td><td class="number">\(read)</td>\
                <td class="number">\(rejected)</td><td class="number">\(run.counts["alerts raised"] ?? 0)</td>\
                <td>\(run.messages.count)</td></tr>
                """
        }
        let content: HTML = """
            <table><caption>The last \(historyLength) runs, newest first</caption><thead><tr>\
            <th scope="col">Run</th><th scope="col">Status</th><th scope="col">Started</th><th scope="col">Finished</th>\
            <th scope="col">Data as at</th><th scope="col">Seconds</th><th scope="col">Rows read</th>\
            <th scope="col">Rows rejected</th><th scope="col">Alerts raised</th><th scope="col">Messages</th>\
            </tr></thead><tbody>\(rows)</tbody></table>
            """
        return .page(Page("Runs", context, content: content))
    }

    static func detail(_ context: PageContext) async throws -> PageResult {
        guard let id = context.parameters.get("id").flatMap(Int64.init), id > 0 else { throw WebError.notFound }
        let found = try await context.store.asyncRead { db -> (RunRecord, [String: String], [String: String])? in
            guard let run = try RunLog.find(id, in: db) else { return nil }
            return (
                run, try DataQualityReportTable.reports(run: id, in: db),
                try DataQualityReportTable.previousReports(before: id, in: db)
            )
        }
        guard let found else { throw WebError.notFound }
        let (run, reports, previous) = found
        let sections: [HTML] = reports.keys.sorted().map { source in
            DataQualitySection(
                source: source,
                json: reports[source] ?? "",
                previousJSON: previous[source],
                failures: gateFailures(run).filter { $0.hasPrefix("\(source):") }
            ).html
        }
        let content: HTML = """
            \(facts(run))
            \(messages(run))
            <h2>Inputs</h2>\(inputs(run))
            <h2>Counts</h2>\(figures(run.counts.mapValues { Double($0) }, caption: "What the run did", unit: "Count"))
            <h2>Durations</h2>\(figures(run.durations, caption: "Seconds per stage", unit: "Seconds"))
            <h2>Data quality</h2>
            \(sections.isEmpty ? HTML("<p>This run stored no data-quality reports.</p>") : sections.joined())
            """
        return .page(Page("Run \(run.id)", context, content: content))
    }

    /// The gate failures among a run's messages, without their prefix.
    static func gateFailures(_ run: RunRecord) -> [String] {
        let prefix = "data-quality gate failed: "
        return run.messages.filter { $0.hasPrefix(prefix) }.map { String($0.dropFirst(prefix.count)) }
    }

    static func status(_ status: RunStatus) -> HTML {
        let problem = status == .failed || status == .abandoned || status == .degraded
        return problem ? "<strong class=\"status-problem\">\(status.rawValue)</strong>" : "\(status.rawValue)"
    }

    private static func duration(_ run: RunRecord) -> String {
        guard let finished = run.finishedAt else { return "–" }
        return String(format: "%.1f", finished.timeIntervalSince(run.startedAt))
    }

    private static func facts(_ run: RunRecord) -> HTML {
        """
        <dl class="facts"><dt>Status</dt><dd>\(status(run.status))</dd>\
        <dt>Started</dt><dd>\(StoreTime.text(run.startedAt))</dd>\
        <dt>Finished</dt><dd>\(run.finishedAt.map(StoreTime.text) ?? "not finished")</dd>\
        <dt>Data as at</dt><dd>\(run.dataAsAt.map(StoreTime.text) ?? "not published")</dd>\
        <dt>Seconds</dt><dd>\(duration(run))</dd><dt>Model version</dt><dd>\(run.modelVersion)</dd>\
        <dt>Host and process</dt><dd>\(run.host), pid \(run.pid)</dd></dl>
        """
    }

    private static func messages(_ run: RunRecord) -> HTML {
        guard !run.messages.isEmpty else { return "<p>The run left no messages.</p>" }
        let items: [HTML] = run.messages.map { message in
            message.hasPrefix("data-quality gate failed")
                ? "<li class=\"problem\">\(message)</li>" : "<li>\(message)</li>"
        }
        return "<h2>Messages</h2><ul class=\"messages\">\(items)</ul>"
    }

    private static func inputs(_ run: RunRecord) -> HTML {
        guard !run.inputs.isEmpty else { return "<p>No inputs were recorded.</p>" }
        let rows: [HTML] = run.inputs.map { input in
            """
            <tr><th scope="row">\(input.source)</th><td>\(input.path)</td><td class="hash">\(input.sha256)</td>\
            <td class="number">\(input.bytes)</td><td class="number">\(input.rowsRead)</td>\
            <td class="number">\(input.rowsAccepted)</td>\
            <td class="number\(input.rowsRejected > 0 ? HTML(" problem-cell") : "")">\(input.rowsRejected)</td>\
            <td>\(input.rejectsFile ?? "–")</td></tr>
            """
        }
        return """
            <table><caption>Files read</caption><thead><tr><th scope="col">Source</th><th scope="col">File</th>\
            <th scope="col">SHA-256</th><th scope="col">Bytes</th><th scope="col">Rows read</th>\
            <th scope="col">Accepted</th><th scope="col">Rejected</th><th scope="col">Rejects file</th></tr></thead>\
            <tbody>\(rows)</tbody></table>
            """
    }

    private static func figures(_ values: [String: Double], caption: String, unit: String) -> HTML {
        guard !values.isEmpty else { return "<p>None recorded.</p>" }
        let rows: [HTML] = values.keys.sorted().map { key in
            "<tr><th scope=\"row\">\(key.replacingOccurrences(of: "_", with: " "))</th>"
                + "<td class=\"number\">\(BarChart.integer(values[key] ?? 0))</td></tr>"
        }
        return """
            <table class="figures"><caption>\(caption)</caption><thead><tr><th scope="col">What</th>\
            <th scope="col">\(unit)</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }
}

import ArgumentParser
import Foundation
import VigilIngest
import VigilPipeline
import VigilStore

/// `vigil dq`: the data-quality report of a run, per source.
struct DataQualityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dq",
        abstract: "Print a run's data-quality report for every source (default: the latest run that published).",
        discussion: """
            Per source: rows read and rejected by reason, missing rate per field, placeholder names and \
            dates, date-of-birth spikes, invalid postcodes, duplicate ids, the most frequent names and \
            postcodes, and the change from the previous run. --json prints the stored JSON documents.
            """
    )

    @OptionGroup var config: ConfigOption

    @Option(name: .long, help: "The run to report on (default: the latest that published).")
    var run: Int64?

    @Flag(name: .long, help: "Print JSON (one object keyed by source) instead of text.")
    var json = false

    func run() async throws {
        let configuration = try config.load(for: .readingTheStore)
        guard FileManager.default.fileExists(atPath: configuration.store) else {
            Diagnostics.note("no store yet at \(configuration.store): run 'vigil run' first")
            throw ExitStatus.failure
        }
        let store: StoreDatabase
        do {
            store = try StoreDatabase(path: configuration.store, readOnly: true)
        } catch {
            Diagnostics.note("\(error)")
            throw ExitStatus.failure
        }
        let (runID, reports, previous) = try store.read { db -> (Int64?, [String: String], [String: String]) in
            guard let id = try run ?? RunLog.lastPublished(db)?.id else { return (nil, [:], [:]) }
            return (
                id, try DataQualityReportTable.reports(run: id, in: db),
                try DataQualityReportTable.previousReports(before: id, in: db)
            )
        }
        guard let runID, !reports.isEmpty else {
            Diagnostics.note(run.map { "run \($0) has no data-quality report" } ?? "no run has published yet")
            throw ExitStatus.failure
        }
        if json {
            let body = reports.keys.sorted().map { "\"\($0)\": \(reports[$0]!)" }.joined(separator: ",\n")
            print("{\n\(body)\n}")
            return
        }
        print("data quality, run \(runID)")
        for source in reports.keys.sorted() {
            let report = try DataQualityReport.decode(json: Data(reports[source]!.utf8))
            let before = try previous[source].map { try DataQualityReport.decode(json: Data($0.utf8)) }
            print("")
            print(report.text(comparedWith: before))
        }
    }
}

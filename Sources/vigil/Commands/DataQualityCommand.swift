import ArgumentParser
import Foundation
import VigilIngest
import VigilPipeline
import VigilStore

/// `vigil dq`: the data-quality report of a run, per source, with how the run ended and the gates it
/// failed; `--acknowledge` records that a degraded run's data was checked and is right.
struct DataQualityCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dq",
        abstract: "Print a run's data-quality report for every source (default: the latest run that published).",
        discussion: """
            First how the run ended and, for a degraded run, each gate it failed and whether anyone has \
            acknowledged it. Then per source: rows read and rejected by reason, missing rate per field, \
            placeholder names and dates, date-of-birth spikes, invalid postcodes, duplicate ids, the most \
            frequent names and postcodes, and the change from the previous run. --json prints the stored \
            JSON documents, keyed by source, and how the run ended under "run": its id, status, failed_gates \
            and acknowledgement (null until given).

            'vigil status' keeps reporting a degraded run until a later run passes every gate (compared \
            with the last run that passed them, not with the degraded one), or someone who has checked the \
            data acknowledges it: 'vigil dq --acknowledge --run N --reason "..."'. Its reports then become \
            the baseline the next run's gates compare with.
            """
    )

    @OptionGroup var config: ConfigOption

    @Option(name: .long, help: "The run to report on or acknowledge (default: the latest that published).")
    var run: Int64?

    @Flag(name: .long, help: "Print JSON (each source's report, and how the run ended) instead of text.")
    var json = false

    @Flag(name: .long, help: "Acknowledge the degraded run's failed gates: its data was checked and is right.")
    var acknowledge = false

    @Option(name: .long, help: "With --acknowledge: why the data can be trusted (at least 10 characters).")
    var reason: String?

    func validate() throws {
        if acknowledge && reason == nil {
            throw ValidationError("--acknowledge needs --reason: why can the degraded run's data be trusted?")
        }
        if !acknowledge && reason != nil { throw ValidationError("--reason goes with --acknowledge") }
        if acknowledge && json { throw ValidationError("--acknowledge and --json cannot be combined") }
    }

    func run() async throws {
        let configuration = try config.load(for: .readingTheStore)
        guard FileManager.default.fileExists(atPath: configuration.store) else {
            Diagnostics.note("no store yet at \(configuration.store): run 'vigil run' first")
            throw ExitStatus.failure
        }
        if acknowledge {
            try acknowledgeRun(store: configuration.store)
            return
        }
        let store: StoreDatabase
        do {
            store = try StoreDatabase.openForReadingNoting(path: configuration.store)
        } catch {
            Diagnostics.note("\(error)")
            throw ExitStatus.failure
        }
        let (record, reports, previous) = try store.read { db -> (RunRecord?, [String: String], [String: String]) in
            guard let record = try run.map({ try RunLog.find($0, in: db) }) ?? RunLog.lastPublished(db) else {
                return (nil, [:], [:])
            }
            return (
                record, try DataQualityReportTable.reports(run: record.id, in: db),
                try DataQualityReportTable.previousReports(before: record.id, in: db)
            )
        }
        guard let record else {
            Diagnostics.note(
                run.map { "there is no run \($0) in \(configuration.store)" } ?? "no run has published yet"
            )
            throw ExitStatus.failure
        }
        guard !reports.isEmpty else {
            Diagnostics.note(Self.noReport(record))
            throw ExitStatus.failure
        }
        if json {
            print(try Self.json(record: record, reports: reports))
            return
        }
        print("data quality, run \(record.id): \(record.status.rawValue)")
        for line in Self.outcome(of: record) { print("  \(line)") }
        for source in reports.keys.sorted() {
            let report = try DataQualityReport.decode(json: Data(reports[source]!.utf8))
            let before = try previous[source].map { try DataQualityReport.decode(json: Data($0.utf8)) }
            print("")
            print(report.text(comparedWith: before))
        }
    }

    /// Why a run that exists has no data-quality report: it failed (and why), died, or is still going.
    static func noReport(_ record: RunRecord) -> String {
        let why = record.messages.last.map { ": \($0)" } ?? ""
        switch record.status {
        case .failed:
            return "run \(record.id) failed, so it published no data-quality report\(why)"
        case .abandoned:
            return "run \(record.id) was abandoned (its process died before it finished), so it published no "
                + "data-quality report"
        case .running:
            return "run \(record.id) is still running (or died: see 'vigil status'); its data-quality report "
                + "is published when it finishes"
        case .succeeded, .degraded:
            return "run \(record.id) \(record.status.rawValue) but stored no data-quality report"
        }
    }

    /// The gates a published run failed, and its acknowledgement, in a few lines.
    static func outcome(of record: RunRecord) -> [String] {
        guard record.status == .degraded else {
            return record.status == .succeeded ? ["every data-quality gate passed"] : []
        }
        var lines = record.failedGates.map { "gate failed: \($0)" }
        if let acknowledgement = record.acknowledgement {
            lines.append(
                "acknowledged by \(acknowledgement.by) at \(acknowledgement.at.formatted(.iso8601)): \(acknowledgement.reason)"
            )
        } else {
            lines.append(
                "not acknowledged: 'vigil status' reports this run until a run passes the gates against the last "
                    + "good data, or someone checks the data and runs 'vigil dq --acknowledge --run \(record.id) "
                    + "--reason ...'"
            )
        }
        return lines
    }

    /// Records the acknowledgement of `--run` (default: the latest published run), with an audit entry.
    private func acknowledgeRun(store path: String) throws {
        let store: StoreDatabase
        do {
            store = try StoreDatabase(path: path)
        } catch {
            Diagnostics.note("\(error)")
            throw ExitStatus.failure
        }
        do {
            let record = try store.write { db -> RunRecord in
                guard let id = try run ?? RunLog.lastPublished(db)?.id else {
                    throw StoreError(.notFound, "no run has published yet")
                }
                return try RunLog.acknowledge(
                    run: id,
                    RunAcknowledgement(by: StoreOptions.actor, at: Date(), reason: reason ?? ""),
                    in: db
                )
            }
            print(
                "run \(record.id) acknowledged: its failed gates are no longer reported, and its reports are the "
                    + "baseline for the next run's gates"
            )
        } catch let error as StoreError {
            Diagnostics.note(error.description)
            throw ExitStatus.failure
        }
    }
}

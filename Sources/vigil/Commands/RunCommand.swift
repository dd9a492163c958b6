import ArgumentParser
import Foundation
import VigilPipeline
import VigilStore

/// `vigil run`: the daily run.
struct RunCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Ingest today's extracts, link what changed, update alerts, and publish atomically.",
        discussion: """
            Everything the run changes is published in one transaction at the end: if it fails or is \
            killed, nothing is published and yesterday's alerts stay as they were; run it again. Running \
            the same extracts twice changes nothing. Only one run at a time: a second one is refused.
            Exit codes: 0 published; 3 published, some rows rejected (see the rejects folder); 4 published \
            but degraded (a data-quality gate failed: see 'vigil dq'); 1 failed, nothing published; 75 \
            another run is in progress.
            """
    )

    @OptionGroup var config: ConfigOption

    // No default value here: the help would print this machine's core count after "every core".
    @Option(name: .long, help: "Worker threads for linking (default: every core).")
    var workers: Int?

    func validate() throws {
        guard (workers ?? 1) > 0 else { throw ValidationError("--workers must be at least 1") }
    }

    func run() async throws {
        let configuration: PipelineConfiguration
        do {
            configuration = try PipelineConfiguration.load(path: config.config)
        } catch let problems as ConfigurationProblems {
            Diagnostics.note(problems.description)
            recordFailureToStart(problems)
            throw ExitStatus.failure
        }
        let record: RunRecord
        let reporter = ProgressReporter(label: "run")
        do {
            record = try DailyRun(
                configuration: configuration,
                workers: workers ?? ProcessInfo.processInfo.activeProcessorCount,
                progress: { reporter.update(rows: $0.rows, fraction: $0.fraction, stage: $0.stage) }
            )
            .run()
            reporter.finish()
        } catch let refused as RunLock.Refused {
            reporter.finish()
            Diagnostics.note(refused.description)
            throw refused.busy ? ExitStatus.busy : ExitStatus.failure
        } catch let failure as DailyRun.Failure {
            reporter.finish()
            Diagnostics.note("run failed, nothing was published: \(failure.message)")
            throw ExitStatus.failure
        }
        print(RunSummaryText(record).text)
        // The nightly job's log keeps an anchor of the trail outside the store (`vigil audit verify --anchor`).
        if let head = try? StoreDatabase(path: configuration.store, readOnly: true).read(AuditAnchor.head(in:)) {
            print("audit anchor: \(head)")
        }
        if record.status == .degraded { throw ExitStatus.degraded }
        if record.inputs.contains(where: { $0.rowsRejected > 0 }) { throw ExitStatus.completedWithRejects }
    }

    /// When the configuration is sound but names files that are absent (today's extract has not
    /// arrived), the failure goes into the store's run history, so `vigil status` and the dashboard
    /// report it at once rather than yesterday's success.
    private func recordFailureToStart(_ problems: ConfigurationProblems) {
        guard problems.onlyAbsentFiles,
            let configuration = try? PipelineConfiguration.load(path: config.config, for: .readingTheStore)
        else { return }
        let files = problems.problems.map(\.description).joined(separator: "; ")
        if DailyRun(configuration: configuration).recordFailureToStart(files) != nil {
            Diagnostics.note("the failed run is recorded in the store's run history")
        }
    }
}

import ArgumentParser
import Foundation
import VigilPipeline
import VigilStore

/// `vigil status`: is the data fresh, and did the last run work?
struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show the last run, when the data is as at, and whether it is stale or the last run failed.",
        discussion: """
            Exit codes: 0 the data is fresh and the last run published; 1 the data is stale (no \
            published run within stale_after_hours, default 26), the last run failed or was abandoned, \
            the last run is recorded as running but no process holds the run lock (it died; the next \
            run recovers it), a run has been going longer than run_limit_hours (default 4), the last \
            run was degraded, or there has never been a run. Suitable for a monitoring check.
            """
    )

    @OptionGroup var config: ConfigOption

    func run() async throws {
        let configuration = try config.load(for: .readingTheStore)
        guard FileManager.default.fileExists(atPath: configuration.store) else {
            print("no store yet at \(configuration.store): run 'vigil run' first")
            throw ExitStatus.failure
        }
        let health: StoreHealth
        do {
            let store = try StoreDatabase.openForReadingNoting(path: configuration.store)
            health = try StoreHealth.checked(configuration: configuration, now: Date(), store: store)
        } catch {
            Diagnostics.note("\(error)")
            throw ExitStatus.failure
        }
        print(health.text)
        if !health.isHealthy { throw ExitStatus.failure }
    }
}

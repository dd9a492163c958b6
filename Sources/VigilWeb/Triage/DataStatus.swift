import Foundation
import GRDB
import VigilStore

/// "Data as at" and the red banner the triage pages show when the published data cannot be trusted:
/// stale, the last run failed, or it was degraded (``StoreHealth``).
struct DataStatus: Sendable {
    /// Hours after which the data is stale: the daily run's default limit (`stale_after_hours`).
    static let staleAfterHours = 26

    let health: StoreHealth

    /// Reads the run history (through `cache`, which keeps it until the next run or decision).
    static func read(
        now: Date,
        cache: TriageCache,
        at generation: StoreGeneration,
        in db: Database
    ) throws
        -> DataStatus
    {
        DataStatus(health: try cache.health(at: generation, now: now, in: db))
    }

    /// The banner (only when unhealthy) and the "data as at" line.
    func html(schedule: MeetingSchedule) -> HTML {
        let asAt: HTML =
            health.dataAsAt.map { "<p class=\"as-at\">Data as at <strong>\(schedule.text($0))</strong> (UK time).</p>" }
            ?? "<p class=\"as-at\">No data has been published yet.</p>"
        guard !health.isHealthy else { return asAt }
        let items: [HTML] = health.warnings.map { "<li>\($0)</li>" }
        return """
            <div class="banner-danger" role="alert"><h2>Check before relying on this data</h2><ul>\(items)</ul></div>
            \(asAt)
            """
    }
}

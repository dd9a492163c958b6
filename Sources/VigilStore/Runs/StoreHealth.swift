import Foundation
import GRDB

/// Whether the published data can be trusted this morning: how fresh it is and how the last run ended.
///
/// The dashboard shows a red banner, and `vigil status` exits non-zero, when it is not healthy.
public struct StoreHealth: Hashable, Sendable {
    /// The newest run of any outcome.
    public var lastRun: RunRecord?
    /// The newest run that published.
    public var lastPublished: RunRecord?
    /// When the published data was current.
    public var dataAsAt: Date?
    /// Whether no run has published within the stale limit.
    public var isStale: Bool
    /// The stale limit in hours.
    public var staleAfterHours: Int
    /// Open alerts (not closed by a decision).
    public var openAlerts: Int

    /// Reads the run history as of `now`.
    public static func current(staleAfterHours: Int, now: Date, in db: Database) throws -> StoreHealth {
        let lastRun = try RunLog.recent(limit: 1, in: db).first
        let lastPublished = try RunLog.lastPublished(db)
        let dataAsAt = lastPublished?.dataAsAt
        let closed = AlertStatus.allCases.filter(\.isClosed).map { "'\($0.rawValue)'" }.joined(separator: ",")
        let openAlerts = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM alert WHERE status NOT IN (\(closed))") ?? 0
        return StoreHealth(
            lastRun: lastRun,
            lastPublished: lastPublished,
            dataAsAt: dataAsAt,
            isStale: true,
            staleAfterHours: staleAfterHours,
            openAlerts: openAlerts
        )
        .judged(at: now)
    }

    /// The same health judged at `now`: only staleness depends on the time.
    public func judged(at now: Date) -> StoreHealth {
        var health = self
        health.isStale = dataAsAt.map { now.timeIntervalSince($0) > Double(staleAfterHours) * 3600 } ?? true
        return health
    }

    /// Whether the last run failed or was abandoned (a newer published run clears it).
    public var lastRunFailed: Bool {
        guard let lastRun else { return false }
        return lastRun.status == .failed || lastRun.status == .abandoned
    }

    /// Whether the last published run was degraded.
    public var lastRunDegraded: Bool {
        lastPublished?.status == .degraded && lastRun?.id == lastPublished?.id
    }

    /// Fresh data, last run published, not degraded.
    public var isHealthy: Bool {
        !isStale && !lastRunFailed && !lastRunDegraded
    }

    /// Sentences for the warning banner; empty when healthy.
    public var warnings: [String] {
        var warnings: [String] = []
        if lastPublished == nil {
            warnings.append("No run has published data yet.")
        } else if isStale {
            warnings.append("The data is stale: no run has published in the last \(staleAfterHours) hours.")
        }
        if lastRunFailed, let lastRun {
            let why = lastRun.messages.last.map { ": \($0)" } ?? ""
            warnings.append("The last run (\(lastRun.id)) \(lastRun.status.rawValue)\(why).")
        }
        if lastRunDegraded, let lastPublished {
            let why = lastPublished.messages.joined(separator: "; ")
            warnings.append("The last run (\(lastPublished.id)) was degraded: \(why)")
        }
        return warnings
    }

    /// A few lines for `vigil status`.
    public var text: String {
        var lines: [String] = []
        if let lastRun {
            let finished = lastRun.finishedAt.map { ", finished \($0.formatted(.iso8601))" } ?? ""
            lines.append(
                "last run: \(lastRun.id), \(lastRun.status.rawValue), started \(lastRun.startedAt.formatted(.iso8601))\(finished)"
            )
        } else {
            lines.append("last run: none")
        }
        lines.append("data as at: " + (dataAsAt.map { $0.formatted(.iso8601) } ?? "never published"))
        lines.append("open alerts: \(openAlerts)")
        lines.append(isHealthy ? "status: OK" : "status: ATTENTION")
        lines += warnings.map { "  \($0)" }
        return lines.joined(separator: "\n")
    }
}

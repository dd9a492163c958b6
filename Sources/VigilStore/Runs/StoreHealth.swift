import Foundation
import GRDB
import VigilCore

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
    /// Hours a run may be recorded as running before it counts as hung (``isOverdue``).
    public var runLimitHours: Int
    /// Whether the last run, recorded as running, still holds the run lock; `nil` when not checked (the
    /// dashboard does not check it; `vigil status` does).
    public var lastRunLiveness: RunLiveness?
    /// Whether the last run is recorded as running, is not known to have died, and started more than
    /// ``runLimitHours`` ago: it may be hung.
    public var isOverdue: Bool

    /// The default of ``runLimitHours``: a run started at 02:30 that is still going at the 07:00 check is
    /// reported.
    public static let defaultRunLimitHours = 4

    /// Reads the run history as of `now`.
    public static func current(
        staleAfterHours: Int,
        runLimitHours: Int = defaultRunLimitHours,
        now: Date,
        in db: Database
    ) throws -> StoreHealth {
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
            openAlerts: openAlerts,
            runLimitHours: runLimitHours,
            lastRunLiveness: nil,
            isOverdue: false
        )
        .judged(at: now)
    }

    /// The same health judged at `now`: only staleness and a running run's overdue state depend on the time.
    public func judged(at now: Date) -> StoreHealth {
        var health = self
        health.isStale = dataAsAt.map { now.timeIntervalSince($0) > Double(staleAfterHours) * 3600 } ?? true
        health.isOverdue =
            lastRun.map {
                $0.status == .running && !lastRunDied
                    && now.timeIntervalSince($0.startedAt) > Double(runLimitHours) * 3600
            } ?? false
        return health
    }

    /// Whether the last run failed or was abandoned (a newer published run clears it).
    public var lastRunFailed: Bool {
        guard let lastRun else { return false }
        return lastRun.status == .failed || lastRun.status == .abandoned
    }

    /// Whether the last run is recorded as running but no process holds the run lock: it died.
    public var lastRunDied: Bool {
        lastRun?.status == .running && lastRunLiveness == .died
    }

    /// Why the last run, recorded as running, could not be checked for being alive; `nil` otherwise.
    public var livenessUnknown: String? {
        guard lastRun?.status == .running, case .unknown(let reason) = lastRunLiveness else { return nil }
        return reason
    }

    /// Whether the newest published run was degraded and nobody has acknowledged it. A later run that
    /// fails does not clear it; only a run that passes every gate against the last good baseline, or an
    /// acknowledgement, does.
    public var lastRunDegraded: Bool {
        lastPublished?.status == .degraded && lastPublished?.acknowledgement == nil
    }

    /// Fresh data, last run published (or still going within its time limit), not degraded.
    public var isHealthy: Bool {
        !isStale && !lastRunFailed && !lastRunDegraded && !lastRunDied && !isOverdue && livenessUnknown == nil
    }

    /// Sentences for the warning banner; empty when healthy.
    public var warnings: [String] {
        var warnings: [String] = []
        if lastPublished == nil {
            warnings.append("No run has published data yet.")
        } else if isStale {
            warnings.append("The data is stale: no run has published in the last \(staleAfterHours.counted("hour")).")
        }
        if lastRunFailed, let lastRun {
            let why = lastRun.messages.last.map { ": \($0)" } ?? ""
            warnings.append("The last run (\(lastRun.id)) \(lastRun.status.rawValue)\(why).")
        }
        if lastRunDied, let lastRun {
            warnings.append(
                "The last run (\(lastRun.id), pid \(lastRun.pid) on \(lastRun.host)) is recorded as running, but no "
                    + "process holds the run lock: it died before it finished (killed, out of memory or the machine "
                    + "stopped). Nothing it did was published; the next run will mark it abandoned and do its work again."
            )
        }
        if isOverdue, let lastRun {
            warnings.append(
                "The last run (\(lastRun.id), pid \(lastRun.pid) on \(lastRun.host)) has been running since "
                    + "\(lastRun.startedAt.formatted(.iso8601)), longer than the \(runLimitHours)-hour limit "
                    + "(run_limit_hours): it may be hung."
            )
        }
        if let reason = livenessUnknown, let lastRun {
            warnings.append(
                "Cannot tell whether the last run (\(lastRun.id)), recorded as running, is still going: \(reason)."
            )
        }
        if lastRunDegraded, let lastPublished {
            let why = lastPublished.failedGates.joined(separator: "; ")
            let which = lastPublished.id == lastRun?.id ? "last run" : "last published run"
            warnings.append(
                "The \(which) (\(lastPublished.id)) was degraded: \(why). This stays until a run passes the "
                    + "gates against the last good data, or someone checks the data and runs "
                    + "'vigil dq --acknowledge --run \(lastPublished.id) --reason ...'."
            )
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

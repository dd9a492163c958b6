import Foundation
import GRDB
import Testing
import VigilPipeline
import VigilStore

/// `vigil status` reads whether a run recorded as running is alive from the run lock: a run killed with
/// SIGKILL or by the out-of-memory killer leaves its entry as running, and must not pass the 07:00 check.
@Suite struct RunLivenessTests {
    /// A published day, then a run recorded as running `hoursAgo` before `checkedAt`, as a killed or
    /// still-going run leaves it.
    static func scenarioWithRunningRun(hoursAgo: Double) async throws -> (Scenario, Date) {
        var scenario = try await Scenario()
        try scenario.run()
        let checkedAt = Scenario.noon(ofDay: 1).addingTimeInterval(6 * 3600)
        try scenario.store().write { db in
            _ = try RunLog.begin(
                at: checkedAt.addingTimeInterval(-hoursAgo * 3600),
                pid: 4242,
                host: "vigil-host",
                modelVersion: "m1",
                in: db
            )
        }
        return (scenario, checkedAt)
    }

    /// Holds the store's run lock as a live run does, until `release` is called.
    static func holdLock(of store: String) throws -> () -> Void {
        let descriptor = open(store + ".lock", O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        try #require(descriptor >= 0)
        try #require(flock(descriptor, LOCK_EX | LOCK_NB) == 0)
        return { close(descriptor) }
    }

    @Test("a run recorded as running that holds no run lock is reported as dead, and the store is unhealthy")
    func deadRun() async throws {
        let (scenario, now) = try await Self.scenarioWithRunningRun(hoursAgo: 1)
        defer { scenario.remove() }
        let configuration = try scenario.configuration()
        let health = try StoreHealth.checked(configuration: configuration, now: now, store: scenario.store())
        #expect(health.lastRun?.status == .running)
        #expect(health.lastRunLiveness == .died)
        #expect(health.lastRunDied)
        #expect(!health.isHealthy)
        #expect(health.text.contains("status: ATTENTION"), "\(health.text)")
        #expect(health.text.contains("no process holds the run lock: it died"), "\(health.text)")
        #expect(health.text.contains("the next run will mark it abandoned"), "\(health.text)")
    }

    @Test("a run that holds the run lock and is within the time limit is healthy")
    func liveRun() async throws {
        let (scenario, now) = try await Self.scenarioWithRunningRun(hoursAgo: 1)
        defer { scenario.remove() }
        let release = try Self.holdLock(of: scenario.storePath)
        defer { release() }
        let health = try StoreHealth.checked(configuration: scenario.configuration(), now: now, store: scenario.store())
        #expect(health.lastRunLiveness == .holdsLock)
        #expect(!health.lastRunDied)
        #expect(!health.isOverdue)
        #expect(health.isHealthy, "\(health.text)")
    }

    @Test("a run that holds the run lock longer than run_limit_hours is reported as possibly hung")
    func hungRun() async throws {
        let (scenario, now) = try await Self.scenarioWithRunningRun(hoursAgo: 5)
        defer { scenario.remove() }
        let release = try Self.holdLock(of: scenario.storePath)
        defer { release() }
        var configuration = try scenario.configuration()
        let health = try StoreHealth.checked(configuration: configuration, now: now, store: scenario.store())
        #expect(health.isOverdue)
        #expect(!health.isHealthy)
        #expect(
            health.text.contains("longer than the 4-hour limit (run_limit_hours): it may be hung"),
            "\(health.text)"
        )

        configuration.runLimitHours = 6
        let longer = try StoreHealth.checked(configuration: configuration, now: now, store: scenario.store())
        #expect(!longer.isOverdue)
        #expect(longer.isHealthy, "\(longer.text)")
    }

    @Test("the dashboard, which does not check the lock, still reports a run going past the limit")
    func unprobedOverdue() async throws {
        let (scenario, now) = try await Self.scenarioWithRunningRun(hoursAgo: 5)
        defer { scenario.remove() }
        let health = try scenario.store().read { db in
            try StoreHealth.current(staleAfterHours: 26, now: now, in: db)
        }
        #expect(health.lastRunLiveness == nil)
        #expect(health.isOverdue)
        #expect(!health.isHealthy)
    }
}

import Foundation
import GRDB
import Testing
import VigilIngest
import VigilPipeline
import VigilStore

/// A run that fails a data-quality gate stays reported until a run passes the gate against the last good
/// data, or someone acknowledges it: re-running the same files must not move the baseline and pass.
@Suite struct DegradedRunTests {
    /// A scenario gated at a 30% row drop whose second day loses two of its five records (40%).
    static func degradedScenario() async throws -> (Scenario, RunRecord) {
        var scenario = try await Scenario()
        scenario.extraConfiguration = "quality_gates: {max_row_drop: 0.3}"
        let first = try scenario.run()
        try #require(first.status == .succeeded, "\(first.messages)")
        scenario.records.removeLast(2)
        let degraded = try scenario.run()
        try #require(degraded.status == .degraded, "\(degraded.messages)")
        return (scenario, degraded)
    }

    func health(_ scenario: Scenario) throws -> StoreHealth {
        try scenario.store().read { db in
            try StoreHealth.current(staleAfterHours: 26, now: Scenario.noon(ofDay: scenario.day), in: db)
        }
    }

    @Test("re-running the files that failed the row-drop gate fails it again, and status keeps reporting it")
    func rerunStaysDegraded() async throws {
        var (scenario, degraded) = try await Self.degradedScenario()
        defer { scenario.remove() }
        #expect(degraded.failedGates.count == 1)
        #expect(degraded.failedGates.first?.hasPrefix("records:") == true, "\(degraded.failedGates)")
        let rerun = try scenario.run()
        #expect(rerun.status == .degraded, "the degraded run is not the baseline: \(rerun.messages)")
        #expect(rerun.failedGates == degraded.failedGates)
        let health = try health(scenario)
        #expect(health.lastRunDegraded)
        #expect(!health.isHealthy)
        #expect(health.warnings.contains { $0.contains("was degraded: records:") }, "\(health.warnings)")
    }

    @Test("a degraded run stays reported after a later run fails, and is cleared when the data comes back")
    func clearedByAGoodRun() async throws {
        var (scenario, _) = try await Self.degradedScenario()
        defer { scenario.remove() }
        try FileManager.default.removeItem(atPath: scenario.folder + "/records.csv")
        let failed = DailyRun(
            configuration: PipelineConfiguration(
                store: scenario.storePath,
                model: scenario.modelPath,
                roster: scenario.folder + "/roster.csv",
                sources: [.init(name: "records", kind: .personRecords, path: scenario.folder + "/missing.csv")]
            ),
            clock: { Scenario.noon(ofDay: 3) }
        )
        failed.recordFailureToStart("no file matches missing.csv")
        var health = try health(scenario)
        #expect(health.lastRunFailed)
        #expect(health.lastRunDegraded, "a failed run does not hide the degraded one")

        scenario.records = [Scenario.ameliaVictim, Scenario.mohammedSubject] + Scenario.strangers
        let restored = try scenario.run()
        #expect(restored.status == .succeeded, "\(restored.messages)")
        health = try self.health(scenario)
        #expect(!health.lastRunDegraded)
        #expect(health.isHealthy, "\(health.warnings)")
    }

    @Test("an acknowledged degraded run is no longer reported and becomes the gates' baseline")
    func acknowledged() async throws {
        var (scenario, degraded) = try await Self.degradedScenario()
        defer { scenario.remove() }
        #expect(throws: StoreError.self, "a reason is required") {
            try scenario.store().write { db in
                try RunLog.acknowledge(run: degraded.id, .init(by: "cli:sam", at: Date(), reason: "ok"), in: db)
            }
        }
        let refused = #expect(throws: StoreError.self, "only a degraded run can be acknowledged") {
            try scenario.store().write { db in
                try RunLog.acknowledge(
                    run: 1,
                    .init(by: "cli:sam", at: Date(), reason: "checked with the team"),
                    in: db
                )
            }
        }
        #expect(refused?.message.hasPrefix("run 1 succeeded, not degraded") == true, "\(String(describing: refused))")
        let record = try scenario.store().write { db in
            try RunLog.acknowledge(
                run: degraded.id,
                .init(by: "cli:sam", at: Date(), reason: "two records were merged at source"),
                in: db
            )
        }
        #expect(record.acknowledgement?.by == "cli:sam")
        let afterAcknowledgement = try health(scenario)
        #expect(afterAcknowledgement.isHealthy, "\(afterAcknowledgement.warnings)")
        let audited = try scenario.store().read { db in
            try String.fetchAll(
                db,
                sql:
                    "SELECT actor || ' ' || object_ids || ' ' || reason FROM audit_event WHERE action = 'acknowledgement'"
            )
        }
        #expect(audited == ["cli:sam \(degraded.id) two records were merged at source"], "\(audited)")
        let next = try scenario.run()
        #expect(next.status == .succeeded, "the acknowledged run is the baseline now: \(next.messages)")
    }
}

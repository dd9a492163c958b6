import Foundation
import GRDB
import Testing
import VigilPipeline
import VigilStore

/// A threshold changed in `vigil.yaml` applies to what is already stored, as a new model does: the
/// stored records are linked again, so no match below the new threshold stays and none above it is missed.
@Suite struct ThresholdChangeTests {
    func personProbabilities(_ scenario: Scenario) throws -> [Double] {
        try scenario.store().read { db in
            try Double.fetchAll(db, sql: "SELECT probability FROM person_match ORDER BY probability")
        }
    }

    @Test("raising the person threshold removes stored matches under it; lowering it again restores them")
    func raiseAndLower() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        let first = try scenario.run()
        #expect(first.thresholds?.person != nil, "the run records its thresholds")
        let before = try personProbabilities(scenario)
        let strongest = try #require(before.last, "the scenario has person matches")
        let raised = (strongest + 1) / 2
        try #require(strongest < raised && raised < 1)

        scenario.extraConfiguration = "thresholds: {person: \(raised)}"
        let second = try scenario.run()
        #expect(second.thresholds?.person == raised)
        #expect(second.messages.contains { $0.hasPrefix("thresholds changed from person") }, "\(second.messages)")
        #expect(second.counts["matches removed"] == before.count, "\(second.counts)")
        #expect(try personProbabilities(scenario).isEmpty, "a match under the new threshold was kept")

        let third = try scenario.run()
        #expect(!third.messages.contains { $0.contains("linked again") }, "unchanged thresholds: \(third.messages)")
        #expect(third.counts["records relinked"] == nil, "\(third.counts)")

        scenario.extraConfiguration = ""
        let fourth = try scenario.run()
        #expect(fourth.messages.contains { $0.hasPrefix("thresholds changed from person \(raised)") })
        #expect(try personProbabilities(scenario) == before, "lowering the threshold matches the stored records")
    }

    @Test("a store whose last run did not record its thresholds is linked again once")
    func unrecordedThresholds() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        try scenario.store().write { db in try db.execute(sql: "UPDATE run SET thresholds = NULL") }
        let second = try scenario.run()
        #expect(second.messages.contains { $0.contains("did not record its thresholds") }, "\(second.messages)")
        #expect((second.counts["records relinked"] ?? 0) > 0, "\(second.counts)")
        let third = try scenario.run()
        #expect(third.counts["records relinked"] == nil, "\(third.counts)")
    }
}

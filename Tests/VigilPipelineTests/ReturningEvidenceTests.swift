import Foundation
import Testing
import VigilPipeline
import VigilStore

/// Evidence withdrawn for a while and then supplied again unchanged is the evidence a reviewer already
/// decided on: a closed alert stays closed, and its history says the evidence is current again.
@Suite struct ReturningEvidenceTests {
    @Test("a record missing for a day and back unchanged leaves its closed alert closed")
    func recordReturnsUnchanged() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        try scenario.closeWithNoFurtherAction(DailyRunTests.ameliaCrime)
        let full = scenario.records
        scenario.records.removeFirst()
        try scenario.run()
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.evidenceWithdrawn == true)

        scenario.records = full
        let back = try scenario.run()
        #expect(back.counts["alerts reopened"] == nil)
        #expect(back.counts["alerts restored"] == 1)
        let alert = try #require(try scenario.alert(DailyRunTests.ameliaCrime))
        #expect(alert.status == "NO_FURTHER_ACTION")
        #expect(!alert.evidenceWithdrawn)
        #expect(
            try scenario.history(DailyRunTests.ameliaCrime).suffix(2) == [
                "evidence withdrawn", "evidence current again",
            ]
        )

        let before = try scenario.alerts()
        let again = try scenario.run()
        #expect(again.counts["alerts restored"] == nil)
        #expect(try scenario.alerts() == before)
    }

    @Test("a record back with changed content is new evidence and reopens its closed alert")
    func recordReturnsChanged() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        try scenario.closeWithNoFurtherAction(DailyRunTests.ameliaCrime)
        scenario.records.removeFirst()
        try scenario.run()

        scenario.records.insert(Scenario.ameliaVictim.replacingOccurrences(of: "victim", with: "witness"), at: 0)
        let back = try scenario.run()
        #expect(back.counts["alerts reopened"] == 1)
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.status == "REOPENED")
    }

    @Test("an employee missing from the roster for a day and back leaves their closed alert closed")
    func employeeReturns() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        try scenario.closeWithNoFurtherAction(DailyRunTests.ameliaCrime)
        let roster = scenario.roster
        scenario.roster.removeFirst()
        try scenario.run()
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.evidenceWithdrawn == true)

        scenario.roster = roster
        let back = try scenario.run()
        #expect(back.counts["alerts reopened"] == nil)
        let alert = try #require(try scenario.alert(DailyRunTests.ameliaCrime))
        #expect(alert.status == "NO_FURTHER_ACTION")
        #expect(!alert.evidenceWithdrawn)
    }
}

import Foundation
import Testing
import VigilPipeline
import VigilStore

/// A run's alert counts count alerts, not pieces of evidence: an event with three records matched to one
/// employee is one alert, whatever happens to its records that day.
@Suite struct AlertCountTests {
    /// Three records of Amelia in crime CR-1: one alert with three pieces of evidence.
    static let ameliaRecords = [
        Scenario.ameliaVictim,
        "C1b,crime,CR-1,2024-05-01,witness,Amelia,Hartley,1986-04-12,14 Elm Road,Birmingham,B13 9PL",
        "C1c,crime,CR-1,2024-05-01,informant,Amelia,Hartley,12/04/1986,14 Elm Rd,Birmingham,B13 9PL",
    ]

    @Test("an event with three records is one alert raised, and one alert withdrawn when all three go")
    func threeRecordsOneAlert() async throws {
        // No incident at Amelia's home: her crime is the only alert.
        var scenario = try await Scenario(
            records: Self.ameliaRecords + Scenario.strangers,
            locations: [Scenario.elsewhereIncident]
        )
        defer { scenario.remove() }
        let first = try scenario.run()
        #expect(try scenario.alertsHolding(recordID: "C1c") == [DailyRunTests.ameliaCrime])
        #expect(first.counts["alerts raised"] == 1)
        #expect(first.counts["alerts updated"] == nil, "evidence of an alert raised today does not update it")

        scenario.records = Scenario.strangers
        let gone = try scenario.run()
        #expect(gone.counts["alerts withdrawn"] == 1)
        #expect(gone.counts["alerts partly withdrawn"] == nil)
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.evidenceWithdrawn == true)

        scenario.records = Self.ameliaRecords + Scenario.strangers
        let back = try scenario.run()
        #expect(back.counts["alerts restored"] == 1)
        #expect(back.counts["alerts unchanged"] == nil)
    }

    @Test("an alert that loses two of its three records is one alert partly withdrawn")
    func twoOfThreeWithdrawn() async throws {
        var scenario = try await Scenario(records: Self.ameliaRecords + Scenario.strangers)
        defer { scenario.remove() }
        try scenario.run()
        scenario.records = [Scenario.ameliaVictim] + Scenario.strangers
        let run = try scenario.run()
        #expect(run.counts["alerts partly withdrawn"] == 1)
        #expect(run.counts["alerts withdrawn"] == nil)
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.evidenceWithdrawn == false)
    }

    @Test("two new records of an open alert update it once; of a closed alert, reopen it once")
    func newEvidenceCountsOnce() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        scenario.records += Self.ameliaRecords.dropFirst()
        let updated = try scenario.run()
        #expect(updated.counts["alerts updated"] == 1)
        #expect(updated.counts["alerts raised"] == nil)

        try scenario.closeWithNoFurtherAction(DailyRunTests.ameliaCrime)
        scenario.records += [
            "C1d,crime,CR-1,2024-05-02,suspect,Amelia,Hartley,1986-04-12,14 Elm Road,Birmingham,B13 9PL",
            "C1e,crime,CR-1,2024-05-02,victim,Amelia,Hartley,1986-04-12,14 Elm Road,Birmingham,B13 9PL",
        ]
        let reopened = try scenario.run()
        #expect(reopened.counts["alerts reopened"] == 1)
        #expect(reopened.counts["alerts updated"] == nil)
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.status == "REOPENED")
    }
}

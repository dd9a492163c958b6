import Foundation
import GRDB
import Testing
import VigilPipeline
import VigilStore

/// A record corrected in place moves or changes its alert's evidence: a new event id takes the evidence
/// to the new event's alert, and an alert's summary always describes the evidence that holds now.
@Suite struct AlertEvidenceChangeTests {
    @Test("a corrected event id moves the record's evidence to the new event's alert, with history")
    func eventIDCorrected() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        scenario.records[0] = Scenario.ameliaVictim.replacingOccurrences(of: "CR-1,", with: "CR-1X,")
        let run = try scenario.run()
        #expect(run.counts["alerts raised"] == 1)
        #expect(run.counts["alerts withdrawn"] == 1)
        #expect(try scenario.alertsHolding(recordID: "C1") == ["person|E100|crime|CR-1X"])
        let old = try #require(try scenario.alert(DailyRunTests.ameliaCrime))
        #expect(old.evidenceWithdrawn)
        #expect(try scenario.history(DailyRunTests.ameliaCrime) == ["raised", "evidence withdrawn"])
        #expect(try scenario.alert("person|E100|crime|CR-1X")?.evidenceWithdrawn == false)

        let before = try scenario.alerts()
        let again = try scenario.run()
        #expect(again.counts["alerts withdrawn"] == nil)
        #expect(again.counts["alerts raised"] == nil)
        #expect(try scenario.alerts() == before)
    }

    @Test("an alert that loses one of two records is counted partly withdrawn, and withdrawn with its last")
    func partlyWithdrawn() async throws {
        // A second record of Amelia in the same crime: one alert, two pieces of evidence.
        let second = Scenario.ameliaVictim.replacingOccurrences(of: "C1,", with: "C2,")
            .replacingOccurrences(of: ",victim,", with: ",witness,")
        var scenario = try await Scenario(records: [Scenario.ameliaVictim, second] + Scenario.strangers)
        defer { scenario.remove() }
        try scenario.run()
        #expect(try scenario.alertsHolding(recordID: "C2") == [DailyRunTests.ameliaCrime])

        scenario.records.removeAll { $0 == second }
        let one = try scenario.run()
        #expect(one.counts["alerts partly withdrawn"] == 1)
        #expect(one.counts["alerts withdrawn"] == nil)
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.evidenceWithdrawn == false)

        scenario.records.removeAll { $0 == Scenario.ameliaVictim }
        let last = try scenario.run()
        #expect(last.counts["alerts withdrawn"] == 1)
        #expect(last.counts["alerts partly withdrawn"] == nil)
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.evidenceWithdrawn == true)
    }

    @Test("an event id filled in where it was empty moves the evidence from the record's own alert")
    func emptyEventIDFilled() async throws {
        let withoutEvent = Scenario.mohammedSubject.replacingOccurrences(of: ",IR-9,", with: ",,")
        var scenario = try await Scenario(records: [Scenario.ameliaVictim, withoutEvent] + Scenario.strangers)
        defer { scenario.remove() }
        try scenario.run()
        let own = try #require(try scenario.alerts().first { $0.key.hasPrefix("person|E200|intelligence|row-") })
        scenario.records[1] = Scenario.mohammedSubject
        let run = try scenario.run()
        #expect(run.counts["alerts raised"] == 1)
        #expect(try scenario.alertsHolding(recordID: "I1") == [DailyRunTests.mohammedIntel])
        #expect(try scenario.alert(own.key)?.evidenceWithdrawn == true)
        #expect(try scenario.history(own.key) == ["raised", "evidence withdrawn"])
    }

    @Test("a corrected event date changes the alert's date and whether it predates the employee's start")
    func eventDateCorrected() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.eventDate == "2024-05-01")
        scenario.records[0] = Scenario.ameliaVictim.replacingOccurrences(of: "2024-05-01", with: "2014-05-01")
        let run = try scenario.run()
        #expect(run.counts["alerts updated"] == 1)
        let alert = try #require(try scenario.alert(DailyRunTests.ameliaCrime))
        #expect(alert.eventDate == "2014-05-01")
        #expect(alert.predatesStart, "Amelia started on 2015-09-01")
    }

    @Test("withdrawn evidence no longer counts in the alert's roles and probability")
    func withdrawnEvidenceLeavesSummary() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        let witness = "C1b,crime,CR-1,2024-04-30,witness,Amelia,Hartley,1986-04-12,14 Elm Road,Birmingham,B13 9PL"
        scenario.records.append(witness)
        try scenario.run()
        let both = try #require(try scenario.alert(DailyRunTests.ameliaCrime))
        #expect(both.roles == "victim, witness")
        #expect(both.eventDate == "2024-04-30", "the earliest date its records give")

        scenario.records.removeAll { $0 == witness }
        let run = try scenario.run()
        #expect(run.counts["records withdrawn"] == 1)
        let alert = try #require(try scenario.alert(DailyRunTests.ameliaCrime))
        #expect(!alert.evidenceWithdrawn)
        #expect(alert.roles == "victim")
        #expect(alert.eventDate == "2024-05-01")
        let holding = try scenario.store().read { db in
            try Double.fetchOne(
                db,
                sql: "SELECT MAX(probability) FROM alert_evidence WHERE alert_id = ? AND withdrawn = 0",
                arguments: [alert.id]
            )
        }
        #expect(alert.probability == holding)
    }
}

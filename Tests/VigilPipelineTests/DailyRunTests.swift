import Foundation
import GRDB
import Testing
import VigilCore
import VigilPipeline
import VigilStore

@Suite struct DailyRunTests {
    static let ameliaCrime = "person|E100|crime|CR-1"
    static let mohammedIntel = "person|E200|intelligence|IR-9"
    static let ameliaHome = "home_address|E100|incident_location|INC-1"

    @Test("a first run raises one alert per employee and event, and a second identical run changes nothing")
    func firstRunAndRepeat() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        let first = try scenario.run()
        #expect(first.status == .succeeded)
        let alerts = try scenario.alerts()
        #expect(alerts.map(\.key) == [Self.ameliaHome, Self.ameliaCrime, Self.mohammedIntel])
        #expect(alerts.allSatisfy { $0.status == "NEW" })
        #expect(try scenario.alert(Self.ameliaCrime)?.roles == "victim")
        #expect(first.counts["alerts raised"] == 3)

        let second = try scenario.run()
        #expect(second.status == .succeeded)
        #expect(try scenario.alerts() == alerts)
        #expect(second.counts["alerts raised"] == nil)
        #expect(second.counts["records unchanged"] == 5)
        #expect(try scenario.history(Self.ameliaCrime) == ["raised"])
    }

    @Test("a second record of the same event updates the open alert instead of raising another")
    func newEvidenceUpdates() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        scenario.records.append(
            "C1b,crime,CR-1,2024-05-01,witness,Amelia,Hartley,1986-04-12,14 Elm Road,Birmingham,B13 9PL"
        )
        let run = try scenario.run()
        #expect(run.counts["alerts updated"] == 1)
        #expect(run.counts["alerts raised"] == nil)
        let alert = try #require(try scenario.alert(Self.ameliaCrime))
        #expect(alert.status == "NEW")
        #expect(alert.roles == "victim, witness")
        #expect(try scenario.history(Self.ameliaCrime) == ["raised", "updated"])
    }

    @Test("new evidence for a closed alert reopens it")
    func reopens() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        let alert = try #require(try scenario.alert(Self.mohammedIntel))
        try scenario.store().write { db in
            try AlertWorkflow.decide(
                alertID: alert.id,
                .init(status: .underReview, reason: "looking"),
                by: "rev1",
                at: Date(),
                in: db
            )
            try AlertWorkflow.decide(
                alertID: alert.id,
                .init(status: .noFurtherAction, reason: "reported by the officer"),
                by: "rev1",
                at: Date(),
                in: db
            )
        }
        scenario.records[1] = Scenario.mohammedSubject.replacingOccurrences(of: "subject", with: "mentioned")
        let run = try scenario.run()
        #expect(run.counts["alerts reopened"] == 1)
        #expect(try scenario.alert(Self.mohammedIntel)?.status == "REOPENED")
        #expect(try scenario.history(Self.mohammedIntel) == ["raised", "decision", "decision", "reopened"])
    }

    @Test("an approved suppression holds until the record's names, date of birth or address change")
    func suppression() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        let alert = try #require(try scenario.alert(Self.ameliaCrime))
        try scenario.store().write { db in
            try AlertWorkflow.decide(
                alertID: alert.id,
                .init(status: .underReview, reason: "checking"),
                by: "rev1",
                at: Date(),
                in: db
            )
            try AlertWorkflow.decide(
                alertID: alert.id,
                .init(status: .notAMatch, reason: "different person: HR confirms"),
                by: "rev1",
                at: Date(),
                in: db
            )
            let suppression = try #require(try SuppressionTable.all(db).first)
            #expect(throws: StoreError.self) {
                try SuppressionTable.approve(suppression.id, by: "rev1", at: Date(), in: db)
            }
            try SuppressionTable.approve(suppression.id, by: "sup1", at: Date(), in: db)
        }
        // The role changes: not material, the suppression holds.
        scenario.records[0] = Scenario.ameliaVictim.replacingOccurrences(of: "victim", with: "witness")
        let held = try scenario.run()
        #expect(held.counts["alerts suppressed"] == 1)
        #expect(try scenario.alert(Self.ameliaCrime)?.status == "NOT_A_MATCH")
        // The address changes: material, the suppression lifts and the alert reopens.
        scenario.records[0] = Scenario.ameliaVictim.replacingOccurrences(of: "14 Elm Rd", with: "16 Elm Rd")
        let lifted = try scenario.run()
        #expect(lifted.counts["alerts reopened"] == 1)
        #expect(try scenario.alert(Self.ameliaCrime)?.status == "REOPENED")
        let liftedReason = try scenario.store().read { db in try SuppressionTable.all(db).first?.liftedReason }
        #expect(liftedReason?.contains("changed") == true)
    }

    @Test("a record missing from a snapshot is withdrawn, not deleted, and its alert is kept and flagged")
    func snapshotWithdrawal() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        scenario.records.removeFirst()
        let run = try scenario.run()
        #expect(run.counts["records withdrawn"] == 1)
        let alert = try #require(try scenario.alert(Self.ameliaCrime))
        #expect(alert.evidenceWithdrawn)
        #expect(alert.status == "NEW")
        let kept = try scenario.store().read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM person_record WHERE record_id = 'C1' AND withdrawn_run IS NOT NULL"
            )
        }
        #expect(kept == 1)
    }

    @Test("after a source is renamed, its snapshot still withdraws the records it stored under the old name")
    func renamedSource() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        scenario.recordsSource = "crime-and-intelligence"
        let renamed = try scenario.run()
        #expect(renamed.counts["records moved from another source"] == 5)
        #expect(renamed.counts["records unchanged"] == 5)
        #expect(renamed.counts["alerts raised"] == nil)
        scenario.records.removeFirst()
        let next = try scenario.run()
        #expect(next.counts["records withdrawn"] == 1)
        #expect(try scenario.alert(Self.ameliaCrime)?.evidenceWithdrawn == true)
    }

    @Test("a retired source reads no file and withdraws everything it stored, however much that is")
    func retiredSource() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        scenario.recordsMode = "retired"
        scenario.records = []
        let retired = try scenario.run()
        #expect(retired.status == .succeeded, "all five records go, past the broken-snapshot check")
        #expect(retired.counts["records withdrawn"] == 5)
        #expect(retired.inputs.map(\.source) == ["roster", "incidents"], "no file was read for the source")
        #expect(
            retired.messages.contains { $0.hasPrefix("records: the source is retired: its 5 records were withdrawn") }
        )
        #expect(try scenario.alert(Self.ameliaCrime)?.evidenceWithdrawn == true)
        #expect(try scenario.alert(Self.ameliaHome)?.evidenceWithdrawn == false, "other sources are untouched")
        let again = try scenario.run()
        #expect(again.counts["records withdrawn"] == 0)
        #expect(!again.messages.contains { $0.contains("retired") })
    }

    @Test("a delta extract never withdraws what it does not mention")
    func deltaKeeps() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.recordsMode = "delta"
        try scenario.run()
        scenario.records = [Scenario.strangers[0]]
        let run = try scenario.run()
        #expect(run.counts["records withdrawn"] == nil)
        #expect(try scenario.alert(Self.ameliaCrime)?.evidenceWithdrawn == false)
    }

    @Test("a new starter is checked against the stored history, and an offence before their start is marked")
    func newStarter() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.records.append(
            "C7,crime,CR-7,2019-03-03,suspect,Liam,Brennan,1995-07-21,40 Canal Side,Walsall,WS3 2XY"
        )
        let day1 = try scenario.run()
        #expect(day1.counts["alerts raised"] == 3)
        scenario.roster.append("E400,Liam,Brennan,1995-07-21,40 Canal Side,Walsall,WS3 2XY,Special,Specials,2026-01-05")
        let day2 = try scenario.run()
        #expect(day2.counts["employees new"] == 1)
        #expect(day2.counts["records unchanged"] == 6)
        let alert = try #require(try scenario.alert("person|E400|crime|CR-7"))
        #expect(alert.predatesStart)
        #expect(alert.roles == "suspect")
    }

    @Test("a leaver is deactivated and their personal data erased after retention, with an audit entry")
    func leaver() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        scenario.roster.remove(at: 1)
        let left = try scenario.run()
        #expect(left.counts["employees left"] == 1)
        #expect(try scenario.alert(Self.mohammedIntel)?.evidenceWithdrawn == true)
        scenario.day += 40
        let erased = try scenario.run()
        #expect(erased.counts["employees erased"] == 1)
        let (surname, audit) = try scenario.store().read { db in
            (
                try String.fetchOne(db, sql: "SELECT surname FROM employee WHERE employee_id = 'E200'"),
                try String.fetchOne(db, sql: "SELECT object_ids FROM audit_event WHERE action = 'erasure'")
            )
        }
        #expect(surname == "")
        #expect(audit == "E200")
    }

    @Test("each run logs what it collected and combined in the audit trail, and the chain verifies")
    func auditsRuns() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        let actions = try scenario.store().read { db in
            try String.fetchAll(db, sql: "SELECT action FROM audit_event ORDER BY seq")
        }
        #expect(actions == ["collection", "collection", "collection", "combination"])
        #expect(try scenario.store().read(AuditTrail.verify) == .intact(entries: 4))
    }
}

@Suite struct DailyRunRejectTests {
    @Test("bad rows are rejected with reasons and counted in the data-quality report, and good rows still load")
    func badRows() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.records += [
            "B1,crime,CR-8,2024-02-30,suspect,Ann,Other,1980-01-01,1 Road,Town,B1 1AA",
            "B2,weather,CR-9,2024-02-01,suspect,Ann,Other,1980-01-01,1 Road,Town,B1 1AA",
            "B3,crime,\"unclosed,2024-02-01,suspect",
        ]
        let run = try scenario.run()
        // Three bad rows in eight is far above the 5% reject-rate gate: published, but degraded.
        #expect(run.status == .degraded)
        #expect(run.messages.contains { $0.contains("data-quality gate failed: records") })
        let input = try #require(run.inputs.first { $0.source == "records" })
        #expect(input.rowsAccepted == 5)
        #expect(input.rowsRejected == 3)
        let rejects = try String(contentsOfFile: try #require(input.rejectsFile), encoding: .utf8)
        #expect(rejects.contains("records.csv,7,event_date,invalid event_date '2024-02-30': 30 February does not"))
        #expect(rejects.contains("records.csv,8,source,\"unknown source 'weather'"))
        #expect(rejects.contains("records.csv,9,event_id,unbalanced quote"))
        let report = try scenario.store().read { db in
            try DataQualityReportTable.reports(run: run.id, in: db)["records"]
        }
        #expect(report?.contains("\"invalid date\":1") == true)
        #expect(try scenario.alerts().count == 3)
    }
}

import Foundation
import GRDB
import Testing
import VigilPipeline
import VigilStore

/// A row rejected today that still names its id is not a record the extract dropped: the run keeps what
/// the store holds for it instead of withdrawing it, or marking the employee as a leaver.
@Suite struct RejectedRowsKeptTests {
    @Test("rejected rows that name their id keep their records, locations and employees as the store knew them")
    func keptAsBefore() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        let before = try scenario.alerts()

        // An impossible date in Amelia's crime record, Mohammed's roster row and Amelia's home incident.
        scenario.records[0] = scenario.records[0].replacingOccurrences(of: "2024-05-01", with: "2024-02-30")
        scenario.roster[1] = scenario.roster[1].replacingOccurrences(of: "1990-11-03", with: "31/02/1990")
        scenario.locations[0] = scenario.locations[0].replacingOccurrences(of: "2025-02-02", with: "2025-13-02")
        let run = try scenario.run()

        #expect(run.inputs.map(\.rowsRejected) == [1, 1, 1])
        #expect(run.counts["records kept, row rejected"] == 1)
        #expect(run.counts["locations kept, row rejected"] == 1)
        #expect(run.counts["employees kept, row rejected"] == 1)
        #expect(run.counts["records withdrawn"] == 0)
        #expect(run.counts["locations withdrawn"] == 0)
        #expect(run.counts["employees left"] == 0)
        #expect(run.messages.contains { $0.hasPrefix("roster: 1 employee whose row was rejected today was kept") })
        #expect(
            run.messages.contains { $0.hasPrefix("records: 1 record whose row was rejected today was kept as it was") }
        )
        #expect(try scenario.alerts() == before, "no alert lost its evidence")
        let active = try scenario.store().read { db in
            try Bool.fetchOne(db, sql: "SELECT active FROM employee WHERE employee_id = 'E200'")
        }
        #expect(active == true)

        // The rows gone altogether the next day: now the extract has dropped them.
        scenario.records.removeFirst()
        scenario.locations.removeFirst()
        let next = try scenario.run()
        #expect(next.counts["records withdrawn"] == 1)
        #expect(next.counts["locations withdrawn"] == 1)
        #expect(next.counts["records kept, row rejected"] == nil)
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.evidenceWithdrawn == true)
    }

    @Test("an employee kept for a rejected row is still linked to today's new records")
    func keptEmployeeStillLinks() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        scenario.roster[1] = scenario.roster[1].replacingOccurrences(of: "2021-03-15", with: "2021-02-30")
        scenario.records.append(
            "C9,crime,CR-19,2025-03-01,witness,Mohammed,Iqbal,1990-11-03,7 Coventry Street,Coventry,CV1 2AB"
        )
        let run = try scenario.run()
        #expect(run.counts["employees kept, row rejected"] == 1)
        #expect(try scenario.alert("person|E200|crime|CR-19") != nil)
    }
}

/// A record is identified by its source and id: one extract may hold a crime and an intelligence record
/// with the same id, and the run stores, keeps and withdraws each on its own.
@Suite struct SourceScopedRecordTests {
    @Test("one id under two sources is two records; a rejected row of one keeps it without withdrawing either")
    func sameIDUnderTwoSources() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.records += [
            "R7,crime,CR-7,2024-06-01,witness,Ann,Lee,01/02/1980,1 High St,Dudley,DY1 1AA",
            "R7,intelligence,INT-7,2024-06-02,subject,Bob,Ray,02/03/1981,2 Low Rd,Dudley,DY2 2BB",
        ]
        let first = try scenario.run()
        #expect(first.inputs.first { $0.source == "records" }?.rowsRejected == 0)
        let stored = try scenario.store().read { db in
            try String.fetchAll(db, sql: "SELECT source FROM person_record WHERE record_id = 'R7' ORDER BY source")
        }
        #expect(stored == ["crime", "intelligence"])

        // The intelligence row has an impossible date today: its record is kept, the crime one read as usual.
        scenario.records[scenario.records.count - 1] = scenario.records[scenario.records.count - 1]
            .replacingOccurrences(of: "2024-06-02", with: "2024-02-30")
        let second = try scenario.run()
        #expect(second.counts["records withdrawn"] == 0)
        #expect(second.counts["records kept, row rejected"] == 1)
        let current = try scenario.store().read { db in
            try Int.fetchOne(
                db,
                sql: "SELECT COUNT(*) FROM person_record WHERE record_id = 'R7' AND withdrawn_run IS NULL"
            )
        }
        #expect(current == 2)
    }
}

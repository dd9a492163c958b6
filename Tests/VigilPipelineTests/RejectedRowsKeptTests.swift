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
        #expect(run.messages.contains { $0.hasPrefix("roster: 1 employees whose rows were rejected today were kept") })
        #expect(run.messages.contains { $0.hasPrefix("records: 1 records whose rows were rejected today were kept") })
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

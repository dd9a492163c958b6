import Foundation
import GRDB
import Testing
import VigilPipeline
import VigilStore

/// A match's runner-up and ambiguity describe today's roster: a record whose runner-up employee changes
/// or leaves is linked again, as a fresh store with the same inputs would link it.
@Suite struct RunnerUpChangeTests {
    /// Amelia's namesake, born the same day, living elsewhere: the runner-up for Amelia's crime record.
    static let namesake = "E101,Amelia,Hartley,1986-04-12,3 Oak Avenue,Walsall,WS3 1AB,Staff,Admin,2018-01-01"
    static let corrected = "E101,Joanne,Robinson,1992-02-03,3 Oak Avenue,Walsall,WS3 1AB,Staff,Admin,2018-01-01"

    func runnerUp(_ scenario: Scenario) throws -> String? {
        try scenario.store().read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT m.runner_up FROM person_match m JOIN person_record r ON r.id = m.record_row
                    WHERE r.record_id = 'C1'
                    """
            )
        }
    }

    func freshRunnerUp(roster: [String]) async throws -> String? {
        var fresh = try await Scenario(roster: roster)
        defer { fresh.remove() }
        try fresh.run()
        return try runnerUp(fresh)
    }

    @Test("a runner-up whose name and date of birth are corrected no longer stands as the runner-up")
    func runnerUpCorrected() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.roster.append(Self.namesake)
        try scenario.run()
        #expect(try runnerUp(scenario) == "E101")

        scenario.roster[scenario.roster.count - 1] = Self.corrected
        try scenario.run()
        #expect(try runnerUp(scenario) != "E101")
        #expect(try runnerUp(scenario) == (try await freshRunnerUp(roster: scenario.roster)))
    }

    @Test("a runner-up who leaves no longer stands as the runner-up")
    func runnerUpLeaves() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.roster.append(Self.namesake)
        try scenario.run()
        #expect(try runnerUp(scenario) == "E101")

        scenario.roster.removeLast()
        try scenario.run()
        #expect(try runnerUp(scenario) != "E101")
        #expect(try runnerUp(scenario) == (try await freshRunnerUp(roster: scenario.roster)))
    }
}

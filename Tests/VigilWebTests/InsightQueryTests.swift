import Foundation
import GRDB
import Testing
import VigilCore
import VigilStore

@testable import VigilWeb

/// The insight queries against the small fixture whose answers are worked out by hand in
/// `TestWorld+Insight.swift`.
@Suite struct InsightQueryTests {
    static let period = ReportingPeriod(
        from: ReportingPeriod.day(ofStoreText: TestWorld.insightFrom)!,
        to: ReportingPeriod.day(ofStoreText: TestWorld.insightTo)!
    )

    private func world() async throws -> TestWorld {
        let world = try await TestWorld()
        try await world.insertInsightFixture()
        return world
    }

    @Test("weeks start on Monday, whatever day the period starts, and days round-trip")
    func weeks() {
        #expect(Self.period.weeks.map(\.description) == ["2026-01-05", "2026-01-12", "2026-01-19"])
        let sunday = ReportingPeriod.day(ofStoreText: "2026-01-11")!
        #expect(ReportingPeriod.week(of: sunday).description == "2026-01-05")
        let old = ReportingPeriod.day(ofStoreText: "1969-12-31")!
        #expect(ReportingPeriod.week(of: old).description == "1969-12-29")
        for days in [-800, -1, 0, 1, 20_000, 20_458] {
            #expect(ReportingPeriod.date(days: days).daysSinceEpoch == days)
        }
        let lastWeeks = ReportingPeriod.lastWeeks(2, endingAt: Date(timeIntervalSince1970: 1_768_500_000))
        #expect(lastWeeks.from.description == "2026-01-05")
        #expect(lastWeeks.to.description == "2026-01-15")
    }

    @Test("alerts per week by source, role and outcome are counted in the week they were raised")
    func weeklyCounts() async throws {
        let world = try await world()
        let trends = try world.store.read { db in try AlertTrends.load(Self.period, in: db) }
        let source = Dictionary(uniqueKeysWithValues: trends.bySource.map { ($0.name, $0.counts) })
        #expect(source["crime"] == [1, 1, 2])
        #expect(source["incident"] == [1, 0, 1])
        #expect(source["intelligence"] == [0, 1, 0])
        #expect(source["custody"] == [0, 0, 1])
        #expect(trends.alertCount == 8)
        let role = Dictionary(uniqueKeysWithValues: trends.byRole.map { ($0.name, $0.counts) })
        #expect(role["victim"] == [2, 1, 1])
        #expect(role["witness"] == [1, 0, 1])
        #expect(role["suspect"] == [0, 1, 1])
        let outcome = Dictionary(uniqueKeysWithValues: trends.byOutcome.map { ($0.name, $0.counts) })
        #expect(outcome["open"] == [0, 1, 3])
        #expect(outcome["NOT_A_MATCH"] == [1, 1, 0])
        #expect(outcome["REFERRED"] == [1, 0, 0])
        #expect(outcome["NO_FURTHER_ACTION"] == [0, 0, 1])
        #expect(trends.byTeam.first?.name == "Response North")
        #expect(trends.byTeam.map(\.count) == [5, 2, 1])
    }

    @Test("career stages count years from the start date to the event, with earlier events apart")
    func careerStages() async throws {
        let world = try await world()
        let trends = try world.store.read { db in try AlertTrends.load(Self.period, in: db) }
        let stages = Dictionary(uniqueKeysWithValues: trends.byCareerStage.map { ($0.name, $0.count) })
        #expect(stages[CareerStage.beforeStart.rawValue] == 1)
        #expect(stages[CareerStage.underOne.rawValue] == 2)
        #expect(stages[CareerStage.oneToTwo.rawValue] == 1)
        #expect(stages[CareerStage.twoToFive.rawValue] == 0)
        #expect(stages[CareerStage.fiveToTen.rawValue] == 3)
        #expect(stages[CareerStage.tenPlus.rawValue] == 1)
        #expect(stages[CareerStage.unknown.rawValue] == 0)
        let start = ReportingPeriod.day(ofStoreText: "2020-03-01")
        #expect(CareerStage.of(eventOn: ReportingPeriod.day(ofStoreText: "2021-02-28"), startedOn: start) == .underOne)
        #expect(CareerStage.of(eventOn: ReportingPeriod.day(ofStoreText: "2021-03-02"), startedOn: start) == .oneToTwo)
        #expect(CareerStage.of(eventOn: nil, startedOn: start) == .unknown)
    }

    @Test("the false-positive rate and time to decision are read from the week's closing decisions")
    func decisions() async throws {
        let world = try await world()
        let weeks = try world.store.read { db in try DecisionWeek.load(Self.period, in: db) }
        #expect(weeks.map(\.decided) == [2, 1, 1])
        #expect(weeks.map(\.notAMatch) == [1, 1, 0])
        #expect(weeks.map(\.falsePositiveRate) == [0.5, 1.0, 0.0])
        #expect(weeks.map(\.medianDays) == [3, 1, 3])
        #expect(weeks.map(\.p90Days) == [4, 1, 3])
        #expect(DecisionWeek.median([5, 1, 3]) == 3)
        #expect(DecisionWeek.nearestRank(0.9, of: Array(1...10).map(Double.init)) == 9)
        #expect(DecisionWeek.nearestRank(0.9, of: []) == nil)
    }

    @Test("repeat victims, suspects and locations need two or more in the period")
    func repeats() async throws {
        let world = try await world()
        // Alert 23 (E901 as a suspect) was decided not a match; reopened by new evidence, it counts again.
        try world.store.write { db in try db.execute(sql: "UPDATE alert SET status = 'REOPENED' WHERE id = 23") }
        let repeats = try world.store.read { db in try RepeatSubjects.load(Self.period, in: db) }
        #expect(repeats.victims.map(\.employeeID) == ["E900"])
        #expect(repeats.victims.first?.alerts == 2)
        #expect(repeats.suspects.map(\.employeeID) == ["E901"])
        #expect(repeats.suspects.first?.alerts == 2)
        #expect(repeats.locations.count == 1)
        #expect(repeats.locations.first?.incidents == 2)
        #expect(repeats.locations.first?.employeeIDs == ["E900"])
        #expect(repeats.employeeIDs == ["E900", "E901"])
        #expect(repeats.excluding("E900").employeeIDs == ["E901"])
        let narrow = ReportingPeriod(from: Self.period.from, to: Self.period.from)
        let none = try world.store.read { db in try RepeatSubjects.load(narrow, in: db) }
        #expect(none.victims.isEmpty && none.suspects.isEmpty && none.locations.isEmpty)
    }

    @Test("a repeat subject who has left the force stays listed with the day they left, and is counted as a leaver")
    func repeatLeavers() async throws {
        let world = try await world()
        try world.store.write { db in
            try db.execute(sql: "UPDATE employee SET active = 0, left_on = '2026-01-20' WHERE employee_id = 'E900'")
        }
        let repeats = try world.store.read { db in try RepeatSubjects.load(Self.period, in: db) }
        #expect(repeats.victims.map(\.employeeID) == ["E900"])
        #expect(repeats.victims.first?.leftOn == "2026-01-20")
        #expect(repeats.suspects.allSatisfy { $0.leftOn == nil })
        #expect(RepeatSubjects.leavers(among: repeats.victims) == 1)
        #expect(RepeatSubjects.leavers(among: repeats.suspects) == 0)
    }

    @Test("the repeat lists' captions count the people listed and how many of them have left")
    func leaverCounts() {
        #expect(TrendsPage.count(listed: 3, leavers: 0) == "3 listed, none of whom has left the force")
        #expect(TrendsPage.count(listed: 3, leavers: 1) == "3 listed, 1 of whom has left the force")
        #expect(TrendsPage.count(listed: 3, leavers: 2) == "3 listed, 2 of whom have left the force")
        #expect(TrendsPage.count(listed: 2, leavers: 2) == "2 listed, all of whom have left the force")
        #expect(TrendsPage.count(listed: 1, leavers: 1) == "1 listed, who has left the force")
        #expect(TrendsPage.count(listed: 1, leavers: 0) == "1 listed, who has not left the force")
    }

    @Test("alerts decided not a match, and home links decided not a match or suppressed, make no repeat")
    func repeatsLeaveOutNotAMatch() async throws {
        let world = try await world()
        let repeats = try world.store.read { db in try RepeatSubjects.load(Self.period, in: db) }
        // E900: victim in alerts 20 (not a match), 21 and 22; E901: suspect in 23 (not a match) and 24.
        #expect(repeats.victims.map(\.employeeID) == ["E900"])
        #expect(repeats.victims.first?.alerts == 2)
        #expect(repeats.suspects.isEmpty)
        try world.store.write { db in
            try db.execute(sql: "UPDATE alert SET status = 'NOT_A_MATCH' WHERE id = 22")
            // Incident row 1 is alert 27's evidence; row 2's link to E900 is suppressed.
            try db.execute(sql: "UPDATE alert SET status = 'NOT_A_MATCH' WHERE id = 27")
        }
        let fewer = try world.store.read { db in try RepeatSubjects.load(Self.period, in: db) }
        #expect(fewer.victims.isEmpty)
        #expect(fewer.locations.isEmpty)
        try world.store.write { db in
            try db.execute(sql: "UPDATE alert SET status = 'NEW' WHERE id = 27")
            try db.execute(
                sql: """
                    INSERT INTO suppression (employee_id, match_kind, row_id, identity_hash, alert_id, reason,
                        requested_by, requested_at, review_on, approved_by, approved_at)
                    VALUES ('E900', 'home_address', 2, 1, NULL, 'a neighbour', 'rev', '2026-01-09T09:00:00.000Z',
                        '2027-01-09', 'sup', '2026-01-09T10:00:00.000Z')
                    """
            )
        }
        let suppressed = try world.store.read { db in try RepeatSubjects.load(Self.period, in: db) }
        #expect(suppressed.locations.isEmpty)
    }

    @Test("an alert decided a duplicate makes no repeat: its event counts on the alert it duplicates")
    func repeatsLeaveOutDuplicates() async throws {
        let world = try await world()
        // E900: victim in alerts 20 (not a match), 21 and 22.
        try world.store.write { db in try db.execute(sql: "UPDATE alert SET status = 'DUPLICATE' WHERE id = 22") }
        let repeats = try world.store.read { db in try RepeatSubjects.load(Self.period, in: db) }
        #expect(repeats.victims.isEmpty)
        try world.store.write { db in try db.execute(sql: "UPDATE alert SET status = 'REFERRED' WHERE id = 22") }
        let referred = try world.store.read { db in try RepeatSubjects.load(Self.period, in: db) }
        #expect(referred.victims.map(\.alerts) == [2])
    }

    @Test("an employee's timeline holds their records, home incidents and alerts, and flags what predates the start")
    func timeline() async throws {
        let world = try await world()
        let timeline = try #require(
            try world.store.read { db in try EmployeeTimeline.load(employeeID: TestWorld.timelineEmployee, in: db) }
        )
        #expect(timeline.entries.filter { $0.kind == .alert }.count == 5)
        #expect(timeline.entries.filter { $0.kind == .homeIncident }.count == 2)
        let record = try #require(timeline.entries.first { $0.kind == .personRecord })
        #expect(record.reference == "CR-1" && record.predatesStart && record.alertID == 22)
        #expect(timeline.entries.first?.date?.description == "2019-05-01")
        #expect(Set(timeline.alertIDs) == [1, 20, 21, 22, 27])
        #expect(timeline.entriesPerYear.map(\.year) == [2019, 2026])
        #expect(try world.store.read { db in try EmployeeTimeline.load(employeeID: "NOBODY", in: db) } == nil)
    }

    @Test("home incidents come newest first with the strongest reasons in plain words")
    func homeIncidents() async throws {
        let world = try await world()
        let home = try #require(
            try world.store.read { db in try HomeAddressIncidents.load(employeeID: TestWorld.timelineEmployee, in: db) }
        )
        #expect(home.homeAddress == "12 High Street, Dudley, DY1 1AA")
        #expect(home.incidents.map(\.incidentID) == ["INC1", "INC2"])
        #expect(home.incidents.first?.alertID == 27)
        #expect(home.incidents.first?.explanation.first?.hasPrefix("address identical") == true)
    }
}

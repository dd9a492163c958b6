import Foundation
import GRDB
import VigilCore

/// Alerts over a period, counted the ways the vetting team looks for patterns: per week by source, by
/// the employee's role in the event and by outcome; by team; by career stage; and the decisions'
/// false-positive rate and time to decision per week.
///
/// These are counts of alerts, not lists of people; the repeat lists that name people are
/// ``RepeatSubjects``. An alert is counted in the week (Monday to Sunday, UTC) it was raised; an
/// alert whose event names the employee in two roles (victim and witness) counts once under each.
///
/// ```swift
/// let trends = try AlertTrends.load(ReportingPeriod.lastWeeks(12, endingAt: now), in: db)
/// ```
public struct AlertTrends: Sendable, Hashable {
    /// One line of a weekly breakdown: its name and a count for each of ``weeks``.
    public struct Series: Sendable, Hashable {
        /// The source, role or outcome.
        public var name: String
        /// Alerts in each week, aligned with ``AlertTrends/weeks``.
        public var counts: [Int]

        /// The sum over the weeks.
        public var total: Int { counts.reduce(0, +) }
    }

    /// A count under a name (a team, a career stage).
    public struct Tally: Sendable, Hashable {
        /// What is counted.
        public var name: String
        /// How many alerts.
        public var count: Int
    }

    /// The period counted.
    public var period: ReportingPeriod
    /// The Monday of each week in the period, oldest first.
    public var weeks: [CalendarDate]
    /// Alerts per week by source (crime, intelligence, custody, incident, ...).
    public var bySource: [Series]
    /// Alerts per week by the employee's role in the event (suspect, victim, ...).
    public var byRole: [Series]
    /// Alerts per week by outcome: `open` or the closing status.
    public var byOutcome: [Series]
    /// Alerts by the employee's team, most first.
    public var byTeam: [Tally]
    /// Alerts by career stage, in the order of ``CareerStage``.
    public var byCareerStage: [Tally]
    /// Decisions per week.
    public var decisions: [DecisionWeek]

    /// All alerts raised in the period.
    public var alertCount: Int { bySource.reduce(0) { $0 + $1.total } }

    /// Reads and counts the alerts raised, and the decisions made, in `period`.
    public static func load(_ period: ReportingPeriod, in db: Database) throws -> AlertTrends {
        let weeks = period.weeks
        let index = Dictionary(uniqueKeysWithValues: weeks.enumerated().map { ($1, $0) })
        var sources = WeeklyTally(weeks: weeks.count)
        var roles = WeeklyTally(weeks: weeks.count)
        var outcomes = WeeklyTally(weeks: weeks.count)
        var teams: [String: Int] = [:]
        var stages: [CareerStage: Int] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT a.source, a.roles, a.status, a.event_date, a.raised_at, e.team, e.start_date
                FROM alert a LEFT JOIN employee e ON e.employee_id = a.employee_id
                WHERE substr(a.raised_at, 1, 10) BETWEEN ? AND ?
                """,
            arguments: [period.from.description, period.to.description]
        )
        while let row = try rows.next() {
            guard let raised = ReportingPeriod.day(ofStoreText: row["raised_at"]),
                let week = index[ReportingPeriod.week(of: raised)]
            else { continue }
            sources.add(row["source"], week: week)
            let status = AlertStatus(rawValue: row["status"]) ?? .new
            outcomes.add(status.isClosed ? status.rawValue : "open", week: week)
            let named = (row["roles"] as String).split(separator: ",")
                .map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                .filter { !$0.isEmpty }
            for role in named.isEmpty ? ["unknown"] : named { roles.add(role, week: week) }
            let team = (row["team"] as String?).flatMap { $0.isEmpty ? nil : $0 } ?? "unknown"
            teams[team, default: 0] += 1
            let eventDay = ReportingPeriod.day(ofStoreText: row["event_date"]) ?? raised
            let stage = CareerStage.of(
                eventOn: eventDay,
                startedOn: ReportingPeriod.day(ofStoreText: row["start_date"])
            )
            stages[stage, default: 0] += 1
        }
        return AlertTrends(
            period: period,
            weeks: weeks,
            bySource: sources.series,
            byRole: roles.series,
            byOutcome: outcomes.series,
            byTeam: teams.map { Tally(name: $0.key, count: $0.value) }
                .sorted { ($1.count, $0.name) < ($0.count, $1.name) },
            byCareerStage: CareerStage.allCases.map { Tally(name: $0.rawValue, count: stages[$0] ?? 0) },
            decisions: try DecisionWeek.load(period, in: db)
        )
    }
}

/// Counts by name and week while the alerts stream past.
private struct WeeklyTally {
    var weeks: Int
    var counts: [String: [Int]] = [:]

    init(weeks: Int) {
        self.weeks = weeks
    }

    mutating func add(_ name: String, week: Int) {
        counts[name, default: Array(repeating: 0, count: weeks)][week] += 1
    }

    /// The series, largest first (then by name, so the order is stable).
    var series: [AlertTrends.Series] {
        counts.map { AlertTrends.Series(name: $0.key, counts: $0.value) }
            .sorted { ($1.total, $0.name) < ($0.total, $1.name) }
    }
}

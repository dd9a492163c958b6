import Foundation
import GRDB
import VigilCore

/// One week's closing decisions: how many, how many said "not a match", and how long alerts waited.
///
/// A closing decision moves an alert to NOT_A_MATCH, NO_FURTHER_ACTION, REFERRED or DUPLICATE; it is
/// counted in the week it was made. An alert decided, reopened and decided again counts twice. The
/// time to decision is from the alert being raised to that decision, in days.
public struct DecisionWeek: Sendable, Hashable {
    /// The Monday of the week.
    public var week: CalendarDate
    /// Closing decisions made in the week.
    public var decided: Int
    /// Of which NOT_A_MATCH.
    public var notAMatch: Int
    /// The median days from raised to decided (the mean of the middle two for an even count).
    public var medianDays: Double?
    /// The 90th percentile of days from raised to decided (nearest rank).
    public var p90Days: Double?

    /// NOT_A_MATCH's share of the week's decisions, or `nil` with none.
    public var falsePositiveRate: Double? {
        decided == 0 ? nil : Double(notAMatch) / Double(decided)
    }

    /// The closing decisions made in `period`, week by week (every week of the period, even empty).
    public static func load(_ period: ReportingPeriod, in db: Database) throws -> [DecisionWeek] {
        let closed = AlertStatus.allCases.filter(\.isClosed).map(\.rawValue)
        let placeholders = closed.map { _ in "?" }.joined(separator: ",")
        var arguments = StatementArguments(closed)
        arguments += [period.from.description, period.to.description]
        var byWeek: [CalendarDate: (notAMatch: Int, days: [Double])] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT d.at, d.to_status, a.raised_at FROM decision d JOIN alert a ON a.id = d.alert_id
                WHERE d.to_status IN (\(placeholders)) AND substr(d.at, 1, 10) BETWEEN ? AND ?
                """,
            arguments: arguments
        ) {
            guard let decidedAt = StoreTime.date(row["at"]), let day = ReportingPeriod.day(ofStoreText: row["at"])
            else { continue }
            let week = ReportingPeriod.week(of: day)
            let raisedAt = StoreTime.date(row["raised_at"]) ?? decidedAt
            var entry = byWeek[week] ?? (0, [])
            if (row["to_status"] as String) == AlertStatus.notAMatch.rawValue { entry.notAMatch += 1 }
            entry.days.append(max(0, decidedAt.timeIntervalSince(raisedAt)) / 86_400)
            byWeek[week] = entry
        }
        return period.weeks.map { week in
            let entry = byWeek[week] ?? (0, [])
            return DecisionWeek(
                week: week,
                decided: entry.days.count,
                notAMatch: entry.notAMatch,
                medianDays: median(entry.days),
                p90Days: nearestRank(0.9, of: entry.days)
            )
        }
    }

    /// The median: the middle value, or the mean of the middle two.
    public static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The nearest-rank percentile: the smallest value with at least `share` of the values at or below it.
    public static func nearestRank(_ share: Double, of values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = Int((share * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }
}

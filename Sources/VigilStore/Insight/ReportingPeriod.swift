import Foundation
import VigilCore

/// The days a report covers, inclusive at both ends, and the Monday-starting weeks they fall in.
///
/// Store instants are ISO 8601 text in UTC and calendar days are `YYYY-MM-DD`, so a day is the first
/// ten characters of either; weeks are labelled by their Monday (`2026-01-05`).
public struct ReportingPeriod: Sendable, Hashable {
    /// The first day covered.
    public var from: CalendarDate
    /// The last day covered.
    public var to: CalendarDate

    /// A period; `from` after `to` is swapped, so a reversed form still means what it says.
    public init(from: CalendarDate, to: CalendarDate) {
        self.from = min(from, to)
        self.to = max(from, to)
    }

    /// The `weeks` weeks up to and including the week of `now` (the default for the trends page).
    public static func lastWeeks(_ weeks: Int, endingAt now: Date) -> ReportingPeriod {
        let today = ReportingPeriod.day(ofInstant: now)
        let monday = ReportingPeriod.weekStart(today.daysSinceEpoch)
        return ReportingPeriod(
            from: ReportingPeriod.date(days: monday - 7 * max(0, weeks - 1)),
            to: today
        )
    }

    /// Whether a day falls inside the period.
    public func contains(_ day: CalendarDate) -> Bool {
        day >= from && day <= to
    }

    /// The Monday of every week the period touches, oldest first.
    public var weeks: [CalendarDate] {
        let first = ReportingPeriod.weekStart(from.daysSinceEpoch)
        let last = ReportingPeriod.weekStart(to.daysSinceEpoch)
        return stride(from: first, through: last, by: 7).map(ReportingPeriod.date(days:))
    }

    /// The Monday of the week holding `day`.
    public static func week(of day: CalendarDate) -> CalendarDate {
        date(days: weekStart(day.daysSinceEpoch))
    }

    /// The calendar day of stored text: an instant (`2026-01-03T09:00:00.000Z`) or a day (`2026-01-03`).
    public static func day(ofStoreText text: String?) -> CalendarDate? {
        guard let text, text.count >= 10 else { return nil }
        let parts = text.prefix(10).split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3 else { return nil }
        return CalendarDate(year: parts[0], month: parts[1], day: parts[2])
    }

    /// The UTC calendar day of an instant.
    public static func day(ofInstant instant: Date) -> CalendarDate {
        let days = Int((instant.timeIntervalSince1970 / 86_400).rounded(.down))
        return date(days: days)
    }

    /// The day `days` after 1970-01-01.
    public static func date(days: Int) -> CalendarDate {
        // Howard Hinnant's civil_from_days, the inverse of `CalendarDate.daysSinceEpoch`.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        return CalendarDate(year: year, month: month, day: day)!
    }

    /// 1970-01-01 was a Thursday: Monday-starting weeks begin three days before each multiple of 7.
    private static func weekStart(_ days: Int) -> Int {
        let shifted = days + 3
        let week = shifted >= 0 ? shifted / 7 : (shifted - 6) / 7
        return week * 7 - 3
    }
}

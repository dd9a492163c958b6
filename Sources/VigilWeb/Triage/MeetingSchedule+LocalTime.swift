import Foundation
import VigilCore
import VigilStore

extension MeetingSchedule {
    /// An instant the store wrote (UTC, `2026-07-01T07:30:00.000Z`) as UK time to the minute,
    /// `2026-07-01 08:30`: the time zone the rest of the dashboard speaks. Text that is not a stored
    /// instant is shown cut to the minute as it is.
    ///
    /// Runs for every row of the queue, so it reads the digits itself rather than through a date parser
    /// and formatter; only the zone's offset is looked up.
    public func minute(ofStoreText stored: String) -> String {
        let digits = Array(stored.utf8.prefix(19))
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                guard index < digits.count, (48...57).contains(digits[index]) else { return nil }
                value = value * 10 + Int(digits[index] - 48)
            }
            return value
        }
        guard digits.count == 19, let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            let date = CalendarDate(year: year, month: month, day: day)?.daysSinceEpoch
        else { return String(stored.prefix(16).map { $0 == "T" ? " " : $0 }) }
        let utc = date * 86_400 + hour * 3_600 + minute * 60 + second
        let local = utc + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
        return Self.text(secondsSinceEpoch: local)
    }

    /// `YYYY-MM-DD HH:MM` of seconds since 1970-01-01.
    private static func text(secondsSinceEpoch seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        return "\(ReportingPeriod.date(days: days).description) \(pad(time / 3_600)):\(pad(time % 3_600 / 60))"
    }
}

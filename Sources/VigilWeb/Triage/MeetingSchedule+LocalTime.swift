import Foundation

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
            let date = Self.days(year: year, month: month, day: day)
        else { return String(stored.prefix(16).map { $0 == "T" ? " " : $0 }) }
        let utc = date * 86_400 + hour * 3_600 + minute * 60 + second
        let local = utc + timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(utc)))
        return Self.text(secondsSinceEpoch: local)
    }

    // Howard Hinnant's civil-date algorithms.

    /// Days since 1970-01-01 of a civil date, or `nil` for a month or day out of range.
    private static func days(year: Int, month: Int, day: Int) -> Int? {
        guard (1...12).contains(month), (1...31).contains(day) else { return nil }
        let y = year - (month <= 2 ? 1 : 0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        return era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
    }

    /// `YYYY-MM-DD HH:MM` of seconds since 1970-01-01.
    private static func text(secondsSinceEpoch seconds: Int) -> String {
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let time = seconds - days * 86_400
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yoe + era * 400 + (month <= 2 ? 1 : 0)
        func pad(_ value: Int, _ width: Int) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2)) \(pad(time / 3_600, 2)):\(pad(time % 3_600 / 60, 2))"
    }
}

/// Calendar arithmetic on day numbers (days since 1970-01-01), without Foundation.
///
/// The generator keeps every date as an `Int32` day number: compact in the population and cheap to
/// shift ("born a year later", "moved before this event") and to print.
enum DayNumber {
    /// The day number of a civil date (Howard Hinnant's `days_from_civil`).
    static func from(year: Int, month: Int, day: Int) -> Int {
        let y = year - (month <= 2 ? 1 : 0)
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number (Howard Hinnant's `civil_from_days`).
    static func civil(_ dayNumber: Int) -> (year: Int, month: Int, day: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Whether a civil date names a real day.
    static func isValid(year: Int, month: Int, day: Int) -> Bool {
        guard (1...12).contains(month), day >= 1 else { return false }
        let days: Int
        switch month {
        case 2: days = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: days = 30
        default: days = 31
        }
        return day <= days
    }

    /// ISO 8601 text, `YYYY-MM-DD`.
    static func iso(year: Int, month: Int, day: Int) -> String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// ISO 8601 text of a day number.
    static func iso(_ dayNumber: Int) -> String {
        let date = civil(dayNumber)
        return iso(year: date.year, month: date.month, day: date.day)
    }

    /// British day-first text, `DD/MM/YYYY`, as some legacy extracts write dates.
    static func british(_ dayNumber: Int) -> String {
        let date = civil(dayNumber)
        return pad(date.day, 2) + "/" + pad(date.month, 2) + "/" + pad(date.year, 4)
    }

    static func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }
}

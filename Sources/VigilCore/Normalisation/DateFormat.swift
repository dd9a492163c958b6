/// The layout of a date field in a source extract, named as people write it in a column mapping.
public enum DateFormat: String, Sendable, CaseIterable, Codable {
    /// `1985-07-04`, ISO 8601; a trailing time (`T00:00:00` or ` 00:00:00`) is ignored.
    case iso = "YYYY-MM-DD"
    /// `04/07/1985`, also `4/7/1985`, `04-07-1985` and `04.07.1985`.
    case dayMonthYear = "DD/MM/YYYY"
    /// `04-JUL-1985` or `4 July 1985`, month names in any case, separated by `-`, `/` or spaces.
    case dayMonthNameYear = "DD-MMM-YYYY"
    /// `19850704`.
    case compact = "YYYYMMDD"
    /// Recognises each of the four layouts above, value by value.
    case automatic = "auto"
}

/// The outcome of parsing one date field.
public enum DateParseResult: Hashable, Sendable {
    /// A real calendar day.
    case date(CalendarDate)
    /// Empty, or placeholder text such as "UNKNOWN" or "00/00/0000".
    case missing
    /// Not a date, with a reason a person understands ("31 February does not exist").
    case invalid(reason: String)

    /// The date, when parsing succeeded.
    public var date: CalendarDate? {
        if case .date(let date) = self { return date }
        return nil
    }
}

/// Which dates of birth are placeholders rather than real dates, by source.
///
/// Police systems fill unknown dates of birth with 1 January (the 01-01-YYYY spike); HR systems do not,
/// so treating every New Year's Day birthday on the roster as missing would discard real data.
/// Under both, a year before 1900 or from 2100 on is a system's filler (0001-01-01, 1111-11-11,
/// 9999-12-31), not a birthday: two records sharing one would otherwise agree on it as strongly as on a
/// real date of birth.
public enum DatePlaceholderPolicy: Sendable {
    /// HR data: only 1900-01-01 and 1901-01-01, and years outside 1900–2099, are placeholders.
    case roster
    /// Police records: those plus 1 January of any year.
    case policeRecord

    /// The years a real date of birth can have.
    public static let plausibleYears: ClosedRange<Int> = 1900...2099

    /// A date of birth as given, sorted into the date to compare and the placeholder set aside: one of
    /// the two is `nil`, or both when no date was given.
    public func sorted(_ date: CalendarDate?) -> (date: CalendarDate?, placeholder: CalendarDate?) {
        guard let date else { return (nil, nil) }
        return isPlaceholder(date) ? (nil, date) : (date, nil)
    }

    /// Why a date of birth is a placeholder under this policy, in words for explanations; `nil` when it
    /// is not one.
    public func whyPlaceholder(_ date: CalendarDate) -> String? {
        guard isPlaceholder(date) else { return nil }
        if !Self.plausibleYears.contains(Int(date.year)) {
            return "a year outside 1900–2099 is a system's filler, not a birthday"
        }
        switch self {
        case .roster: return "1900-01-01 and 1901-01-01 are systems' fillers for an unknown date"
        case .policeRecord: return "police systems write 1 January for an unknown birthday"
        }
    }

    /// Whether a parsed date of birth should be treated as missing under this policy.
    public func isPlaceholder(_ date: CalendarDate) -> Bool {
        if !Self.plausibleYears.contains(Int(date.year)) { return true }
        let isNewYear = date.month == 1 && date.day == 1
        switch self {
        case .roster: return isNewYear && (date.year == 1900 || date.year == 1901)
        case .policeRecord: return isNewYear
        }
    }
}

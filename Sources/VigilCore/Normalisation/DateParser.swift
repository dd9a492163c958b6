/// Parses date fields from source extracts into ``CalendarDate`` values, without `DateFormatter`.
///
/// Runs once per date on millions of records, so it scans the UTF-8 bytes by hand. Empty fields and
/// placeholder text ("UNKNOWN", "N/K", "00/00/0000") are ``DateParseResult/missing``; impossible days
/// ("31/02/1990") and two-digit years ("04/07/85", ambiguous between centuries) are
/// ``DateParseResult/invalid(reason:)`` with a reason for the rejects report.
///
/// ```swift
/// DateParser.parse("4-jul-1985", format: .automatic)  // .date(1985-07-04)
/// DateParser.parse("29/02/1990", format: .dayMonthYear)  // .invalid("29 February 1990 does not exist ...")
/// ```
public enum DateParser: Sendable {
    /// Parses one raw field in the given layout.
    public static func parse(_ raw: String, format: DateFormat) -> DateParseResult {
        if format == .iso || format == .automatic, let parsed = parseCompactISO(raw) { return parsed }
        let bytes = trimmed(raw)
        if bytes.isEmpty || isPlaceholder(bytes) { return .missing }
        let fields = DateFields(bytes)
        let layout = format == .automatic ? fields.detectedLayout : format
        let parsed: (year: DateFields.Number, month: Int?, day: DateFields.Number)?
        switch layout {
        case .iso: parsed = fields.iso()
        case .dayMonthYear: parsed = fields.dayMonthYear()
        case .dayMonthNameYear: parsed = fields.dayMonthNameYear()
        case .compact: parsed = fields.compact()
        case .automatic: parsed = nil
        }
        guard let parsed else {
            let text = quotedText(raw)
            if format == .automatic { return .invalid(reason: "\"\(text)\" is not a date in a recognised layout") }
            return .invalid(reason: "\"\(text)\" is not a date in \(format.rawValue) form")
        }
        return validate(year: parsed.year, month: parsed.month, day: parsed.day)
    }

    /// "YYYY-MM-DD" exactly, by far the commonest form, read straight from the bytes with no copy; any
    /// other text (padding, other layouts, all zeros) is left to the general path, which judges it the same.
    private static func parseCompactISO(_ raw: String) -> DateParseResult? {
        var raw = raw
        return raw.withUTF8 { bytes -> DateParseResult? in
            guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
            func number(_ range: Range<Int>) -> Int? {
                var value = 0
                for index in range {
                    guard TextFolding.isDigit(bytes[index]) else { return nil }
                    value = value * 10 + Int(bytes[index] - 0x30)
                }
                return value
            }
            guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
                year != 0 || month != 0 || day != 0
            else { return nil }
            return validate(
                year: DateFields.Number(value: year, digits: 4),
                month: month,
                day: DateFields.Number(value: day, digits: 2)
            )
        }
    }

    /// Checks the numbers name a real day and explains why not.
    private static func validate(year: DateFields.Number, month: Int?, day: DateFields.Number) -> DateParseResult {
        guard year.digits == 4 else {
            if year.digits == 2 { return .invalid(reason: "the year has 2 digits; two-digit years are ambiguous") }
            return .invalid(reason: "the year needs 4 digits, not \(year.digits)")
        }
        guard year.value >= 1 else { return .invalid(reason: "year 0 does not exist") }
        guard let month, (1...12).contains(month) else {
            return .invalid(reason: "month \(month.map(String.init) ?? "?") does not exist")
        }
        let name = monthNames[month - 1]
        let length = CalendarDate.daysIn(month: month, year: year.value)
        guard day.value >= 1 else { return .invalid(reason: "day 0 of \(name) does not exist") }
        guard day.value <= length else {
            if month == 2 && day.value == 29 {
                return .invalid(reason: "29 February \(year.value) does not exist: \(year.value) is not a leap year")
            }
            return .invalid(reason: "\(day.value) \(name) does not exist")
        }
        guard let date = CalendarDate(year: year.value, month: month, day: day.value) else {
            return .invalid(reason: "\(day.value) \(name) \(year.value) is out of range")
        }
        return .date(date)
    }

    /// The field's bytes, uppercased, without surrounding whitespace or quotes.
    private static func trimmed(_ raw: String) -> ArraySlice<UInt8> {
        var bytes = Array(raw.utf8)
        var start = 0
        var end = bytes.count
        func isPadding(_ byte: UInt8) -> Bool { TextFolding.isSpace(byte) || byte == UInt8(ascii: "\"") }
        while start < end, isPadding(bytes[start]) { start += 1 }
        while end > start, isPadding(bytes[end - 1]) { end -= 1 }
        for index in start..<end { bytes[index] = TextFolding.upper(bytes[index]) }
        return bytes[start..<end]
    }

    /// The raw field without surrounding padding, as the person typed it, for reasons.
    private static func quotedText(_ raw: String) -> String {
        func isPadding(_ character: Character) -> Bool { character.isWhitespace || character == "\"" }
        return String(String(raw.reversed().drop(while: isPadding)).reversed().drop(while: isPadding))
    }

    /// Placeholder text, or a date made only of zeros and separators ("00/00/0000", "0000-00-00").
    private static func isPlaceholder(_ bytes: ArraySlice<UInt8>) -> Bool {
        if bytes.allSatisfy({ $0 == UInt8(ascii: "0") || !TextFolding.isDigit($0) && !TextFolding.isLetter($0) }) {
            return true
        }
        guard bytes.contains(where: TextFolding.isLetter) else { return false }
        let words = NameNormaliser.tokenise(Array(bytes)).joined(separator: " ")
        return PlaceholderValues.isPlaceholderText(words)
    }

    /// Whether a field that is not a whole date gives only part of one: a year ("1990"), a month and year
    /// ("03/1990", "1990-03", "MAR 1990", "March-1990") or a day of zero ("00/03/1990"). Police records
    /// hold these where the day of birth is not known; they are missing, not wrong.
    public static func isPartialDate(_ raw: String) -> Bool {
        let bytes = trimmed(raw)
        guard !bytes.isEmpty else { return false }
        let parts = bytes.split(whereSeparator: {
            $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "-")
                || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: " ")
        })
        func number(_ part: ArraySlice<UInt8>) -> Int? {
            guard !part.isEmpty, part.count <= 4, part.allSatisfy(TextFolding.isDigit) else { return nil }
            return part.reduce(0) { $0 * 10 + Int($1 - 0x30) }
        }
        func isYear(_ part: ArraySlice<UInt8>) -> Bool {
            part.count == 4 && number(part).map(DatePlaceholderPolicy.plausibleYears.contains) == true
        }
        func isMonth(_ part: ArraySlice<UInt8>) -> Bool {
            if let value = number(part) { return part.count <= 2 && (1...12).contains(value) }
            let name = String(decoding: part, as: UTF8.self)
            return part.count >= 3 && monthNames.contains { $0.uppercased().hasPrefix(name) }
        }
        switch parts.count {
        case 1: return isYear(parts[0])
        case 2: return (isMonth(parts[0]) && isYear(parts[1])) || (isYear(parts[0]) && isMonth(parts[1]))
        case 3:
            let zeroDay = { (part: ArraySlice<UInt8>) in number(part) == 0 && part.count <= 2 }
            return (zeroDay(parts[0]) && isMonth(parts[1]) && isYear(parts[2]))
                || (isYear(parts[0]) && isMonth(parts[1]) && zeroDay(parts[2]))
        default: return false
        }
    }

    /// Month names for reasons, January first.
    static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]
}

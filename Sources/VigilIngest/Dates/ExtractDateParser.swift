import VigilCore

/// Reads dates in the formats a column mapping can name; a stand-in until VigilCore's `DateParser` lands.
enum ExtractDateParser {
    /// What a date field held.
    enum Outcome: Equatable {
        case date(CalendarDate)
        /// Empty, or a known placeholder such as `UNKNOWN` or `00/00/0000`.
        case missing
        /// Not a date; the reason says why, e.g. "31 February does not exist".
        case invalid(String)
    }

    private static let placeholders: Set<String> = [
        "UNKNOWN", "NOT KNOWN", "N/K", "NK", "N/A", "NA", "NULL", "NONE", "00/00/0000", "0000-00-00", "00000000",
    ]
    private static let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    private static let monthNames = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
        "November", "December",
    ]

    /// Parses trimmed text in a format.
    static func parse(_ text: String, format: DateFormat) -> Outcome {
        if text.isEmpty || placeholders.contains(text.uppercased()) {
            return .missing
        }
        let resolved = format == .auto ? detect(text) : format
        guard let resolved, let parts = split(text, resolved) else {
            let expected = format == .auto ? "a recognised date form" : format.rawValue + " form"
            return .invalid("'\(text)' is not a date in \(expected)")
        }
        return check(year: parts.year, month: parts.month, day: parts.day)
    }

    private static func detect(_ text: String) -> DateFormat? {
        let bytes = Array(text.utf8)
        if bytes.count == 8 && bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) {
            return .compact
        }
        if bytes.count >= 10 && bytes[4] == UInt8(ascii: "-") {
            return .iso
        }
        if bytes.contains(UInt8(ascii: "/")) {
            return .dayMonthYear
        }
        if bytes.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }) {
            return .dayMonthNameYear
        }
        return nil
    }

    private static func split(_ text: String, _ format: DateFormat) -> (year: Int, month: Int, day: Int)? {
        switch format {
        case .compact:
            guard text.utf8.count == 8, let year = Int(text.prefix(4)), let month = Int(text.dropFirst(4).prefix(2)),
                let day = Int(text.suffix(2))
            else { return nil }
            return (year, month, day)
        case .iso:
            let datePart = text.split(whereSeparator: { $0 == "T" || $0 == " " }).first ?? ""
            let pieces = datePart.split(separator: "-", omittingEmptySubsequences: false)
            guard pieces.count == 3, pieces[0].count == 4, let year = Int(pieces[0]), let month = Int(pieces[1]),
                let day = Int(pieces[2])
            else { return nil }
            return (year, month, day)
        case .dayMonthYear:
            let pieces = text.split(separator: "/", omittingEmptySubsequences: false)
            guard pieces.count == 3, pieces[2].count == 4, (1...2).contains(pieces[0].count),
                (1...2).contains(pieces[1].count), let day = Int(pieces[0]), let month = Int(pieces[1]),
                let year = Int(pieces[2])
            else { return nil }
            return (year, month, day)
        case .dayMonthNameYear:
            let pieces = text.split(whereSeparator: { $0 == "-" || $0 == " " })
            guard pieces.count == 3, pieces[2].count == 4, let day = Int(pieces[0]), let year = Int(pieces[2]),
                let month = months.firstIndex(of: String(pieces[1].prefix(3)).uppercased())
            else { return nil }
            return (year, month + 1, day)
        case .auto:
            return nil
        }
    }

    private static func check(year: Int, month: Int, day: Int) -> Outcome {
        guard (1...12).contains(month) else { return .invalid("month \(month) does not exist") }
        guard (1...9999).contains(year) else { return .invalid("year \(year) is out of range") }
        if let date = CalendarDate(year: year, month: month, day: day) {
            return .date(date)
        }
        if day == 29 && month == 2 {
            return .invalid("29 February \(year) does not exist (\(year) is not a leap year)")
        }
        if day < 1 {
            return .invalid("day \(day) does not exist")
        }
        return .invalid("\(day) \(monthNames[month - 1]) does not exist")
    }
}

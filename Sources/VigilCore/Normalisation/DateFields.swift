/// A date field split into runs of digits, runs of letters and separators, for ``DateParser``.
struct DateFields {
    /// A run of digits with its value and length (the length tells "85" from "1985").
    struct Number {
        let value: Int
        let digits: Int
    }

    private enum Piece {
        case number(Number)
        case word(ArraySlice<UInt8>)
        case separator(UInt8)
    }

    private let pieces: [Piece]

    init(_ bytes: ArraySlice<UInt8>) {
        var pieces: [Piece] = []
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if TextFolding.isDigit(byte) {
                var value = 0
                var digits = 0
                while index < bytes.endIndex, TextFolding.isDigit(bytes[index]) {
                    if digits < 9 { value = value * 10 + Int(bytes[index] - 0x30) }
                    digits += 1
                    index += 1
                }
                pieces.append(.number(Number(value: value, digits: digits)))
            } else if TextFolding.isLetter(byte) {
                let start = index
                while index < bytes.endIndex, TextFolding.isLetter(bytes[index]) { index += 1 }
                pieces.append(.word(bytes[start..<index]))
            } else {
                pieces.append(.separator(TextFolding.isSpace(byte) ? 0x20 : byte))
                index += 1
                while index < bytes.endIndex, TextFolding.isSpace(bytes[index]), TextFolding.isSpace(byte) {
                    index += 1
                }
            }
        }
        self.pieces = pieces
    }

    /// The layout the field looks like, for ``DateFormat/automatic``.
    var detectedLayout: DateFormat {
        guard let first = pieces.first, case .number(let number) = first else { return .automatic }
        if pieces.count == 1 { return number.digits == 8 ? .compact : .automatic }
        if number.digits == 4 { return .iso }
        if pieces.count >= 3, case .word = pieces[2] { return .dayMonthNameYear }
        return .dayMonthYear
    }

    /// Separators allowed between numbers: `/`, `-` and `.`.
    static func isNumericSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    /// `YYYY-MM-DD` (also with `/` or `.`), ignoring a trailing time after `T` or a space.
    func iso() -> (year: Number, month: Int?, day: Number)? {
        guard pieces.count >= 5, case .number(let year) = pieces[0], case .separator(let first) = pieces[1],
            case .number(let month) = pieces[2], case .separator(let second) = pieces[3], first == second,
            DateFields.isNumericSeparator(first), case .number(let day) = pieces[4], month.digits <= 2,
            day.digits <= 2, hasOnlyTime(after: 5)
        else { return nil }
        return (year, month.value, day)
    }

    /// `DD/MM/YYYY` with `/`, `-` or `.` (the same both times), single-digit day and month allowed.
    func dayMonthYear() -> (year: Number, month: Int?, day: Number)? {
        guard pieces.count >= 5, case .number(let day) = pieces[0], case .separator(let first) = pieces[1],
            case .number(let month) = pieces[2], case .separator(let second) = pieces[3], first == second,
            DateFields.isNumericSeparator(first), case .number(let year) = pieces[4], day.digits <= 2,
            month.digits <= 2, hasOnlyTime(after: 5)
        else { return nil }
        return (year, month.value, day)
    }

    /// `DD-MMM-YYYY`: a month name or three-letter abbreviation between `-`, `/` or spaces.
    func dayMonthNameYear() -> (year: Number, month: Int?, day: Number)? {
        guard pieces.count >= 5, case .number(let day) = pieces[0], case .separator = pieces[1],
            case .word(let word) = pieces[2], case .separator = pieces[3], case .number(let year) = pieces[4],
            day.digits <= 2, hasOnlyTime(after: 5), let month = DateFields.month(named: word)
        else { return nil }
        return (year, month, day)
    }

    /// `YYYYMMDD`.
    func compact() -> (year: Number, month: Int?, day: Number)? {
        guard pieces.count == 1, case .number(let number) = pieces[0], number.digits == 8 else { return nil }
        let value = number.value
        return (Number(value: value / 10_000, digits: 4), value / 100 % 100, Number(value: value % 100, digits: 2))
    }

    /// Whether everything from `index` on is absent or a time of day (`T12:00:00`, ` 00:00`).
    private func hasOnlyTime(after index: Int) -> Bool {
        guard index < pieces.count else { return true }
        guard case .separator(let separator) = pieces[index], separator == 0x20 || separator == UInt8(ascii: "T")
        else {
            if case .word(let word) = pieces[index], word.first == UInt8(ascii: "T") { return isTimeTail(index) }
            return false
        }
        return isTimeTail(index + 1)
    }

    /// Whether the pieces from `index` on look like `HH:MM[:SS[.fff]]`, optionally followed by `AM` or `PM`
    /// and a zone (`Z`, `UTC`, `GMT`, or an offset such as `+01:00` or `-0500`).
    private func isTimeTail(_ index: Int) -> Bool {
        var index = index
        if index < pieces.count, case .word(let word) = pieces[index], word.elementsEqual("T".utf8) { index += 1 }
        guard index < pieces.count, case .number = pieces[index] else { return false }
        index += 1
        while index + 1 < pieces.count, case .separator(let byte) = pieces[index], DateFields.isTimeSeparator(byte),
            case .number = pieces[index + 1]
        {
            index += 2
        }
        if let next = word(at: index, in: ["AM", "PM"]) { index = next }
        if let next = word(at: index, in: ["Z", "UTC", "GMT"]) ?? offsetEnd(at: index) { index = next }
        return index == pieces.count
    }

    /// `:` between hours, minutes and seconds; `.` or `,` before fractions of a second (ISO 8601 allows both).
    private static func isTimeSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ":") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ",")
    }

    /// The index after one of `words` at `index`, which may follow a space.
    private func word(at index: Int, in words: [String]) -> Int? {
        var index = index
        if index < pieces.count, case .separator(0x20) = pieces[index] { index += 1 }
        guard index < pieces.count, case .word(let word) = pieces[index],
            words.contains(where: { $0.utf8.elementsEqual(word) })
        else { return nil }
        return index + 1
    }

    /// The index after a UTC offset (`+01`, `+0100`, `+01:00`, `-05:00`) at `index`, which may follow a space.
    private func offsetEnd(at index: Int) -> Int? {
        var index = index
        if index < pieces.count, case .separator(0x20) = pieces[index] { index += 1 }
        guard index + 1 < pieces.count, case .separator(let sign) = pieces[index],
            sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), case .number(let hours) = pieces[index + 1],
            hours.digits == 2 || hours.digits == 4
        else { return nil }
        index += 2
        if hours.digits == 2, index + 1 < pieces.count, case .separator(UInt8(ascii: ":")) = pieces[index],
            case .number(let minutes) = pieces[index + 1], minutes.digits == 2
        {
            index += 2
        }
        return index
    }

    /// The month number (1...12) of an English month name or its first three letters; "SEPT" is accepted.
    static func month(named word: ArraySlice<UInt8>) -> Int? {
        guard word.count >= 3 else { return nil }
        let prefix = word.prefix(3)
        guard let index = abbreviations.firstIndex(where: { $0.utf8.elementsEqual(prefix) }) else { return nil }
        if word.count == 3 || fullNames[index].utf8.elementsEqual(word)
            || (index == 8 && word.elementsEqual("SEPT".utf8))
        {
            return index + 1
        }
        return nil
    }

    private static let abbreviations = [
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC",
    ]

    private static let fullNames = DateParser.monthNames.map { $0.uppercased() }
}

import Testing
import VigilCore

@Suite struct DateParserTests {
    static let july4 = CalendarDate(year: 1985, month: 7, day: 4)!

    @Test(
        "each layout parses with its own format and with automatic detection",
        arguments: [
            ("1985-07-04", DateFormat.iso), ("1985-7-4", .iso), ("1985-07-04T00:00:00", .iso),
            ("1985-07-04 00:00:00.000", .iso), ("04/07/1985", .dayMonthYear), ("4/7/1985", .dayMonthYear),
            ("04-07-1985", .dayMonthYear), ("04.07.1985", .dayMonthYear), ("04-JUL-1985", .dayMonthNameYear),
            ("4-jul-1985", .dayMonthNameYear), ("04 July 1985", .dayMonthNameYear), ("4/Jul/1985", .dayMonthNameYear),
            ("19850704", .compact), (" \"04/07/1985\" ", .dayMonthYear),
        ]
    )
    func layouts(raw: String, format: DateFormat) {
        #expect(DateParser.parse(raw, format: format) == .date(Self.july4))
        #expect(DateParser.parse(raw, format: .automatic) == .date(Self.july4))
    }

    @Test("month names are accepted in full or abbreviated, in any case")
    func monthNames() {
        for (index, name) in [
            "jan", "FEBRUARY", "Mar", "april", "MAY", "June", "jul", "Aug", "sept", "OCT", "Nov", "december",
        ]
        .enumerated() {
            let result = DateParser.parse("1-\(name)-2000", format: .dayMonthNameYear)
            #expect(result.date?.month == UInt8(index + 1), "\(name)")
        }
        #expect(DateParser.parse("1-JULY-2000", format: .dayMonthNameYear).date?.month == 7)
        guard case .invalid = DateParser.parse("1-JLY-2000", format: .dayMonthNameYear) else {
            Issue.record("an unknown month name must be invalid")
            return
        }
    }

    @Test(
        "empty and placeholder dates are missing",
        arguments: [
            "", "   ", "UNKNOWN", "unknown", "N/K", "NK", "00/00/0000", "0000-00-00", "00000000", "NULL", "-", "NA",
            "N/A", "n.a.", "Not available",
        ]
    )
    func missing(raw: String) {
        for format in DateFormat.allCases {
            #expect(DateParser.parse(raw, format: format) == .missing, "\(format)")
        }
    }

    @Test(
        "impossible dates are invalid with a reason a person understands",
        arguments: [
            ("31/02/1990", DateFormat.dayMonthYear, "31 February does not exist"),
            ("2023-13-01", .iso, "month 13 does not exist"),
            ("1990-02-29", .iso, "29 February 1990 does not exist: 1990 is not a leap year"),
            ("31-APR-2001", .dayMonthNameYear, "31 April does not exist"),
            ("00/05/1990", .dayMonthYear, "day 0 of May does not exist"),
            ("19901301", .compact, "month 13 does not exist"),
        ]
    )
    func impossible(raw: String, format: DateFormat, reason: String) {
        #expect(DateParser.parse(raw, format: format) == .invalid(reason: reason))
        #expect(DateParser.parse(raw, format: .automatic) == .invalid(reason: reason))
    }

    @Test("a leap day in a leap year is a date")
    func leapDay() {
        #expect(DateParser.parse("2000-02-29", format: .iso).date == CalendarDate(year: 2000, month: 2, day: 29))
        #expect(
            DateParser.parse("29/02/2024", format: .dayMonthYear).date == CalendarDate(year: 2024, month: 2, day: 29)
        )
    }

    @Test("two-digit years are rejected as ambiguous", arguments: ["04/07/85", "04-JUL-85", "4.7.85", "04/07/05"])
    func twoDigitYears(raw: String) throws {
        #expect(
            DateParser.parse(raw, format: .automatic)
                == .invalid(reason: "the year has 2 digits; two-digit years are ambiguous")
        )
    }

    @Test(
        "years of other lengths are rejected without calling them two-digit years",
        arguments: [("04/07/198", DateFormat.dayMonthYear, 3), ("985-07-04", .iso, 3), ("04-JUL-19850", .automatic, 5)]
    )
    func otherYearLengths(raw: String, format: DateFormat, digits: Int) {
        #expect(DateParser.parse(raw, format: format) == .invalid(reason: "the year needs 4 digits, not \(digits)"))
    }

    @Test(
        "a time of day after the date is ignored, with fractions, AM or PM, and a zone or UTC offset",
        arguments: [
            "1985-07-04T12:30:00Z", "1985-07-04T12:30:00+01:00", "1985-07-04T12:30:00.123-0500",
            "1985-07-04 12:30:00 +00", "1985-07-04 12:30:00,5", "1985-07-04 12:30 PM", "1985-07-04 12:30:00 UTC",
            "1985-07-04T12:30:00.000000-05:00", "04/07/1985 00:00:00", "04-JUL-1985 00:00 GMT",
        ]
    )
    func timeParts(raw: String) {
        #expect(DateParser.parse(raw, format: .automatic) == .date(Self.july4))
    }

    @Test(
        "text in the wrong layout is invalid, not guessed",
        arguments: [
            ("1985-07-04", DateFormat.dayMonthYear), ("04/07/1985", .iso), ("04/07/1985", .compact),
            ("19850704", .iso), ("04-JUL-1985", .dayMonthYear), ("04/07-1985", .dayMonthYear),
            ("04/07/1985 junk", .dayMonthYear), ("yesterday", .automatic), ("1985", .automatic),
            ("1985-07-04 junk", .iso), ("1985-07-04 +01:00", .iso), ("1985-07-04T12:30+1", .iso),
            ("1985-07-04T12:30:00+01:00 extra", .iso), ("1985-07-04T12:30Z PM", .iso), ("1985-07-04T", .iso),
        ]
    )
    func wrongLayout(raw: String, format: DateFormat) {
        guard case .invalid(let reason) = DateParser.parse(raw, format: format) else {
            Issue.record("\(raw) in \(format) must be invalid")
            return
        }
        #expect(reason.contains(raw))
    }

    @Test("formats are named as people write them and round-trip through Codable names")
    func formatNames() {
        #expect(DateFormat(rawValue: "DD/MM/YYYY") == .dayMonthYear)
        #expect(DateFormat(rawValue: "auto") == .automatic)
        #expect(DateFormat.allCases.count == 5)
    }
}

@Suite struct DatePlaceholderPolicyTests {
    @Test("the roster treats only 1900-01-01 and 1901-01-01 as placeholders")
    func roster() {
        #expect(DatePlaceholderPolicy.roster.isPlaceholder(CalendarDate(year: 1900, month: 1, day: 1)!))
        #expect(DatePlaceholderPolicy.roster.isPlaceholder(CalendarDate(year: 1901, month: 1, day: 1)!))
        #expect(!DatePlaceholderPolicy.roster.isPlaceholder(CalendarDate(year: 1985, month: 1, day: 1)!))
        #expect(!DatePlaceholderPolicy.roster.isPlaceholder(CalendarDate(year: 1900, month: 1, day: 2)!))
    }

    @Test("police records also treat 1 January of any year as a placeholder")
    func policeRecord() {
        #expect(DatePlaceholderPolicy.policeRecord.isPlaceholder(CalendarDate(year: 1900, month: 1, day: 1)!))
        #expect(DatePlaceholderPolicy.policeRecord.isPlaceholder(CalendarDate(year: 1985, month: 1, day: 1)!))
        #expect(!DatePlaceholderPolicy.policeRecord.isPlaceholder(CalendarDate(year: 1985, month: 1, day: 2)!))
        #expect(!DatePlaceholderPolicy.policeRecord.isPlaceholder(CalendarDate(year: 1985, month: 2, day: 1)!))
    }

    @Test(
        "a year before 1900 or from 2100 on is a system's filler under both policies, not a birthday",
        arguments: [(1, 1, 1), (1111, 11, 11), (1899, 12, 31), (2100, 1, 2), (9999, 12, 31)]
    )
    func implausibleYears(year: Int, month: Int, day: Int) throws {
        let date = try #require(CalendarDate(year: year, month: month, day: day))
        #expect(DatePlaceholderPolicy.roster.isPlaceholder(date))
        #expect(DatePlaceholderPolicy.policeRecord.isPlaceholder(date))
        for edge in [CalendarDate(year: 1900, month: 3, day: 4)!, CalendarDate(year: 2099, month: 12, day: 31)!] {
            #expect(!DatePlaceholderPolicy.roster.isPlaceholder(edge))
            #expect(!DatePlaceholderPolicy.policeRecord.isPlaceholder(edge))
        }
    }

    @Test("an exact YYYY-MM-DD field parses the same as the same text with padding (the general path)")
    func compactISOMatchesGeneralPath() {
        for format in [DateFormat.iso, .automatic] {
            for year in ["0000", "0001", "1900", "1985", "2000", "2023", "2024", "2100", "9999"] {
                for month in 0...13 {
                    for day in [0, 1, 9, 10, 28, 29, 30, 31, 32, 99] {
                        let text =
                            year + "-" + (month < 10 ? "0" : "") + "\(month)" + "-" + (day < 10 ? "0" : "") + "\(day)"
                        #expect(
                            DateParser.parse(text, format: format) == DateParser.parse(" \(text)", format: format),
                            "\(text) as \(format)"
                        )
                    }
                }
            }
        }
        #expect(DateParser.parse("0000-00-00", format: .iso) == .missing)
        #expect(DateParser.parse("1985-07-04", format: .iso) == .date(CalendarDate(year: 1985, month: 7, day: 4)!))
        #expect(DateParser.parse("1985-7-04x", format: .iso) == DateParser.parse(" 1985-7-04x", format: .iso))
    }

    @Test("a year, a month and year, or a day of zero is a partial date; whole dates and other text are not")
    func partialDates() {
        for raw in [
            "1990", " 1990 ", "03/1990", "3-1990", "1990-03", "MAR 1990", "march-1990", "00/03/1990", "1990-03-00",
        ] {
            #expect(DateParser.isPartialDate(raw), "\(raw)")
        }
        for raw in ["", "1990-03-07", "13/1990", "0990", "12345", "90", "abc 1990", "31/02/1990", "07/03/84", "N/K"] {
            #expect(!DateParser.isPartialDate(raw), "\(raw)")
        }
    }
}

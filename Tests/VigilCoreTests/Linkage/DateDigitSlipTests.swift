import Testing

@testable import VigilCore

/// The date comparison's digit tests run on packed digits; these check them against the plain reading.
@Suite struct DateDigitSlipTests {
    /// YYYYMMDD as text, the way a person reading the two dates would compare them.
    static func written(_ date: CalendarDate) -> [Character] {
        let text = String(Int(date.year) * 10_000 + Int(date.month) * 100 + Int(date.day))
        return Array(String(repeating: "0", count: 8 - text.count) + text)
    }

    static func slipByReading(_ a: CalendarDate, _ b: CalendarDate) -> Bool {
        let x = written(a)
        let y = written(b)
        let differing = (0..<8).filter { x[$0] != y[$0] }
        if differing.count == 1 { return true }
        guard differing.count == 2, differing[1] == differing[0] + 1 else { return false }
        return x[differing[0]] == y[differing[1]] && x[differing[1]] == y[differing[0]]
    }

    static func codes(_ date: CalendarDate) -> ComparisonCodes {
        ComparisonCodes(dateOfBirth: date, address: AddressCodes())
    }

    @Test("packed digits find the same one-digit and swapped-digit slips as reading the dates")
    func agreesWithReading() throws {
        var generator = SplitMix64(seed: 2026)
        var slips = 0
        for _ in 0..<20_000 {
            let a = try #require(
                CalendarDate(
                    year: 1940 + Int(generator.next() % 70),
                    month: 1 + Int(generator.next() % 12),
                    day: 1 + Int(generator.next() % 28)
                )
            )
            // Half the partners are near misses of a (one digit changed or two swapped), half random.
            var digits = Self.written(a)
            if generator.next() % 2 == 0 {
                let position = Int(generator.next() % 7)
                if generator.next() % 2 == 0 {
                    digits.swapAt(position, position + 1)
                } else {
                    digits[position] = Character(String(generator.next() % 10))
                }
            } else {
                digits = Array(String(19_400_101 + Int(generator.next() % 700_000)))
            }
            let number = Int(String(digits)) ?? 0
            guard let b = CalendarDate(year: number / 10_000, month: number / 100 % 100, day: number % 100) else {
                continue
            }
            let expected = Self.slipByReading(a, b)
            #expect(
                PersonComparator.digitSlip(Self.codes(a).birthDigits, Self.codes(b).birthDigits) == expected,
                "\(a) and \(b)"
            )
            if expected { slips += 1 }
        }
        #expect(slips > 1_000)
    }

    @Test(
        "dates a day apart across a month end are one off; the same day a year apart is year off, whatever the digits"
    )
    func days() throws {
        let level = { (a: CalendarDate, b: CalendarDate) in PersonComparator.dateLevel(Self.codes(a), Self.codes(b)) }
        let march1 = try #require(CalendarDate(year: 1985, month: 3, day: 1))
        let february28 = try #require(CalendarDate(year: 1985, month: 2, day: 28))
        #expect(level(march1, february28) == .oneOff)
        let nextYear = try #require(CalendarDate(year: 1986, month: 3, day: 1))
        #expect(level(march1, nextYear) == .yearOff, "a year out, though 1985 and 1986 differ in one digit too")
        let twoYears = try #require(CalendarDate(year: 1987, month: 3, day: 1))
        #expect(level(march1, twoYears) == .oneOff)
        let eightYears = try #require(CalendarDate(year: 1993, month: 3, day: 1))
        #expect(level(march1, eightYears) == .other)
        let yearOff = try #require(CalendarDate(year: 1990, month: 3, day: 1))
        let yearBefore = try #require(CalendarDate(year: 1989, month: 3, day: 1))
        #expect(level(yearOff, yearBefore) == .yearOff, "1990 and 1989 differ in three digits, a year apart")
    }
}

import Testing
import VigilCore

@Suite struct CalendarDateTests {
    @Test("a day that does not exist is refused")
    func impossibleDays() {
        #expect(CalendarDate(year: 2023, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2024, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDate(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDate(year: 1990, month: 13, day: 1) == nil)
        #expect(CalendarDate(year: 1990, month: 4, day: 31) == nil)
    }

    @Test("days since the epoch count calendar days")
    func epochDays() throws {
        #expect(try #require(CalendarDate(year: 1970, month: 1, day: 1)).daysSinceEpoch == 0)
        #expect(try #require(CalendarDate(year: 2000, month: 3, day: 1)).daysSinceEpoch == 11_017)
        #expect(try #require(CalendarDate(year: 1969, month: 12, day: 31)).daysSinceEpoch == -1)
    }

    @Test("dates print in ISO form and order chronologically")
    func isoAndOrder() throws {
        let a = try #require(CalendarDate(year: 985, month: 7, day: 4))
        let b = try #require(CalendarDate(year: 1985, month: 7, day: 3))
        #expect(a.description == "0985-07-04")
        #expect(a < b)
    }
}

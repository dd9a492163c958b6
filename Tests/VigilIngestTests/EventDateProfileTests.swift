import Testing
import VigilCore

@testable import VigilIngest

/// Event dates bunch in the days an extract covers: a daily delta's last week is normal, not a placeholder.
@Suite struct EventDateProfileTests {
    /// `perDay` dates on each of the days of `month` from `first` to `last`.
    static func add(
        _ profile: inout DateProfile,
        year: Int,
        month: Int,
        days: ClosedRange<Int>,
        perDay: Int
    ) throws {
        for day in days {
            let date = try #require(CalendarDate(year: year, month: month, day: day))
            for _ in 0..<perDay { profile.add(date) }
        }
    }

    @Test("a week of events in a daily delta holds no spike and nothing that looks like a placeholder")
    func deltaWeekIsNormal() throws {
        var events = DateProfile(.event, readDay: CalendarDate(year: 2026, month: 12, day: 1))
        try Self.add(&events, year: 2026, month: 11, days: 24...30, perDay: 7)
        let quality = events.quality(field: "event_date")
        #expect(quality.present == 49)
        #expect(quality.spikes.isEmpty, "\(quality.spikes)")
        #expect(quality.suspect == 0)
        // Dates of birth bunched like that would be spikes: the rule for events is their own.
        var births = DateProfile(.birth)
        try Self.add(&births, year: 2026, month: 11, days: 24...30, perDay: 7)
        let bunched = births.quality(field: "date_of_birth")
        #expect(bunched.spikes.count == DateProfile.spikeLimit && bunched.suspect == 49)
    }

    @Test("events over New Year are ordinary days, but a placeholder day or a day far above its week is a spike")
    func newYearAndPlaceholders() throws {
        var profile = DateProfile(.event)
        try Self.add(&profile, year: 2025, month: 12, days: 25...31, perDay: 10)
        try Self.add(&profile, year: 2026, month: 1, days: 1...7, perDay: 10)
        try Self.add(&profile, year: 1900, month: 1, days: 1...1, perDay: 30)
        try Self.add(&profile, year: 2026, month: 1, days: 3...3, perDay: 150)
        let quality = profile.quality(field: "event_date")
        #expect(quality.januaryFirst == 40, "1 January is still counted and shown")
        #expect(quality.spikes.map(\.date) == ["2026-01-03", "1900-01-01"])
        #expect(quality.spikes.first?.expectedCount == 10, "judged against the week before it")
        // The placeholder year's 30 and the busy day's 160; 2026-01-01's ten events are not suspect.
        #expect(quality.suspect == 30 + 160)
    }
}

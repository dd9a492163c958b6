import VigilCore

/// Exact counts of one date field (date of birth or event date) for finding placeholder spikes.
///
/// Days are few, about 36,500 a century, so every day from 1800 to 2199 has its own counter in one
/// fixed array (1.2 MB) and the spikes come out exact; dates outside those years count towards the
/// totals only. A day is a spike when it holds at least ``spikeMinimumCount`` dates and at least
/// ``spikeFactor`` times what an even spread of its year's dates would give it: a hundred records
/// born on 1900-01-01 out of a hundred born in 1900 is a placeholder, not a baby boom.
///
/// Event dates are not spread over their year: a daily delta holds the last few days' events, and every
/// one of those days holds far more than a three-hundred-and-sixty-fifth of the year's. So an event day
/// is a spike only when it also holds ``spikeFactor`` times the busier of the week before it and the week
/// after it, and 1 January is an ordinary day for events (the police placeholder is a birthday's).
struct DateProfile: Sendable {
    /// What the dates are, which decides what a day is expected to hold.
    enum Kind: Sendable {
        /// Dates of birth: spread evenly over their year, with 1 January a police placeholder.
        case birth
        /// Event dates: bunched in the days an extract covers, judged against their neighbouring days.
        case event
    }

    /// Dates in this year or earlier are placeholders ("1900-01-01", "1901-01-01") in police systems.
    static let placeholderYearLimit = 1901
    /// The fewest dates on one day that can make a spike.
    static let spikeMinimumCount = 5
    /// How many times its expected count a day must hold to be a spike.
    static let spikeFactor = 10.0
    /// The smallest share of all dates one day must hold to be a spike, so that in a small extract one
    /// person's many records (same date of birth each time) are not taken for a placeholder.
    static let spikeMinimumShare = 0.001
    /// The most spikes a report lists.
    static let spikeLimit = 5
    /// How many days either side of an event day its neighbours span.
    static let neighbourDays = 7

    private static let firstYear = 1800
    private static let lastYear = 2199
    private static let firstDay = daysSinceEpoch(year: firstYear, month: 1, day: 1)
    private static let dayCount = daysSinceEpoch(year: lastYear + 1, month: 1, day: 1) - firstDay

    /// Dates seen (not missing), placeholders included.
    private(set) var present = 0
    private(set) var januaryFirst = 0
    private(set) var placeholderYear = 0
    /// Dates on 1 January or in a placeholder year, each counted once.
    private(set) var januaryFirstOrPlaceholderYear = 0
    /// Allocated with the first date, so a profile that never sees one stays small.
    private var dayCounts: [Int] = []
    /// The day the extract is read; dates after it are counted in ``afterReadDay``.
    let readDay: CalendarDate?
    /// Whether the dates are dates of birth or event dates.
    let kind: Kind
    /// Dates later than ``readDay``.
    private(set) var afterReadDay = 0
    /// The latest of them.
    private(set) var latestAfterReadDay: CalendarDate?

    /// A profile of `kind` dates counting dates after `readDay` (none when `nil`).
    init(_ kind: Kind = .birth, readDay: CalendarDate? = nil) {
        self.kind = kind
        self.readDay = readDay
    }

    /// Counts one date.
    mutating func add(_ date: CalendarDate) {
        present += 1
        let isJanuaryFirst = date.month == 1 && date.day == 1
        let isPlaceholderYear = Int(date.year) <= DateProfile.placeholderYearLimit
        if isJanuaryFirst { januaryFirst += 1 }
        if isPlaceholderYear { placeholderYear += 1 }
        if isJanuaryFirst || isPlaceholderYear { januaryFirstOrPlaceholderYear += 1 }
        if let readDay, date > readDay {
            afterReadDay += 1
            if latestAfterReadDay.map({ date > $0 }) ?? true { latestAfterReadDay = date }
        }
        let index = date.daysSinceEpoch - DateProfile.firstDay
        guard index >= 0 && index < DateProfile.dayCount else { return }
        if dayCounts.isEmpty { dayCounts = Array(repeating: 0, count: DateProfile.dayCount) }
        dayCounts[index] += 1
    }

    /// The figures for the report.
    func quality(field: String) -> DataQualityReport.DateQuality {
        var spikes: [DataQualityReport.DateSpike] = []
        var spikeExtra = 0
        if !dayCounts.isEmpty {
            let total = dayCounts.reduce(0, +)
            let minimum = max(
                DateProfile.spikeMinimumCount,
                Int((Double(total) * DateProfile.spikeMinimumShare).rounded(.up))
            )
            var offset = 0
            for year in DateProfile.firstYear...DateProfile.lastYear {
                let days = CalendarDate.isLeap(year) ? 366 : 365
                let yearDays = dayCounts[offset..<(offset + days)]
                let yearCount = yearDays.reduce(0, +)
                if yearCount >= DateProfile.spikeMinimumCount {
                    let expected = Double(yearCount) / Double(days)
                    for (index, count) in zip(yearDays.indices, yearDays)
                    where count >= minimum && Double(count) >= DateProfile.spikeFactor * expected {
                        let expected = kind == .event ? max(expected, neighbourhood(of: index)) : expected
                        guard Double(count) >= DateProfile.spikeFactor * expected else { continue }
                        let date = DateProfile.date(year: year, dayOfYear: index - offset)
                        spikes.append(.init(date: date.description, count: count, expectedCount: expected))
                        let newYear = kind == .birth && date.month == 1 && date.day == 1
                        if !newYear && year > DateProfile.placeholderYearLimit { spikeExtra += count }
                    }
                }
                offset += days
            }
        }
        spikes.sort { $0.count != $1.count ? $0.count > $1.count : $0.date < $1.date }
        return DataQualityReport.DateQuality(
            field: field,
            present: present,
            januaryFirst: januaryFirst,
            placeholderYear: placeholderYear,
            suspect: (kind == .birth ? januaryFirstOrPlaceholderYear : placeholderYear) + spikeExtra,
            spikes: Array(spikes.prefix(DateProfile.spikeLimit)),
            afterReadDay: afterReadDay,
            latestAfterReadDay: latestAfterReadDay?.description
        )
    }

    /// The busier of the mean counts of the ``neighbourDays`` days before the day at `index` and of those
    /// after it: what an event day is expected to hold.
    private func neighbourhood(of index: Int) -> Double {
        func mean(_ range: Range<Int>) -> Double {
            let days = range.clamped(to: dayCounts.indices)
            return days.isEmpty ? 0 : Double(dayCounts[days].reduce(0, +)) / Double(days.count)
        }
        let span = DateProfile.neighbourDays
        return max(mean((index - span)..<index), mean((index + 1)..<(index + 1 + span)))
    }

    /// The date `dayOfYear` days (0-based) into `year`.
    private static func date(year: Int, dayOfYear: Int) -> CalendarDate {
        var remaining = dayOfYear
        var month = 1
        while remaining >= CalendarDate.daysIn(month: month, year: year) {
            remaining -= CalendarDate.daysIn(month: month, year: year)
            month += 1
        }
        guard let date = CalendarDate(year: year, month: month, day: remaining + 1) else {
            preconditionFailure("day \(dayOfYear) of \(year) is outside the year")
        }
        return date
    }

    private static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int {
        guard let date = CalendarDate(year: year, month: month, day: day) else {
            preconditionFailure("\(year)-\(month)-\(day) is not a date")
        }
        return date.daysSinceEpoch
    }
}

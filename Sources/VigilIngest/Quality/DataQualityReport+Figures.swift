extension DataQualityReport {
    /// Missing, invalid and partial values of one field.
    ///
    /// A value is missing when it is empty or a placeholder: a placeholder name ("UNKNOWN", "N/K", a
    /// title alone), address ("NFA"), postcode ("N/K", a ZZ99 no-fixed-abode code) or text ("N/A"), or
    /// a date in 1901 or earlier. For dates, ``empty`` also holds placeholder text such as "UNKNOWN",
    /// which the reader has already turned into a missing date. A postcode that is an outward code alone
    /// ("WV10") is ``partial``: neither missing nor invalid.
    public struct FieldQuality: Codable, Sendable, Hashable {
        /// The canonical column name, such as "date_of_birth".
        public var field: String
        /// Records examined.
        public var rows: Int
        /// Empty values.
        public var empty: Int
        /// Placeholder values, counted apart from empties.
        public var placeholder: Int
        /// Values present but unusable, and not counted as missing: postcodes that are not UK postcodes
        /// (an outward code alone is ``partial``, not invalid).
        public var invalid: Int
        /// Values present but only in part, and counted neither as missing nor as invalid: postcodes that
        /// are an outward code alone ("WV10", "B1"), which the linkage engine compares as a district
        /// (``PostcodeValue/outwardCodeOnly``). 0 for every other field. In the JSON only when not 0, so a
        /// report with none is stored as it was before these were counted.
        public var partial: Int

        /// Creates the figures for a field.
        public init(
            field: String,
            rows: Int,
            empty: Int = 0,
            placeholder: Int = 0,
            invalid: Int = 0,
            partial: Int = 0
        ) {
            self.field = field
            self.rows = rows
            self.empty = empty
            self.placeholder = placeholder
            self.invalid = invalid
            self.partial = partial
        }

        private enum CodingKeys: String, CodingKey {
            case field, rows, empty, placeholder, invalid, partial
        }

        /// Decodes the figures; a report stored before partial values were counted has none.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            field = try container.decode(String.self, forKey: .field)
            rows = try container.decode(Int.self, forKey: .rows)
            empty = try container.decode(Int.self, forKey: .empty)
            placeholder = try container.decode(Int.self, forKey: .placeholder)
            invalid = try container.decode(Int.self, forKey: .invalid)
            partial = try container.decodeIfPresent(Int.self, forKey: .partial) ?? 0
        }

        /// Encodes the figures, leaving out ``partial`` when it is 0.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(field, forKey: .field)
            try container.encode(rows, forKey: .rows)
            try container.encode(empty, forKey: .empty)
            try container.encode(placeholder, forKey: .placeholder)
            try container.encode(invalid, forKey: .invalid)
            if partial != 0 { try container.encode(partial, forKey: .partial) }
        }

        /// Empty and placeholder values together.
        public var missing: Int { empty + placeholder }

        /// The share of rows whose value is missing; 0 when there are no rows.
        public var missingRate: Double { rows == 0 ? 0 : Double(missing) / Double(rows) }

        /// The field's name in words ("date of birth").
        public var label: String { DataQualityReport.label(field) }
    }

    /// How one date field's values bunch on placeholder days: 1 January, 1900/1901, and other spikes.
    public struct DateQuality: Codable, Sendable, Hashable {
        /// The expected share of dates on 1 January when birthdays are spread evenly.
        public static let expectedJanuaryFirstRate = 1 / 365.25

        /// The canonical column name, such as "date_of_birth".
        public var field: String
        /// Dates present (placeholder years included).
        public var present: Int
        /// Dates on 1 January of any year.
        public var januaryFirst: Int
        /// Dates in 1901 or earlier, the placeholder years of police systems.
        public var placeholderYear: Int
        /// Dates on 1 January, in a placeholder year, or on a spike day, each counted once; for event
        /// dates, 1 January only on a spike day (a placeholder 1 January is a birthday's).
        public var suspect: Int
        /// The days most above their expected count, highest count first.
        public var spikes: [DateSpike]
        /// Dates later than the day the extract was read (an event not yet happened, a birth not yet
        /// due): a mistyped year, usually. 0 when the profiler was given no day.
        public var afterReadDay: Int
        /// The latest of those dates, `YYYY-MM-DD`; `nil` when there are none.
        public var latestAfterReadDay: String?

        /// Creates the figures for a date field.
        public init(
            field: String,
            present: Int,
            januaryFirst: Int = 0,
            placeholderYear: Int = 0,
            suspect: Int = 0,
            spikes: [DateSpike] = [],
            afterReadDay: Int = 0,
            latestAfterReadDay: String? = nil
        ) {
            self.field = field
            self.present = present
            self.januaryFirst = januaryFirst
            self.placeholderYear = placeholderYear
            self.suspect = suspect
            self.spikes = spikes
            self.afterReadDay = afterReadDay
            self.latestAfterReadDay = latestAfterReadDay
        }

        private enum CodingKeys: String, CodingKey {
            case field, present, januaryFirst, placeholderYear, suspect, spikes, afterReadDay, latestAfterReadDay
        }

        /// Decodes the figures; a report stored before dates after the read day were counted has none.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            field = try container.decode(String.self, forKey: .field)
            present = try container.decode(Int.self, forKey: .present)
            januaryFirst = try container.decode(Int.self, forKey: .januaryFirst)
            placeholderYear = try container.decode(Int.self, forKey: .placeholderYear)
            suspect = try container.decode(Int.self, forKey: .suspect)
            spikes = try container.decode([DateSpike].self, forKey: .spikes)
            afterReadDay = try container.decodeIfPresent(Int.self, forKey: .afterReadDay) ?? 0
            latestAfterReadDay = try container.decodeIfPresent(String.self, forKey: .latestAfterReadDay)
        }

        /// The share of present dates on 1 January (about 0.27% when nothing is wrong).
        public var januaryFirstRate: Double { rate(januaryFirst) }
        /// The share of present dates in 1901 or earlier.
        public var placeholderYearRate: Double { rate(placeholderYear) }
        /// The share of present dates that look like placeholders; the figure the spike gate checks.
        public var suspectRate: Double { rate(suspect) }

        private func rate(_ count: Int) -> Double { present == 0 ? 0 : Double(count) / Double(present) }
    }

    /// A day holding far more dates than an even spread of its year would give it (and, for event dates,
    /// far more than the days around it).
    public struct DateSpike: Codable, Sendable, Hashable {
        /// The day, `YYYY-MM-DD`.
        public var date: String
        /// Dates on that day.
        public var count: Int
        /// The count an even spread of that year's dates would give the day; for an event date, the
        /// mean of the busier of the week before and the week after it, when that is more.
        public var expectedCount: Double

        /// Creates a spike.
        public init(date: String, count: Int, expectedCount: Double) {
            self.date = date
            self.count = count
            self.expectedCount = expectedCount
        }

        /// How many times its expected count the day holds.
        public var ratio: Double { expectedCount == 0 ? 0 : Double(count) / expectedCount }
    }

    /// A value and how often it occurred.
    public struct ValueCount: Codable, Sendable, Hashable {
        /// The normalised value.
        public var value: String
        /// Its count; exact when ``error`` is 0, otherwise at most ``error`` too high.
        public var count: Int
        /// The most the count may overstate (see ``FrequencySketch``); 0 for values counted from the start.
        public var error: Int

        /// Creates a counted value.
        public init(value: String, count: Int, error: Int = 0) {
            self.value = value
            self.count = count
            self.error = error
        }
    }

    /// A canonical column name in words: "date_of_birth" → "date of birth".
    static func label(_ field: String) -> String {
        String(field.map { $0 == "_" ? " " : $0 })
    }
}

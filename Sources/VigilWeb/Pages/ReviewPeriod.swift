import Foundation

/// The period an access review covers: the last three months unless another range is asked for.
struct ReviewPeriod: Sendable, Hashable {
    /// The first instant covered.
    var from: Date
    /// The instant after the last one covered.
    var to: Date

    private static var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar
    }

    /// Three months before `now`.
    static func defaultStart(before now: Date) -> Date {
        calendar.date(byAdding: .month, value: -3, to: now) ?? now.addingTimeInterval(-92 * 86_400)
    }

    /// The ids of a form's two date fields, which a problem with either date points at.
    struct FieldIDs: Sendable, Hashable {
        var from = "from"
        var to = "to"
    }

    /// The period from `from` and `to` fields (`YYYY-MM-DD`, both days included); the last three
    /// months when they are empty. A date that is not one (each such field is named), or a range that
    /// ends before it starts, throws a ``FormProblem`` naming the field (by its id in `fields`).
    static func parse(
        from: String,
        to: String,
        now: Date,
        fields: FieldIDs = FieldIDs()
    ) throws(FormProblem)
        -> ReviewPeriod
    {
        let start: Result<Date, FormProblem> =
            from.isEmpty
            ? .success(defaultStart(before: now))
            : Result { () throws(FormProblem) in
                try day(from, label: "From", field: fields.from)
            }
        let end: Result<Date, FormProblem> =
            to.isEmpty
            ? .success(now)
            : Result { () throws(FormProblem) in
                let last = try day(to, label: "To", field: fields.to)
                return calendar.date(byAdding: .day, value: 1, to: last)!
            }
        guard case .success(let start) = start, case .success(let end) = end else {
            // Both days are checked, so that one round trip can put both right.
            let problems = [start, end].compactMap { result -> FormProblem? in
                if case .failure(let problem) = result { problem } else { nil }
            }
            throw FormProblem(all: problems)!
        }
        guard start < end else {
            throw FormProblem("The end of the range (To) must not come before its start (From).", field: fields.to)
        }
        return ReviewPeriod(from: start, to: end)
    }

    /// `YYYY-MM-DD` of the last day covered, for filling in the "To" field: ``parse(from:to:now:)``
    /// reads it back as the same period (`to` itself is the instant after that day).
    var lastDay: String {
        Self.text(to.addingTimeInterval(-0.001))
    }

    /// `YYYY-MM-DD` of an instant, for filling in the form.
    static func text(_ date: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
    }

    private static func day(_ text: String, label: String, field: String) throws(FormProblem) -> Date {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.count == 3, let year = parts[0], let month = parts[1], let day = parts[2],
            (1...9999).contains(year), (1...12).contains(month), (1...31).contains(day),
            let date = calendar.date(from: DateComponents(year: year, month: month, day: day)),
            calendar.component(.day, from: date) == day
        else {
            throw FormProblem(
                "\(label) must be a real day written as year-month-day, such as 2026-01-31.",
                field: field
            )
        }
        return date
    }
}

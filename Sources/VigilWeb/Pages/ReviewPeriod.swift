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

    /// The period from `from` and `to` fields (`YYYY-MM-DD`, both days included); the last three
    /// months when they are empty.
    static func parse(from: String, to: String, now: Date) throws -> ReviewPeriod {
        let start = try from.isEmpty ? defaultStart(before: now) : day(from, field: "From")
        let end = try to.isEmpty ? now : calendar.date(byAdding: .day, value: 1, to: day(to, field: "To"))!
        guard start < end else { throw WebError.badRequest("The start of the range must come before its end.") }
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

    private static func day(_ text: String, field: String) throws -> Date {
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]),
            let date = calendar.date(from: DateComponents(year: parts[0], month: parts[1], day: parts[2])),
            calendar.component(.day, from: date) == parts[2]
        else { throw WebError.badRequest("\(field) is not a date of the form 2026-01-31.") }
        return date
    }
}

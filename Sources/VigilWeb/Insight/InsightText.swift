import Foundation
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

/// Small pieces of text the insight pages share: the reason notice, safe path components, dates
/// from the query string.
enum InsightText {
    /// The notice shown when the object was opened outside the user's queue.
    static func reasonNotice(_ object: AuthorisedObject) -> HTML {
        object.reason.map { "<p class=\"notice\">Your reason for access: \($0)</p>" } ?? ""
    }

    /// Percent-encodes an id for a path.
    static func pathComponent(_ id: String) -> String {
        id.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: "-._~")))
            ?? ""
    }

    /// A `YYYY-MM-DD` query value, or `nil` if absent or not a real day.
    static func day(_ text: String) -> CalendarDate? {
        guard text.count == 10 else { return nil }
        return ReportingPeriod.day(ofStoreText: text)
    }

    /// The longest period a page or the API counts over: five years of weeks, so a request cannot ask
    /// for a chart of half a million empty weeks.
    static let longestWeeks = 261

    /// The period named by the `from` and `to` query fields, defaulting to the last `weeks` weeks, and
    /// cut to its last ``longestWeeks`` weeks.
    static func period(_ query: FormFields, now: Date, weeks: Int = 12) -> ReportingPeriod {
        let standard = ReportingPeriod.lastWeeks(weeks, endingAt: now)
        var period = ReportingPeriod(
            from: day(query.trimmed("from")) ?? standard.from,
            to: day(query.trimmed("to")) ?? standard.to
        )
        let earliest = period.to.daysSinceEpoch - 7 * (longestWeeks - 1)
        if period.from.daysSinceEpoch < earliest { period.from = ReportingPeriod.date(days: earliest) }
        return period
    }

    /// What is wrong with the `from` and `to` query fields a person typed, if anything: a value that is
    /// not a real `YYYY-MM-DD` day (each such field is named), or a period that ends before it starts.
    /// An empty field takes the default period's end (``period(_:now:weeks:)``), so one typed end that
    /// falls on the wrong side of the default other end is a reversed period too: refused rather than
    /// swapped, so that a field the person typed is never rewritten.
    static func periodProblem(_ query: FormFields, now: Date, weeks: Int = 12) -> FormProblem? {
        let from = query.trimmed("from")
        let to = query.trimmed("to")
        var problems: [FormProblem] = []
        for (text, label, field) in [(from, "From", "from"), (to, "To", "to")] where !text.isEmpty && day(text) == nil {
            problems.append(
                FormProblem("\(label) must be a real day written as year-month-day, such as 2026-01-31.", field: field)
            )
        }
        guard problems.isEmpty else { return FormProblem(all: problems) }
        let standard = ReportingPeriod.lastWeeks(weeks, endingAt: now)
        switch (day(from), day(to)) {
        case (let start?, let end?) where end < start:
            return FormProblem("The end of the period (To) must not come before its start (From).", field: "to")
        case (nil, let end?) where end < standard.from:
            return FormProblem(
                "To must not come before the start of the period. With From empty the period starts on "
                    + "\(standard.from.description): give a From as well, or a later To.",
                field: "to"
            )
        case (let start?, nil) where start > standard.to:
            return FormProblem(
                "From must not come after the end of the period. With To empty the period ends today, "
                    + "\(standard.to.description): give a To as well, or an earlier From.",
                field: "from"
            )
        default:
            return nil
        }
    }

    /// A number of days with one decimal place, or a dash.
    static func days(_ value: Double?) -> String {
        value.map { String(format: "%.1f", $0) } ?? "–"
    }
}

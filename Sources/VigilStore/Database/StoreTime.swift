import Foundation

/// How the store writes instants and calendar dates as text: ISO 8601 in UTC, sortable as strings.
public enum StoreTime {
    /// `2026-11-29T20:35:48.123Z`: the instant to the nearest millisecond, so that text read back with
    /// ``date(_:)`` and written again is the same text.
    ///
    /// A parsed time is a floating-point number a hair either side of its millisecond; cutting the
    /// fraction off (as the ISO 8601 formatter does) would write a stored `.783Z` back as `.782Z`, and
    /// date an entry before the event it records. So the milliseconds are rounded, and written here.
    public static func text(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1_000).rounded()
        let seconds = (milliseconds / 1_000).rounded(.down)
        let fraction = Int(milliseconds - seconds * 1_000)
        let whole = Date(timeIntervalSince1970: seconds).formatted(wholeSeconds)
        let padding = fraction < 10 ? "00" : fraction < 100 ? "0" : ""
        return "\(whole.dropLast()).\(padding)\(fraction)Z"
    }

    /// Parses text written by ``text(_:)``.
    public static func date(_ text: String) -> Date? {
        try? style.parse(text)
    }

    /// Made once: looking the time zone up costs more than formatting.
    private static let style = Date.ISO8601FormatStyle(
        includingFractionalSeconds: true,
        timeZone: TimeZone(identifier: "UTC")!
    )

    /// Whole seconds (`2026-11-29T20:35:48Z`), to which ``text(_:)`` adds the milliseconds.
    private static let wholeSeconds = Date.ISO8601FormatStyle(timeZone: TimeZone(identifier: "UTC")!)
}

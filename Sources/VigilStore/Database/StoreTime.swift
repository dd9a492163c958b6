import Foundation

/// How the store writes instants and calendar dates as text: ISO 8601 in UTC, sortable as strings.
public enum StoreTime {
    /// `2026-11-29T20:35:48.123Z`: millisecond precision, so the text round-trips exactly.
    public static func text(_ date: Date) -> String {
        date.formatted(style)
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
}

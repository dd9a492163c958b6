import Foundation

/// How the store writes instants and calendar dates as text: ISO 8601 in UTC, sortable as strings.
public enum StoreTime {
    /// `2026-11-29T20:35:48.123Z`: millisecond precision, so the text round-trips exactly.
    public static func text(_ date: Date) -> String {
        date.formatted(
            Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)
        )
    }

    /// Parses text written by ``text(_:)``.
    public static func date(_ text: String) -> Date? {
        try? Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: TimeZone(identifier: "UTC")!)
            .parse(text)
    }
}

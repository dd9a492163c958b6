import Foundation
import Synchronization

/// When the vetting team last met: the rule behind "new or updated since the last meeting".
///
/// The Threat Risk Management meeting is held at 08:00 UK time (Europe/London, so it follows British
/// Summer Time) on working days, Monday to Friday. The last meeting is 08:00 today when today is a
/// working day and it is 08:00 or later; otherwise 08:00 on the working day before. So on Monday at
/// 07:30 the queue shows what changed since Friday's meeting, and at 09:00 what changed since this
/// morning's. Bank holidays are not known to Vigil: on the day after one, `?since=` chooses the day.
public struct MeetingSchedule: Sendable {
    /// The meeting's hour, local time.
    public var hour = 8
    /// The force's time zone.
    public var timeZone = TimeZone(identifier: "Europe/London")!

    /// The standard schedule.
    public init() {}

    /// The start of the last meeting at or before `now`.
    public func lastMeeting(before now: Date) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var day = calendar.startOfDay(for: now)
        for _ in 0..<8 {
            let weekday = calendar.component(.weekday, from: day)
            let isWorkingDay = weekday != 1 && weekday != 7
            if isWorkingDay, let meeting = calendar.date(bySettingHour: hour, minute: 0, second: 0, of: day),
                meeting <= now
            {
                return meeting
            }
            guard let previous = calendar.date(byAdding: .day, value: -1, to: day) else { break }
            day = previous
        }
        return now.addingTimeInterval(-86_400)
    }

    /// Reads `?since=`: a date (`2026-11-27`, meaning 08:00 that day) or an instant
    /// (`2026-11-27T08:00:00Z`); `nil` when it is neither.
    public func since(_ text: String) -> Date? {
        let text = text.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty, text.count <= 40 else { return nil }
        if let instant = try? Date.ISO8601FormatStyle().parse(text) { return instant }
        if let instant = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) { return instant }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, text.count == 10 else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let components = DateComponents(year: parts[0], month: parts[1], day: parts[2], hour: hour)
        guard let date = calendar.date(from: components),
            calendar.component(.day, from: date) == parts[2]
        else { return nil }
        return date
    }

    /// The instant in words, UK time: "Fri 27 Nov 2026 08:00".
    public func text(_ date: Date) -> String {
        Self.formatters.withLock { formatters in
            if let formatter = formatters[timeZone] { return formatter.string(from: date) }
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_GB")
            formatter.timeZone = timeZone
            formatter.dateFormat = "EEE d MMM yyyy HH:mm"
            formatters[timeZone] = formatter
            return formatter.string(from: date)
        }
    }

    /// One formatter per time zone: making a `DateFormatter` costs far more than using one.
    private static let formatters = Mutex<[TimeZone: DateFormatter]>([:])
}

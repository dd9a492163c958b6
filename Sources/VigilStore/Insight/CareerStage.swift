import Foundation
import VigilCore

/// How long an employee had served when the event behind an alert happened: years from their start
/// date to the event's date (or the day the alert was raised, when the event has no date).
public enum CareerStage: String, CaseIterable, Codable, Hashable, Sendable {
    /// The event predates the start date (the record was there before they joined).
    case beforeStart = "before start"
    case underOne = "under 1 year"
    case oneToTwo = "1–2 years"
    case twoToFive = "2–5 years"
    case fiveToTen = "5–10 years"
    case tenPlus = "10 years or more"
    /// The roster gives no start date (or it was erased).
    case unknown = "start date unknown"

    /// The stage of an event on `day` for someone who started on `start`.
    public static func of(eventOn day: CalendarDate?, startedOn start: CalendarDate?) -> CareerStage {
        guard let day, let start else { return .unknown }
        if day < start { return .beforeStart }
        let years = Double(day.daysSinceEpoch - start.daysSinceEpoch) / 365.25
        switch years {
        case ..<1: return .underOne
        case ..<2: return .oneToTwo
        case ..<5: return .twoToFive
        case ..<10: return .fiveToTen
        default: return .tenPlus
        }
    }
}

import Foundation
import Testing
import VigilStore

/// A stored time read back and written again is the same text, to the millisecond: the access review,
/// its CSV export and the lockouts page show each stored time as stored, and an entry dated at an event
/// is never dated before it.
@Suite struct StoreTimeTests {
    @Test("every millisecond of a second round-trips exactly, across many seconds")
    func millisecondsRoundTrip() throws {
        // 2026-12-01T08:01:45Z and a spread of other seconds, early and late in the store's lifetime.
        let seconds: [TimeInterval] = [1_796_112_105, 0, 1_000_000_000, 1_767_225_599, 4_102_444_799]
        var mismatches: [String] = []
        for second in seconds {
            for millisecond in 0..<1_000 {
                let text = StoreTime.text(Date(timeIntervalSince1970: second + Double(millisecond) / 1_000))
                let read = try #require(StoreTime.date(text))
                let again = StoreTime.text(read)
                if again != text { mismatches.append("\(text) came back as \(again)") }
                #expect(text.hasSuffix(String(format: ".%03dZ", millisecond)), "\(text)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(5))")
    }

    @Test("stored times the access review showed a millisecond early now read back as stored")
    func reportedTimes() throws {
        for text in [
            "2026-12-01T08:01:45.783Z", "2026-12-01T08:02:58.481Z", "2026-12-01T08:05:55.742Z",
            "2026-12-01T08:09:43.114Z", "2026-12-01T08:03:59.703Z", "2026-12-31T23:59:59.999Z",
            "2026-01-01T00:00:00.000Z",
        ] {
            #expect(StoreTime.text(try #require(StoreTime.date(text))) == text)
        }
    }

    @Test("a time between milliseconds is written as the nearest millisecond")
    func nearestMillisecond() {
        let base = 1_796_112_105.0
        #expect(StoreTime.text(Date(timeIntervalSince1970: base + 0.000_4)) == "2026-12-01T08:01:45.000Z")
        #expect(StoreTime.text(Date(timeIntervalSince1970: base + 0.782_6)) == "2026-12-01T08:01:45.783Z")
        #expect(StoreTime.text(Date(timeIntervalSince1970: base + 0.999_7)) == "2026-12-01T08:01:46.000Z")
    }
}

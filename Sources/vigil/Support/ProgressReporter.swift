import Foundation
import Synchronization

/// A one-line progress display on standard error, shown only when standard error is a terminal.
///
/// When the size of the work is known (a file, not standard input; a world of a given size), the line
/// is a bar with the share done and the time left; otherwise it counts rows. Piped or redirected runs
/// stay quiet, so logs and scripts see only real messages.
final class ProgressReporter: Sendable {
    private let label: String
    private let enabled: Bool
    private let state = Mutex<(lastDraw: Double, started: Double, stage: String?)>((0, 0, nil))

    init(label: String, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.label = label
        self.enabled = enabled
        let now = Self.now()
        state.withLock { $0 = (0, now, nil) }
    }

    /// Shows how many rows are done and, with `fraction` (0 to 1), how much of the work, at most ten
    /// times a second. A new `stage` (a step of a longer job, such as a source of the daily run) is
    /// shown at once, and its rate counts from its start; `rows` nil shows only the stage's name.
    func update(rows: Int?, fraction: Double? = nil, stage: String? = nil) {
        guard enabled else { return }
        let now = Self.now()
        let line: String? = state.withLock { value in
            if stage != value.stage {
                value = (0, now, stage)
            }
            guard now - value.lastDraw >= 0.1 else { return nil }
            value.lastDraw = now
            let title = stage.map { "\(label): \($0)" } ?? label
            guard let rows else { return "\r\(title)\u{1B}[K" }
            return "\r" + Self.line(label: title, rows: rows, fraction: fraction, elapsed: now - value.started)
                + "\u{1B}[K"
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// Clears the progress line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    /// The text of one progress line: `linking [=======>        ]  45%  450,112 rows  163,412 rows/s  0:04 left`.
    static func line(label: String, rows: Int, fraction: Double?, elapsed: Double) -> String {
        // A rate over the first fifth of a second says more about when the clock started than the work.
        let rate = elapsed >= 0.2 ? "  \(grouped(Int(Double(rows) / elapsed))) rows/s" : ""
        let counts = "\(grouped(rows)) rows" + rate
        guard let fraction, fraction.isFinite else { return "\(label): \(counts)" }
        let done = min(max(fraction, 0), 1)
        let width = 24
        let filled = Int(done * Double(width))
        let bar =
            String(repeating: "=", count: filled) + (filled < width ? ">" : "")
            + String(repeating: " ", count: max(width - filled - 1, 0))
        let percent = String(repeating: " ", count: done < 0.1 ? 2 : done < 1 ? 1 : 0) + "\(Int(done * 100))%"
        var text = "\(label) [\(bar)] \(percent)  \(counts)"
        // The time left is a guess from the pace so far, so it waits for a few per cent of the work.
        if done >= 0.02, done < 1 {
            text += "  \(clock(elapsed * (1 - done) / done)) left"
        }
        return text
    }

    /// `1234567` as `1,234,567`.
    static func grouped(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return value < 0 ? "-" + text : text
    }

    /// Seconds as `m:ss`, or `h:mm:ss` from an hour on.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, total / 60 % 60, total % 60)
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" : "\(minutes):\(twoDigits(secs))"
    }

    private static let origin = ContinuousClock.now

    private static func now() -> Double {
        let elapsed = ContinuousClock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

import Foundation
import Synchronization

/// A one-line progress display on standard error, shown only when standard error is a terminal.
///
/// Piped or redirected runs stay quiet, so logs and scripts see only real messages.
final class ProgressReporter: Sendable {
    private let label: String
    private let enabled: Bool
    private let state = Mutex<(lastDraw: Double, started: Double)>((0, 0))

    init(label: String, enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.label = label
        self.enabled = enabled
        let now = Self.now()
        state.withLock { $0 = (0, now) }
    }

    /// Shows how many rows are done, at most ten times a second.
    func update(rows: Int) {
        guard enabled else { return }
        let now = Self.now()
        let line: String? = state.withLock { value in
            guard now - value.lastDraw >= 0.1 else { return nil }
            value.lastDraw = now
            let rate = Double(rows) / max(now - value.started, 0.001)
            return "\r\(label): \(rows) rows (\(Int(rate)) rows/s)\u{1B}[K"
        }
        if let line { FileHandle.standardError.write(Data(line.utf8)) }
    }

    /// Clears the progress line.
    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private static let origin = ContinuousClock.now

    private static func now() -> Double {
        let elapsed = ContinuousClock.now - origin
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}

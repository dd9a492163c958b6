import Foundation
import Synchronization
import VigilWeb

/// A clock the test moves by hand, so sessions can be expired without waiting.
final class ManualClock: Sendable {
    private let instant: Mutex<Date>

    init(_ start: Date = Date(timeIntervalSince1970: 1_800_000_000)) {
        instant = Mutex(start)
    }

    var now: Date { instant.withLock { $0 } }

    func advance(by seconds: TimeInterval) {
        instant.withLock { $0 = $0.addingTimeInterval(seconds) }
    }

    var webClock: WebClock { WebClock { [self] in now } }
}

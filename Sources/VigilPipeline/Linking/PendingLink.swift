import Dispatch
import Synchronization

/// Linking started in the background, so the run can write the previous batch while this one links.
///
/// Batches are linked one after another (a new one starts only after the previous was waited for), so
/// at most two batches are in memory and the order of the results never depends on timing.
final class PendingLink<Output: Sendable>: Sendable {
    private let done = DispatchSemaphore(value: 0)
    private let result = Mutex<[Output]>([])

    /// Starts `work` on a background thread.
    init(_ work: @escaping @Sendable () -> [Output]) {
        DispatchQueue.global().async { [self] in
            let output = work()
            result.withLock { $0 = output }
            done.signal()
        }
    }

    /// Waits for the work to finish and returns its output. Call once.
    func wait() -> [Output] {
        done.wait()
        return result.withLock { $0 }
    }
}

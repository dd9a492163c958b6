import Synchronization
import VigilCore
import VigilIngest

/// A data-quality profiler fed from the background linking task and read by the run at the end.
///
/// Batches reach it one at a time (each linking task starts after the previous one was waited for),
/// so the lock is never contended; it only makes the hand-over between threads safe.
final class SharedProfiler: Sendable {
    private let profiler: Mutex<DataQualityProfiler>

    init(_ profiler: DataQualityProfiler) {
        self.profiler = Mutex(profiler)
    }

    func add(_ batch: ExtractBatch<PersonRecord>) {
        profiler.withLock { $0.add(batch) }
    }

    func add(_ summary: IngestSummary) {
        profiler.withLock { $0.add(summary) }
    }

    func report() -> DataQualityReport {
        profiler.withLock { $0.report() }
    }
}

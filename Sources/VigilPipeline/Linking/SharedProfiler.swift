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

    /// Adds a batch of any kind the profiler knows (person records, incident locations).
    func add<Record>(_ batch: ExtractBatch<Record>) {
        profiler.withLock { profiler in
            switch batch {
            case let records as ExtractBatch<PersonRecord>: profiler.add(records)
            case let locations as ExtractBatch<IncidentLocation>: profiler.add(locations)
            case let employees as ExtractBatch<Employee>: profiler.add(employees)
            default: preconditionFailure("no data-quality profile for \(Record.self)")
            }
        }
    }

    func add(_ summary: IngestSummary) {
        profiler.withLock { $0.add(summary) }
    }

    func report() -> DataQualityReport {
        profiler.withLock { $0.report() }
    }
}

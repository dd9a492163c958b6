import Dispatch

/// A ``RowReservoir`` fed on its own serial queue, so that sampling an extract overlaps choosing and
/// copying the kept rows with scanning the next batch.
///
/// The reservoir is only ever touched on the queue (and after ``drain()``), so the choices, and the
/// sample, are exactly those of offering every batch in order on one thread. At most a few batches
/// wait at once, which bounds the memory the overlap adds.
final class PipelinedReservoir: @unchecked Sendable {
    private var reservoir: RowReservoir
    private let queue = DispatchQueue(label: "vigil.sample.reservoir")
    private let waiting = DispatchSemaphore(value: 4)

    init(_ reservoir: RowReservoir) {
        self.reservoir = reservoir
    }

    /// Hands a batch to the reservoir; blocks while four batches already wait.
    func offer(_ batch: CSVBatch) {
        waiting.wait()
        queue.async {
            self.reservoir.offer(batch)
            self.waiting.signal()
        }
    }

    /// Waits until every batch offered has been taken, and returns the reservoir.
    @discardableResult
    func drain() -> RowReservoir {
        queue.sync { reservoir }
    }
}

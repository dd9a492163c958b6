import VigilCore
import VigilIngest

/// Streams an extract through parallel workers, batch by batch, and hands results back in file order.
///
/// The calling task reads; up to `inFlight` batches are processed at once on the cooperative pool; a
/// finished batch is consumed only after every earlier batch, so output order equals input order and
/// memory holds at most `inFlight` batches whatever the file's size.
struct BatchStream<Record: Sendable, Output: Sendable> {
    var batchSize = 8_192
    var inFlight = 4
    /// Turns one batch (its records, and its rows when the reader keeps them) into output.
    let process: @Sendable (ExtractBatch<Record>) -> Output

    /// Runs the stream; `rejected` sees each batch's rejects and `consume` each batch's output, in order,
    /// with its count of records and how much of the input had been read when it was
    /// (``ExtractBatch/fractionRead``).
    func run(
        reader: inout ExtractReader<Record>,
        rejected: ([RejectedRow]) throws -> Void,
        consume: (Output, Int, Double?) throws -> Void
    ) async throws {
        try await withThrowingTaskGroup(of: (Int, Output, Int).self) { group in
            var nextToRead = 0
            var nextToEmit = 0
            var running = 0
            var finished: [Int: (Output, Int)] = [:]
            var fractions: [Int: Double] = [:]
            var exhausted = false
            while !exhausted || running > 0 {
                while !exhausted && running < inFlight {
                    guard let batch = try reader.nextBatch(maxRows: batchSize) else {
                        exhausted = true
                        break
                    }
                    try rejected(batch.rejects)
                    let sequence = nextToRead
                    nextToRead += 1
                    fractions[sequence] = batch.fractionRead
                    running += 1
                    group.addTask { (sequence, process(batch), batch.records.count) }
                }
                guard running > 0, let (sequence, output, count) = try await group.next() else { continue }
                running -= 1
                finished[sequence] = (output, count)
                while let ready = finished.removeValue(forKey: nextToEmit) {
                    try consume(ready.0, ready.1, fractions.removeValue(forKey: nextToEmit))
                    nextToEmit += 1
                }
            }
        }
    }
}

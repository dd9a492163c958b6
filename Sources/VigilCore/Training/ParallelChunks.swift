import Dispatch
import Foundation

/// Splits work into contiguous chunks run on every core, returning the chunks' results in order.
///
/// Results come back in chunk order whatever order the chunks finish in, so anything built from them
/// (pattern counts, u estimates) is the same on every run.
public enum ParallelChunks {
    /// How many chunks to use: one per core, at least one.
    public static var defaultWorkers: Int { max(1, min(ProcessInfo.processInfo.activeProcessorCount, 16)) }

    /// Runs `body` on `workers` chunks of `0..<count` and returns the results in chunk order.
    public static func map<Result: Sendable>(
        count: Int,
        workers: Int = defaultWorkers,
        _ body: @Sendable (Range<Int>, Int) -> Result
    ) -> [Result] {
        let chunks = max(1, min(workers, count))
        let size = (count + chunks - 1) / max(chunks, 1)
        nonisolated(unsafe) var results = [Result?](repeating: nil, count: chunks)
        results.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
                let start = min(chunk * size, count)
                let end = min(start + size, count)
                slots[chunk] = body(start..<end, chunk)
            }
        }
        return results.map { $0! }
    }

    /// Runs two independent pieces of work at once, on two cores when there are two, and returns both
    /// results.
    public static func both<First: Sendable, Second: Sendable>(
        _ first: @Sendable () -> First,
        _ second: @Sendable () -> Second
    ) -> (First, Second) {
        nonisolated(unsafe) var one: First?
        nonisolated(unsafe) var two: Second?
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 { one = first() } else { two = second() }
        }
        return (one!, two!)
    }
}

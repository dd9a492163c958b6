import Dispatch
import Synchronization

/// The second part of a file being sampled, read on another thread, and what was found there.
///
/// Its fields are written by that thread only until `finished` is signalled, and read only after
/// `waitUntilFinished()` returns.
final class SampleTail: @unchecked Sendable {
    /// A tail with more rejects than this stops and is read again by the first part's reader, so that a
    /// badly broken file does not hold every reject in memory at once.
    static let rejectLimit = 10_000

    private var reader: CSVReader
    /// The part's own sample (see `RowReservoir.rowsInFileOrder(merging:_:seed:)`).
    var reservoir: RowReservoir
    private(set) var rejects: [RejectedRow] = []
    private(set) var rowsRead = 0
    /// Lines skipped as empty or blank (see ``CSVReader/rowsSkipped``).
    private(set) var rowsSkipped = 0
    /// The lines of the first of them, counted from the split until ``placeAtLine(_:)``.
    private(set) var skippedLines: [Int] = []
    /// Whether this part cannot be used: it stopped early, could not be read, or found a quote left open
    /// at the end of the file (whose reject names lines counted from the split).
    private(set) var failed = false
    private let stopRequested = Atomic<Bool>(false)
    private let rowsSoFar = Atomic<Int>(0)
    private let finished = DispatchSemaphore(value: 0)

    private init(reader: consuming CSVReader, reservoir: RowReservoir) {
        self.reader = reader
        self.reservoir = reservoir
    }

    /// Starts reading `first`'s file from `offset` on another thread, and limits `first` to the part
    /// before it; nil (and `first` unchanged) if the second part cannot be opened.
    static func start(after first: inout CSVReader, at offset: Int, limit: Int, seed: UInt64) -> SampleTail? {
        guard let reader = try? CSVReader(continuing: first, at: offset) else { return nil }
        first.inputLimit = offset
        let tail = SampleTail(reader: reader, reservoir: RowReservoir(limit: limit, seed: seed ^ 0x7A11_5EED))
        DispatchQueue.global().async { tail.run() }
        return tail
    }

    private func run() {
        defer { finished.signal() }
        do {
            while let batch = try reader.nextBatch(maxRows: 10_000) {
                rejects += batch.rejects
                rowsRead += batch.rowCount + batch.rejects.count
                rowsSkipped = reader.rowsSkipped
                skippedLines = reader.skippedLines
                reservoir.offer(batch)
                rowsSoFar.store(rowsRead, ordering: .relaxed)
                if stopRequested.load(ordering: .relaxed) || rejects.count > Self.rejectLimit {
                    failed = true
                    return
                }
            }
            // A row skipped after the last row (an end-of-file mark) is counted once the input is used up.
            rowsSkipped = reader.rowsSkipped
            skippedLines = reader.skippedLines
            failed = reader.reopenedUnclosedQuote
        } catch {
            failed = true
        }
    }

    /// Rows read so far, for progress.
    var rowsReadSoFar: Int { rowsSoFar.load(ordering: .relaxed) }

    /// Asks the thread to stop at its next batch: its part will not be used.
    func stop() { stopRequested.store(true, ordering: .relaxed) }

    func waitUntilFinished() { finished.wait() }

    /// Moves the part's line numbers on to the file's, once the first part's reader has reached the split
    /// on line `line` (the part numbered its first line 1).
    func placeAtLine(_ line: Int) {
        let shift = line - 1
        for index in rejects.indices { rejects[index].line += shift }
        for index in skippedLines.indices { skippedLines[index] += shift }
        reservoir.shiftLines(by: shift)
    }
}

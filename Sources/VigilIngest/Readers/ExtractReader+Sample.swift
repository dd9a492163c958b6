import Dispatch
import Foundation
import VigilCore

/// A uniform random sample of an extract's rows, made into records.
public struct ExtractSample<Record: Sendable>: Sendable {
    /// The sampled rows that became records, in file order.
    public var records: [Record] = []
    /// Sampled rows that could not become records, in line order.
    public var rejects: [RejectedRow] = []
    /// Rows the sample was drawn from (the whole extract, CSV-level rejects included).
    public var rowsSeen = 0
}

extension ExtractReader {
    /// Reads the whole extract and keeps a uniform random sample of at most `limit` rows, repeatably
    /// for a seed (reservoir sampling over the rows).
    ///
    /// Only the sampled rows are made into records, and that work is shared across the cores, so
    /// sampling 300,000 rows of a file of millions costs little more than one pass over its bytes.
    /// Every row's CSV form is still checked as it is read and the problems go to `rejected`; the field
    /// checks (dates, ids, sources) are made on the sampled rows, whose rejects come back in the
    /// sample. An extract with no more rows than `limit` is sampled whole and checked whole.
    ///
    /// - Parameters:
    ///   - splitting: whether a large file is read in two parts, one on each core (``SampleSplitting``).
    ///   - rejected: receives CSV-level rejects as they are found, in file order.
    ///   - progress: receives the number of rows read so far after each batch.
    public mutating func sample(
        limit: Int,
        seed: UInt64,
        splitting: SampleSplitting = .standard,
        rejected: ([RejectedRow]) throws -> Void,
        progress: (Int) -> Void = { _ in }
    ) throws -> ExtractSample<Record> {
        try drawSample(
            limit: limit,
            seed: seed,
            keepingBatches: false,
            splitting: splitting,
            rejected: rejected,
            progress: progress
        ).sample
    }

    /// Draws the sample (see ``sample(limit:seed:rejected:progress:)``); with `keepingBatches`, also the
    /// CSV batch each sampled record's row lies in, record by record.
    mutating func drawSample(
        limit: Int,
        seed: UInt64,
        keepingBatches: Bool,
        splitting: SampleSplitting,
        rejected: ([RejectedRow]) throws -> Void,
        progress: (Int) -> Void
    ) throws -> (sample: ExtractSample<Record>, batches: [CSVBatch]) {
        precondition(limit > 0, "a sample needs room for at least one row")
        var reservoir = RowReservoir(limit: limit, seed: seed)
        let tail = csv.splitOffset(fraction: splitting.fraction, minimumBytes: splitting.minimumBytes).flatMap {
            SampleTail.start(after: &csv, at: $0, limit: splitting.tailLimit(forSample: limit), seed: seed)
        }
        do {
            try offerRows(to: &reservoir, tail: tail, rejected: rejected, progress: progress)
        } catch {
            // The sample is abandoned: the second part's reader is stopped rather than left reading.
            tail?.stop()
            tail?.waitUntilFinished()
            throw error
        }
        var merged: [(CSVBatch, Int)]?
        if let tail {
            tail.waitUntilFinished()
            // The first part ended between rows at the split: the second was read as reading on would
            // have read it.
            if csv.stoppedAtLimit && !tail.failed {
                tail.placeAtLine(csv.currentLine)
                // In place: the batches of rows not chosen are let go before the chosen rows are mapped.
                merged = RowReservoir.rowsInFileOrder(merging: &reservoir, &tail.reservoir, seed: seed)
                if merged != nil {
                    sampleReadInParts = true
                    try rejected(tail.rejects)
                    summary.rowsRead += tail.rowsRead
                    summary.rowsSkipped += tail.rowsSkipped
                    summary.skippedLines += tail.skippedLines.prefix(
                        CSVReader.skippedLinesKept - summary.skippedLines.count
                    )
                    summary.record(tail.rejects)
                }
            }
            if merged == nil {
                // Otherwise the first part's reader reads on, just as if the file had not been split.
                csv.readPastLimit()
                try offerRows(to: &reservoir, tail: nil, rejected: rejected, progress: progress)
            }
        }
        let rows = merged ?? reservoir.rowsInFileOrder()
        var result = ExtractSample<Record>()
        result.rowsSeen = summary.rowsRead
        let mapping = RowMapping(reader: self)
        let chunks = Self.mapInParallel(rows, with: mapping)
        // Ids are checked in file order, as the reader would: the later of two rows with one id is the
        // duplicate. Duplicates are rare, so the records are only filtered when there are any.
        var seenIDs = IDFingerprints(minimumCapacity: rows.count)
        var duplicates: [Int: [Int]] = [:]
        for (chunk, mapped) in chunks.enumerated() {
            for (position, hash) in mapped.idFingerprints.enumerated() where !seenIDs.insert(hash) {
                duplicates[chunk, default: []].append(position)
                let (batch, row) = rows[mapped.rowPositions[position]]
                result.rejects.append(mapping.duplicate(batch, row: row))
            }
        }
        result.records.reserveCapacity(rows.count)
        var batches: [CSVBatch] = []
        if keepingBatches { batches.reserveCapacity(rows.count) }
        for (chunk, mapped) in chunks.enumerated() {
            result.rejects += mapped.rejects
            summary.invalidDatesKeptAsMissing += mapped.invalidDatesKept
            let dropped = Set(duplicates[chunk] ?? [])
            if dropped.isEmpty {
                result.records += mapped.records
            } else {
                result.records += mapped.records.indices.lazy.filter { !dropped.contains($0) }.map {
                    mapped.records[$0]
                }
            }
            if keepingBatches {
                for (position, row) in mapped.rowPositions.enumerated() where !dropped.contains(position) {
                    batches.append(rows[row].0)
                }
            }
        }
        result.rejects.sort { $0.line < $1.line }
        summary.rowsAccepted += result.records.count
        summary.rowsSampled = rows.count
        summary.record(result.rejects)
        return (result, batches)
    }

    /// Offers every row the reader reads to the reservoir, writing rejects as they come. With a tail
    /// reading the file's second part, a row running on past the split (a quoted line feed, or a quote
    /// never closed) means the tail read from inside a field: it is stopped, and the reader reads on.
    private mutating func offerRows(
        to reservoir: inout RowReservoir,
        tail: SampleTail?,
        rejected: ([RejectedRow]) throws -> Void,
        progress: (Int) -> Void
    ) throws {
        while let batch = try csv.nextBatch(maxRows: 10_000) {
            try rejected(batch.rejects)
            summary.rowsRead += batch.rowCount + batch.rejects.count
            summary.record(batch.rejects)
            reservoir.offer(batch)
            if let tail, csv.ranPastLimit { tail.stop() }
            progress(summary.rowsRead + (tail?.rowsReadSoFar ?? 0))
        }
        summary.rowsSkipped = csv.rowsSkipped
        summary.skippedLines = csv.skippedLines
        summary.linesUnread = csv.linesUnread
    }

    /// One worker's share of the sampled rows, mapped.
    private struct MappedChunk: Sendable {
        var records: [Record] = []
        var idFingerprints: [UInt64] = []
        /// Where each record's row is in the sampled rows.
        var rowPositions: [Int] = []
        var rejects: [RejectedRow] = []
        var invalidDatesKept = 0
    }

    /// Maps rows on every core; chunks come back in the rows' order.
    private static func mapInParallel(_ rows: [(CSVBatch, Int)], with mapping: RowMapping<Record>) -> [MappedChunk] {
        let workers = max(1, min(ProcessInfo.processInfo.activeProcessorCount, 16, rows.count))
        let size = (rows.count + workers - 1) / workers
        nonisolated(unsafe) var chunks = [MappedChunk](repeating: MappedChunk(), count: workers)
        chunks.withUnsafeMutableBufferPointer { slots in
            nonisolated(unsafe) let slots = slots
            DispatchQueue.concurrentPerform(iterations: workers) { chunk in
                var mapped = MappedChunk()
                let range = min(chunk * size, rows.count)..<min((chunk + 1) * size, rows.count)
                mapped.records.reserveCapacity(range.count)
                mapped.idFingerprints.reserveCapacity(range.count)
                mapped.rowPositions.reserveCapacity(range.count)
                for position in range {
                    switch mapping.map(rows[position].0, row: rows[position].1) {
                    case .record(let row):
                        mapped.records.append(row.record)
                        mapped.idFingerprints.append(row.idFingerprint)
                        mapped.rowPositions.append(position)
                        mapped.invalidDatesKept += row.invalidDatesKept
                    case .reject(let reject):
                        mapped.rejects.append(reject)
                    }
                }
                slots[chunk] = mapped
            }
        }
        return chunks
    }
}

import Foundation
import VigilCore
import VigilIngest
import VigilStore

/// Reads one extract file for a run: fingerprints it, streams its batches, writes its rejects, and
/// refuses a file that was cut off mid-row or not read to its end.
enum ExtractPass {
    /// Reads `path` through `reader`, handing each batch to `body` and its rejects to `rejects`, and
    /// returns what the run records.
    ///
    /// - Parameter name: what messages call the file: as much of its path as tells it from the source's
    ///   other files (``DistinctFileNames``).
    /// - Throws: ``PipelineError`` when the file is missing, unusable (empty, missing a column),
    ///   unreadable, truncated, or not read to its end (lines a stray quote ran over that could not be read
    ///   again), or its rejects cannot be written; rejects of single rows are not errors.
    static func read<Record: Sendable>(
        source: String,
        path: String,
        named name: String,
        rejects: inout RejectsWriter,
        open: (String) throws -> ExtractReader<Record>,
        progress: (RunProgress) -> Void = { _ in },
        body: (ExtractBatch<Record>) throws -> Void
    ) throws -> (input: RunInput, summary: IngestSummary) {
        let fingerprint = try FileFingerprint(path: path)
        var reader: ExtractReader<Record>
        do {
            reader = try open(path)
        } catch let error as IngestError {
            throw unusable(error, source: source, path: path, named: name)
        }
        let rejectsBefore = rejects.count
        var lastAccepted = 0
        var lastReject: RejectedRow?
        do {
            while let batch = try reader.nextBatch(maxRows: 20_000) {
                try rejects.append(batch.rejects)
                lastAccepted = max(lastAccepted, batch.lines.last ?? 0)
                if let reject = batch.rejects.last, reject.line > (lastReject?.line ?? 0) { lastReject = reject }
                try body(batch)
                progress(RunProgress(stage: source, rows: reader.summary.rowsRead, fraction: batch.fractionRead))
            }
        } catch let error as IngestError {
            throw unusable(error, source: source, path: path, named: name)
        }
        if let lastReject, lastReject.line > lastAccepted, !endsWithLineBreak(path),
            [.unbalancedQuote, .wrongFieldCount].contains(lastReject.kind)
        {
            throw PipelineError(
                .unusableInput,
                "\(source): \(path) looks truncated: its last row (line \(lastReject.line)) is incomplete "
                    + "(\(lastReject.reason)) and the file does not end with a line break. Nothing was published; "
                    + "fetch the extract again"
            )
        }
        let summary = reader.summary
        if summary.linesUnread > 0 {
            // What the extract lacks cannot be withdrawn when part of it was never read.
            throw PipelineError(
                .unusableInput,
                "\(source): \(summary.linesUnread.counted("line")) of \(path) \(summary.linesUnread.agreeing("was", plural: "were")) not read after a stray quote (see the "
                    + "rejects file); nothing was published or withdrawn. Correct the quote, or give the extract "
                    + "as a regular file (which is read again after a stray quote), and run again"
            )
        }
        let input = RunInput(
            source: source,
            path: path,
            sha256: fingerprint.sha256,
            bytes: fingerprint.bytes,
            rowsRead: summary.rowsRead,
            rowsAccepted: summary.rowsAccepted,
            rowsRejected: summary.rowsRejected,
            rejectsFile: rejects.count > rejectsBefore ? rejects.path : nil
        )
        return (input, summary)
    }

    /// Puts a source's rejects file in place once all its files are read.
    ///
    /// - Throws: ``PipelineError`` when it cannot be written.
    static func finish(_ rejects: inout RejectsWriter, source: String) throws {
        do {
            try rejects.finish()
        } catch let error as IngestError {
            throw PipelineError(.unusableInput, "\(source): \(rejects.path): \(error.message)")
        }
    }

    /// An extract's problem as the run reports it: the source, then the file named as `name` (the rejects
    /// file by its path).
    private static func unusable(
        _ error: IngestError,
        source: String,
        path: String,
        named name: String
    )
        -> PipelineError
    {
        let text = error.file == path ? error.text(naming: name) : "\(error.file): \(error.message)"
        return PipelineError(.unusableInput, "\(source): \(text)")
    }

    private static func endsWithLineBreak(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        guard let size = try? handle.seekToEnd(), size > 0 else { return true }
        try? handle.seek(toOffset: size - 1)
        return (try? handle.read(upToCount: 1)) == Data([0x0A])
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A streaming RFC 4180 CSV reader that hands out rows in batches and turns bad rows into rejects.
///
/// It reads a file or a file descriptor (standard input) in fixed-size chunks, so memory stays bounded
/// however large the extract is. It understands quoted fields with commas, doubled quotes and line
/// breaks, a UTF-8 byte-order mark, and LF, CRLF or mixed line endings. The first non-blank record is
/// the header. Each row carries the physical line on which it starts.
///
/// A row with an unbalanced quote, the wrong number of fields, invalid UTF-8 or a field longer than
/// ``fieldLimit`` becomes a ``RejectedRow`` and reading goes on with the next row. Empty lines after the
/// header, rows of only separators or spaces (what a spreadsheet leaves after cells are cleared), and a
/// DOS end-of-file mark (0x1A) alone on a line, are skipped, counted in ``rowsSkipped`` and the first few
/// named in ``skippedLines``. The line break that ends the last row is not an empty line; every empty
/// line after it is.
///
/// A stray quote must not swallow rows. When a row whose quoted field runs over lines is malformed (text
/// after the closing quote, the wrong number of fields, a field too long, a quote never closed) or looks
/// stray (the quote's first and last lines are each a whole row without it), only the quote's own line
/// is rejected and the lines after it are read again: from memory, or, past ``rereadLimit``, from the
/// file itself. Standard input or a pipe cannot be read twice: there the lines past the limit are
/// counted in ``linesUnread`` and named in the reject.
///
/// ```swift
/// var reader = try CSVReader(path: "roster.csv")
/// while let batch = try reader.nextBatch(maxRows: 10_000) {
///     // hand `batch` to a task; rejects are in `batch.rejects`
/// }
/// ```
///
/// The reader owns its descriptor and buffer, so it cannot be copied.
public struct CSVReader: ~Copyable {
    /// The default longest field, in bytes: 1 MiB.
    public static let defaultFieldLimit = 1 << 20

    /// The name used in errors and rejects (the path, or the name given for a descriptor).
    public let fileName: String
    /// The header's field names, as written (a BOM is removed).
    public internal(set) var header: [String] = []
    /// The longest field accepted, in bytes; longer fields reject their row without being buffered.
    public let fieldLimit: Int

    let descriptor: Int32
    let ownsDescriptor: Bool
    /// How the input's bytes are read; a UTF-8 byte-order mark turns Windows-1252 into UTF-8.
    var encoding: TextEncoding
    /// Raw bytes read before they are transcoded into ``chunk`` (Windows-1252 only).
    let rawChunk: UnsafeMutableBufferPointer<UInt8>?
    let chunk: UnsafeMutableBufferPointer<UInt8>
    var chunkCount = 0
    var position = 0
    var inputExhausted = false
    var atStreamStart = true
    var finished = false
    var replay: [UInt8] = []
    var replayOffset = 0
    var haveHeader = false
    var headerProblem: String?
    var scan = CSVScanState()
    /// Where the descriptor is, counted from the start of the file: the bytes taken so far, unless the
    /// reader went back to read lines again (see `CSVReader+Reread.swift`).
    var bytesRead = 0
    /// The input's size when it is a regular file (not a pipe or standard input), for progress.
    let totalBytes: Int?
    /// Where the input ends for this reader, when it reads only the first part of a file (see
    /// `CSVReader+Split.swift`); nil to read to the end.
    var inputLimit: Int?
    /// Whether the reader stopped at `inputLimit` between two rows.
    var stoppedAtLimit = false
    /// Whether a row ran on past `inputLimit`, which the reader then read past as if there were none.
    var ranPastLimit = false
    /// Whether a quote left open at the end of the input made the reader read its lines again.
    var reopenedUnclosedQuote = false
    /// The most text after a stray quote's line kept in memory to be read again; past it the reader
    /// reads the lines again from the file (see `CSVReader+Reread.swift`). Lowered by tests.
    var rereadLimit = QuotedSpan.limit
    /// A line start known in the file, `(byte offset, line)`, from which the next line to read again is
    /// found by counting line feeds.
    var lineAnchor = (offset: 0, line: 1)
    /// Set when the reader has gone back in the file to read lines again, until it reads there.
    var seekedToReread = false
    /// Whether the last chunk scanned ended with a line feed.
    var endedWithLineFeed = false
    /// Lines a stray quote swallowed that could not be read again (input that cannot be read twice).
    public internal(set) var linesUnread = 0
    /// Lines skipped as empty or blank after the header: empty lines (several at the end of the file
    /// too), and rows of only separators or spaces, or an end-of-file mark.
    public internal(set) var rowsSkipped = 0
    /// The lines of the first ``skippedLinesKept`` lines skipped as empty or blank, for a person to look at.
    public internal(set) var skippedLines: [Int] = []
    var building = CSVBatch(columnCount: 0)
    /// The field bytes of `building`, moved into it when the batch is handed out.
    var fieldBytes = ByteAccumulator()

    /// Opens a file and reads its header.
    ///
    /// - Throws: ``IngestError`` with code `fileNotFound`, `unreadable` or `emptyFile`.
    ///
    /// - Parameter encoding: how the file's bytes are written (see ``TextEncoding``).
    public init(
        path: String,
        encoding: TextEncoding = .utf8,
        fieldLimit: Int = CSVReader.defaultFieldLimit,
        chunkSize: Int = 1 << 20
    ) throws {
        let descriptor = open(path, O_RDONLY)
        if descriptor < 0 {
            let code: IngestError.Code = errno == ENOENT ? .fileNotFound : .unreadable
            let reason = code == .fileNotFound ? "no such file" : "cannot open (\(String(cString: strerror(errno))))"
            throw IngestError(code, reason, file: path)
        }
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFDIR {
            close(descriptor)
            throw IngestError(.unreadable, "is a folder, not a file", file: path)
        }
        try self.init(
            descriptor: descriptor,
            owns: true,
            name: path,
            encoding: encoding,
            fieldLimit: fieldLimit,
            chunkSize: chunkSize
        )
    }

    /// Reads from an open file descriptor, such as `STDIN_FILENO`; the caller keeps ownership of it.
    ///
    /// - Parameter name: what to call the input in errors and rejects, e.g. `"<stdin>"`.
    public init(
        fileDescriptor: Int32,
        name: String,
        encoding: TextEncoding = .utf8,
        fieldLimit: Int = CSVReader.defaultFieldLimit,
        chunkSize: Int = 1 << 20
    ) throws {
        try self.init(
            descriptor: fileDescriptor,
            owns: false,
            name: name,
            encoding: encoding,
            fieldLimit: fieldLimit,
            chunkSize: chunkSize
        )
    }

    private init(
        descriptor: Int32,
        owns: Bool,
        name: String,
        encoding: TextEncoding,
        fieldLimit: Int,
        chunkSize: Int
    ) throws {
        precondition(fieldLimit > 0 && chunkSize >= 16, "field limit and chunk size must be positive")
        self.descriptor = descriptor
        self.ownsDescriptor = owns
        self.fileName = name
        self.fieldLimit = fieldLimit
        self.chunk = .allocate(capacity: chunkSize)
        self.encoding = encoding
        self.rawChunk = Self.rawChunk(for: encoding, chunkSize: chunkSize)
        var status = stat()
        let isFile = fstat(descriptor, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
        self.totalBytes = isFile ? Int(status.st_size) : nil
        if isFile {
            // Standard input redirected from a file may not start at its beginning.
            lineAnchor.offset = max(0, Int(lseek(descriptor, 0, SEEK_CUR)))
        }
        try fill(untilProduced: 0)
        if !haveHeader {
            throw IngestError(.emptyFile, "the file is empty (no header line)", file: name)
        }
        if let headerProblem {
            throw IngestError(.unreadable, headerProblem, file: name, line: 1)
        }
    }

    deinit {
        chunk.deallocate()
        rawChunk?.deallocate()
        if ownsDescriptor {
            close(descriptor)
        }
    }

    /// How much of the input has been read, from 0 to 1, when its size is known (a regular file).
    public var fractionRead: Double? {
        guard let totalBytes, totalBytes > 0 else { return nil }
        return min(1, Double(bytesRead) / Double(totalBytes))
    }

    /// The index of a header column by exact name, or `nil`.
    public func columnIndex(named name: String) -> Int? {
        header.firstIndex(of: name)
    }

    /// Reads up to `maxRows` rows (accepted plus rejected); `nil` once the input is used up.
    ///
    /// - Throws: ``IngestError`` with code `unreadable` when the input cannot be read.
    public mutating func nextBatch(maxRows: Int = 10_000) throws -> CSVBatch? {
        precondition(maxRows > 0, "maxRows must be positive")
        if finished {
            return nil
        }
        try fill(untilProduced: maxRows)
        var batch = building
        batch.bytes = fieldBytes.array()
        fieldBytes.removeAll()
        building = CSVBatch(columnCount: header.count)
        // The next batch is likely the size of this one: reserving that up front saves regrowing (and
        // copying) its lists several times while it fills.
        building.fieldEnds.reserveCapacity(batch.fieldEnds.count + batch.fieldEnds.count / 8)
        building.lines.reserveCapacity(batch.lines.count + batch.lines.count / 8)
        // A batch always ends between rows, so the next row starts at the new batch's beginning.
        scan.resetRow(byteStart: 0, fieldEndsStart: 0)
        if batch.isEmpty && finished {
            return nil
        }
        return batch
    }

    /// Reads chunks until there is a header and the batch under construction holds `target` rows and
    /// rejects, or the input ends.
    mutating func fill(untilProduced target: Int) throws {
        while !finished {
            if position == chunkCount {
                flushAtChunkEnd()
                if try !refill() {
                    finishAtEndOfInput()
                    if replayOffset < replay.count || seekedToReread {
                        // The unclosed quote's reject may have filled the batch: the lines after it are
                        // read into the next one, since a batch must end between rows.
                        if building.lines.count + building.rejects.count >= target {
                            return
                        }
                        continue
                    }
                    finished = true
                    return
                }
            }
            scanChunk(untilProduced: target)
            if haveHeader && building.lines.count + building.rejects.count >= target {
                return
            }
        }
    }

    /// Loads the next chunk from the replay buffer or the descriptor; `false` at end of input.
    mutating func refill() throws -> Bool {
        position = 0
        chunkCount = 0
        if replayOffset < replay.count {
            let count = min(chunk.count, replay.count - replayOffset)
            replay.withUnsafeBufferPointer { source in
                _ = chunk.initialize(from: source[replayOffset..<replayOffset + count])
            }
            replayOffset += count
            chunkCount = count
            if replayOffset == replay.count {
                replay = []
                replayOffset = 0
            }
            return true
        }
        if inputExhausted {
            return false
        }
        var wanted = chunk.count
        if let inputLimit {
            if bytesRead >= inputLimit {
                // At the limit between rows this reader's part is done; inside a row it reads on.
                if scan.mode == .fieldStart && !scan.rowHasContent {
                    stoppedAtLimit = true
                    return false
                }
                self.inputLimit = nil
                ranPastLimit = true
            } else {
                wanted = min(wanted, inputLimit - bytesRead)
            }
        }
        seekedToReread = false
        if let rawChunk {
            return try refillTranscoding(rawChunk, wanted: min(wanted, rawChunk.count))
        }
        guard let count = try readInput(into: chunk.baseAddress!, wanted) else { return false }
        chunkCount = count
        if atStreamStart {
            atStreamStart = false
            if chunkCount >= 3 && chunk[0] == 0xEF && chunk[1] == 0xBB && chunk[2] == 0xBF {
                position = 3
            }
        }
        return true
    }
}

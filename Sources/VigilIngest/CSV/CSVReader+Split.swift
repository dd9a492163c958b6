#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading one file in two parts, one on each core.
///
/// The second part starts just after a line feed, and is read as if that were the start of a row. That
/// is a guess: the line feed may lie inside a quoted field. The reader of the first part settles it when
/// it reaches the split (`inputLimit`): if it is between rows there, the second part was read exactly as
/// reading on would have read it, and only its line numbers need shifting (`CSVBatch.shiftLines`);
/// otherwise the first reader reads on past the split (`ranPastLimit`) and the second part is dropped.
extension CSVReader {
    /// Where this reader's file could be split for reading in two parts: just after the first line feed
    /// at or after `fraction` of its size. Nil for input that is not a regular file opened by path, is
    /// smaller than `minimumBytes`, or has no line feed in the 64 KB from that point.
    func splitOffset(fraction: Double, minimumBytes: Int) -> Int? {
        guard ownsDescriptor, fraction > 0, fraction < 1 else { return nil }
        guard let size = totalBytes else { return nil }
        let target = Int(Double(size) * fraction)
        // The header and the first chunk are read already; the split must lie past them.
        guard size >= minimumBytes, target > bytesRead else { return nil }
        let window = 1 << 16
        var bytes = [UInt8](repeating: 0, count: window)
        let count = bytes.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, window, off_t(target)) }
        guard count > 0, let lineFeed = bytes[..<count].firstIndex(of: 0x0A) else { return nil }
        let offset = target + lineFeed + 1
        return offset < size ? offset : nil
    }

    /// A reader of `other`'s file from `offset`, the start of a line, on: it takes `other`'s header and
    /// limits, and numbers lines from 1 at `offset` (see `CSVBatch.shiftLines`).
    init(continuing other: borrowing CSVReader, at offset: Int) throws {
        let descriptor = open(other.fileName, O_RDONLY)
        guard descriptor >= 0 else {
            throw IngestError(.unreadable, "cannot open (\(String(cString: strerror(errno))))", file: other.fileName)
        }
        guard lseek(descriptor, off_t(offset), SEEK_SET) == off_t(offset) else {
            close(descriptor)
            throw IngestError(.unreadable, "cannot read from byte \(offset)", file: other.fileName)
        }
        self.descriptor = descriptor
        ownsDescriptor = true
        fileName = other.fileName
        fieldLimit = other.fieldLimit
        chunk = .allocate(capacity: other.chunk.count)
        encoding = other.encoding
        rawChunk = Self.rawChunk(for: other.encoding, chunkSize: other.chunk.count)
        header = other.header
        haveHeader = true
        atStreamStart = false
        bytesRead = offset
        lineAnchor = (offset, 1)
        rereadLimit = other.rereadLimit
        totalBytes = other.totalBytes
        building = CSVBatch(columnCount: other.header.count)
    }

    /// The line the reader has reached: after stopping at its limit, the line that starts there.
    var currentLine: Int { scan.line }

    /// Reads on past the limit this reader stopped at, as if there had been none.
    mutating func readPastLimit() {
        guard stoppedAtLimit else { return }
        stoppedAtLimit = false
        inputLimit = nil
        finished = false
    }
}

extension CSVBatch {
    /// Moves every row's and reject's line number on by `lines`, for a batch read from the middle of a
    /// file by a reader that numbered its lines from 1 there.
    mutating func shiftLines(by lines: Int) {
        guard lines != 0 else { return }
        for index in self.lines.indices { self.lines[index] += lines }
        for index in rejects.indices { rejects[index].line += lines }
    }
}

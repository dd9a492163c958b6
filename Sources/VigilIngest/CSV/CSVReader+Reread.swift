#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

private let lineFeed: UInt8 = 0x0A
private let carriageReturn: UInt8 = 0x0D

/// Reading again the lines a stray quote ran over.
///
/// A stray quote (`"Robert` with no closing quote) makes every line up to the next quote one field, and
/// the rows on them would be lost inside one reject. The text after the quote's line is kept in memory
/// up to ``CSVReader/rereadLimit`` and read again from there; past that limit a regular file is read
/// again from the start of the line after the quote's (found by counting line feeds, so it works for
/// every encoding). Input that cannot be read twice (a pipe, standard input) keeps no more than the
/// limit: the lines past it are counted in ``CSVReader/linesUnread`` and named in the reject.
extension CSVReader {
    /// When a malformed row ran over lines inside quotes, queues the text after the line its quote
    /// opened on (and the rest of the input already read) to be read again, and says so in the reason.
    ///
    /// A quoted line break is legal, so only a row rejected for its shape (an unbalanced quote, the wrong
    /// number of fields or a field too long) is cut back; its lines are then read as rows, and any that
    /// are not rows are rejected on their own. A field too long in a row of the right shape (its quotes
    /// closed, as many fields as the header) is a long field, such as free-text notes, not a stray
    /// quote: it is one reject, and the lines inside its quotes are never read as rows.
    mutating func queueRereadAfterQuote(
        _ problem: inout CSVScanState.Problem,
        lastLine: Int,
        raw: [UInt8] = []
    ) -> Bool {
        let span = scan.span
        guard span.seen, [.unbalancedQuote, .wrongFieldCount, .fieldTooLong].contains(problem.kind) else {
            return false
        }
        if problem.kind == .fieldTooLong && scan.mode != .quoted && scan.rowFieldCount == header.count
            && !quoteLineIsWholeRow(raw, quoteAt: span.rawOffset)
        {
            problem.reason += " (lines \(scan.rowStartLine) to \(lastLine), one row)"
            return false
        }
        let current = chunkCount - span.start
        var rest = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
        if current > 0, let base = UnsafePointer<UInt8>(chunk.baseAddress) {
            rest = UnsafeBufferPointer(start: base + span.start, count: current)
        }
        // When the quote's line was the last, there is nothing after it to speak of.
        let more =
            span.hasText || Self.holdsText(span.earlier) || Self.holdsText(rest)
            || Self.holdsText(replay[replayOffset...])
        if span.length + current <= rereadLimit {
            var text = span.earlier
            text.reserveCapacity(span.earlier.count + current + replay.count - replayOffset)
            text.append(contentsOf: rest)
            text += replay[replayOffset...]
            replay = text
            replayOffset = 0
        } else if !seekToReread(afterLine: span.line) {
            noteUnreadLines(&problem, after: span.line, lastLine: lastLine)
            return false
        }
        reopenedUnclosedQuote = true
        let again = "only line \(span.line) is rejected and the lines after it are read again"
        if more && scan.mode == .quoted {
            problem.reason += ", so \(again)"
        } else if more {
            problem.reason += "; the quote opened on line \(span.line) runs on to line \(lastLine), so \(again)"
        }
        scan.line = span.line + 1
        return true
    }

    /// Whether the line a quote opened on, read with the quote as text, is a whole row by itself (as
    /// many fields as the header): the mark of a stray quote that joined it to later lines. `true` when
    /// the line cannot be seen whole in `raw` (the reject's first bytes), so that a doubtful row is read
    /// again rather than swallowed.
    func quoteLineIsWholeRow(_ raw: [UInt8], quoteAt offset: Int) -> Bool {
        guard offset <= raw.count else { return true }
        let start = raw[..<offset].lastIndex(of: lineFeed).map { $0 + 1 } ?? 0
        let end = raw[offset...].firstIndex(of: lineFeed)
        let fields = raw[start..<(end ?? raw.count)].count(where: { $0 == UInt8(ascii: ",") }) + 1
        // A line cut off in `raw` is known not to be a whole row only once it has more fields than one.
        return end == nil ? fields <= header.count : fields == header.count
    }

    /// Whether bytes hold anything but line breaks.
    static func holdsText(_ bytes: some Sequence<UInt8>) -> Bool {
        bytes.contains { $0 != lineFeed && $0 != carriageReturn }
    }

    /// Goes back in a regular file to the start of the line after `line`, to read on from there; `false`
    /// when the input cannot be read twice or that line cannot be found.
    private mutating func seekToReread(afterLine line: Int) -> Bool {
        guard totalBytes != nil, let offset = offsetOfLine(line + 1) else { return false }
        guard lseek(descriptor, off_t(offset), SEEK_SET) == off_t(offset) else { return false }
        replay = []
        replayOffset = 0
        bytesRead = offset
        inputExhausted = false
        lineAnchor = (offset, line + 1)
        seekedToReread = true
        return true
    }

    /// Where physical line `target` starts in the file, counting line feeds from ``lineAnchor`` (the last
    /// line read again, so a file with many stray quotes is still counted through once); `nil` if the
    /// file ends first or cannot be read.
    private func offsetOfLine(_ target: Int) -> Int? {
        var (offset, line) = lineAnchor
        guard target >= line else { return nil }
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while line < target {
            let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(offset)) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            for index in 0..<count where buffer[index] == lineFeed {
                line += 1
                if line == target { return offset + index + 1 }
            }
            offset += count
        }
        return offset
    }

    /// Says in a reject's reason which lines after its quote's line could not be read again, and counts
    /// them, so that a swallowed stretch of the file is never silent.
    private mutating func noteUnreadLines(_ problem: inout CSVScanState.Problem, after line: Int, lastLine: Int) {
        // At the end of the input the line count has passed a final line feed.
        let last = scan.mode == .quoted && endedWithLineFeed ? lastLine - 1 : lastLine
        guard last > line else { return }
        let count = last - line
        linesUnread += count
        let lines =
            count == 1 ? "line \(last) after it was" : "lines \(line + 1) to \(last) after it (\(count) lines) were"
        let limit = rereadLimit % (1 << 20) == 0 ? "\(rereadLimit >> 20) MiB" : "\(rereadLimit) bytes"
        problem.reason +=
            "; \(lines) NOT READ: the quote runs on for more than \(limit), more than is kept to read again, "
            + "and \(fileName) cannot be read twice (it is not a regular file)"
    }
}

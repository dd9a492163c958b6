private let lineFeed: UInt8 = 0x0A
private let carriageReturn: UInt8 = 0x0D

extension CSVReader {
    /// How many skipped rows' lines are kept in ``skippedLines``.
    public static let skippedLinesKept = 10

    /// Ends a row whose last field has been ended: the header, an accepted row or a reject. Returns
    /// whether the reject queued the lines after its quote's line to be read again (see
    /// ``queueRereadAfterQuote(_:)``), in which case the rest of the chunk is queued too.
    @discardableResult
    mutating func finishRecord(at i: Int, _ base: UnsafePointer<UInt8>) -> Bool {
        defer { scan.resetRow(byteStart: fieldBytes.count, fieldEndsStart: building.fieldEnds.count) }
        if scan.problem == nil && isBlankLikeRow() {
            if haveHeader { noteSkippedRow(line: scan.rowStartLine) }
            fieldBytes.removeAll(from: scan.rowByteStart)
            building.fieldEnds.removeSubrange(scan.rowFieldEndsStart...)
            return false
        }
        if !haveHeader {
            takeHeader()
            return false
        }
        if scan.problem == nil && scan.rowFieldCount != header.count {
            let reason = "expected \(header.count) fields (as in the header) but found \(scan.rowFieldCount)"
            scan.flag(.wrongFieldCount, field: nil, reason)
        }
        if scan.problem == nil && scan.span.seen, let reason = strayQuoteReason() {
            scan.flag(.unbalancedQuote, field: scan.span.field, reason)
        }
        if scan.problem == nil, let (column, kind) = firstUnreadableColumn() {
            let reason =
                kind == .nulByte
                ? "field '\(columnName(column))' holds a NUL (zero) byte: the file may be damaged, or UTF-16"
                : "field '\(columnName(column))' is not valid UTF-8"
            scan.flag(kind, field: column, reason)
        }
        guard var problem = scan.problem else {
            building.lines.append(scan.rowStartLine)
            return false
        }
        var raw = scan.rawPrefix
        if scan.rowRawStart >= 0 && raw.count < RejectedRow.rawTextLimit + 4 {
            let count = min(RejectedRow.rawTextLimit + 4 - raw.count, i - scan.rowRawStart)
            raw.append(contentsOf: UnsafeBufferPointer(start: base + scan.rowRawStart, count: count))
        }
        let reread = queueRereadAfterQuote(&problem, lastLine: scan.line, raw: raw)
        if reread {
            // The reject holds only the quote's line; the lines after it are read again.
            let lineEnd = min(scan.span.rawOffset, raw.count)
            if let newline = raw[lineEnd...].firstIndex(of: lineFeed) {
                raw.removeSubrange(newline...)
            }
            if raw.last == carriageReturn {
                raw.removeLast()
            }
        }
        var field: String?
        if let column = problem.field {
            field = columnName(column)
        }
        let reject = RejectedRow(
            file: fileName,
            line: scan.rowStartLine,
            field: field,
            kind: problem.kind,
            reason: problem.reason,
            raw: RejectedRow.rawText(raw)
        )
        building.rejects.append(reject)
        fieldBytes.removeAll(from: scan.rowByteStart)
        building.fieldEnds.removeSubrange(scan.rowFieldEndsStart...)
        return reread
    }

    /// Counts a line skipped as empty or blank, keeping the line numbers of the first few.
    mutating func noteSkippedRow(line: Int) {
        rowsSkipped += 1
        if skippedLines.count < Self.skippedLinesKept { skippedLines.append(line) }
    }

    private mutating func takeHeader() {
        let bytes = fieldBytes.array()
        var names: [String] = []
        var start = 0
        for end in building.fieldEnds {
            let text = String(decoding: bytes[start..<end], as: UTF8.self)
            names.append(String(text.trimmingSpaces))
            start = end
        }
        if let problem = scan.problem {
            headerProblem = "the header line is unreadable: \(problem.reason)"
        } else if bytes.contains(0) || bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            headerProblem =
                "the file looks like UTF-16 (its header holds zero bytes or a UTF-16 mark): export it as UTF-8"
        } else if String(validating: bytes, as: UTF8.self) == nil {
            headerProblem = "the header line is not valid UTF-8"
        }
        header = names
        haveHeader = true
        building = CSVBatch(columnCount: names.count)
        fieldBytes.removeAll()
    }

    /// The first column of the current row that is not valid UTF-8 or holds a NUL byte, and which; checked
    /// only when a byte is non-ASCII or zero.
    private func firstUnreadableColumn() -> (Int, RejectedRow.Kind)? {
        fieldBytes.withBytes { bytes -> (Int, RejectedRow.Kind)? in
            guard Self.hasNonASCIIOrNUL(UnsafeBufferPointer(rebasing: bytes[scan.rowByteStart...])) else {
                return nil
            }
            var start = scan.rowByteStart
            for column in 0..<scan.rowFieldCount {
                let end = building.fieldEnds[scan.rowFieldEndsStart + column]
                let field = UnsafeBufferPointer(rebasing: bytes[start..<end])
                if field.contains(0) { return (column, .nulByte) }
                if String(validating: field, as: UTF8.self) == nil { return (column, .invalidUTF8) }
                start = end
            }
            return nil
        }
    }

    /// Whether any byte is outside ASCII or zero, looked at eight bytes at a time (a zero byte makes
    /// `(x - 0x01…) & ~x` set that byte's high bit).
    static func hasNonASCIIOrNUL(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            if (word | ((word &- ones) & ~word)) & highs != 0 {
                return true
            }
            offset += 8
        }
        while offset < bytes.count {
            if base[offset] >= 0x80 || base[offset] == 0 { return true }
            offset += 1
        }
        return false
    }

    /// Ends the last row at end of input; an unclosed quote rejects its row and, when the text after
    /// it was kept, queues the lines after the quote's line to be read again.
    mutating func finishAtEndOfInput() {
        guard let base = UnsafePointer<UInt8>(chunk.baseAddress) else { return }
        switch scan.mode {
        case .quoted:
            let field = scan.rowFieldCount
            let reason = "unbalanced quote: the quote opened on line \(scan.quoteOpenLine) is never closed"
            scan.problem = CSVScanState.Problem(field: field, kind: .unbalancedQuote, reason: reason)
            scan.rowRawStart = -1
            scan.runStart = -1
            endField(at: 0, base)
            finishRecord(at: 0, base)
            scan.mode = .fieldStart
        case .afterCR:
            scan.mode = .fieldStart
        default:
            if scan.rowHasContent {
                scan.runStart = -1
                endField(at: 0, base)
                finishRecord(at: 0, base)
            }
            scan.mode = .fieldStart
        }
    }
}

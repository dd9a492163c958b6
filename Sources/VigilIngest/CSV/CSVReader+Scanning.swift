private let comma: UInt8 = 0x2C
private let quote: UInt8 = 0x22
private let lineFeed: UInt8 = 0x0A
private let carriageReturn: UInt8 = 0x0D

/// Whether any of eight bytes (read as one little-endian word) is a comma, line feed or carriage return:
/// the bytes that end an unquoted field. For each of the three, the word is made zero where it holds
/// that byte, and `(x - 0x01…) & ~x & 0x80…` is non-zero exactly when some byte of `x` is zero.
@inline(__always)
private func endsUnquotedField(_ word: UInt64) -> Bool {
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    let commas = word ^ (ones &* UInt64(comma))
    let lineFeeds = word ^ (ones &* UInt64(lineFeed))
    let returns = word ^ (ones &* UInt64(carriageReturn))
    let zero =
        ((commas &- ones) & ~commas) | ((lineFeeds &- ones) & ~lineFeeds) | ((returns &- ones) & ~returns)
    return zero & highs != 0
}

extension CSVReader {
    /// Scans the current chunk from `position` until it ends or the batch holds `target` rows.
    mutating func scanChunk(untilProduced target: Int) {
        guard let base = UnsafePointer<UInt8>(chunk.baseAddress) else { return }
        let end = chunkCount
        var i = position
        scanning: while i < end {
            switch scan.mode {
            case .fieldStart:
                let byte = base[i]
                if byte == comma {
                    beginRow(at: i)
                    endField(at: i, base)
                    i += 1
                } else if byte == quote {
                    beginRow(at: i)
                    scan.mode = .quoted
                    scan.quoteOpenLine = scan.line
                    scan.quoteOpenRawOffset = scan.rawPrefix.count + i - scan.rowRawStart
                    i += 1
                    scan.runStart = i
                } else if byte == lineFeed || byte == carriageReturn {
                    endLine(at: i, byte, base)
                    i += 1
                    if scan.rereadPending {
                        i = dropChunkForReread(end)
                        break scanning
                    }
                    if reached(target) {
                        break scanning
                    }
                } else {
                    beginRow(at: i)
                    scan.mode = .unquoted
                    scan.runStart = i
                    i += 1
                }
            case .unquoted:
                // Field after field of plain text stays in this loop: a field (or row) that starts with an
                // ordinary byte is begun here without going back through the switch.
                unquoted: while true {
                    // Eight bytes at a time while none of them ends the field (see `endsUnquotedField`),
                    // then byte by byte: every byte that matters here is at most a comma, so most bytes
                    // cost one comparison.
                    while i &+ 8 <= end,
                        !endsUnquotedField(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self))
                    {
                        i &+= 8
                    }
                    while i < end {
                        let byte = base[i]
                        if byte <= comma && (byte == comma || byte == lineFeed || byte == carriageReturn) {
                            break
                        }
                        i += 1
                    }
                    guard i < end else { break unquoted }
                    let byte = base[i]
                    if byte == comma {
                        endField(at: i, base)
                        i += 1
                    } else {
                        endLine(at: i, byte, base)
                        i += 1
                        if scan.rereadPending {
                            i = dropChunkForReread(end)
                            break scanning
                        }
                        if reached(target) {
                            break scanning
                        }
                        guard scan.mode == .fieldStart else { break unquoted }
                    }
                    guard i < end, startsPlainField(base[i]) else {
                        scan.mode = .fieldStart
                        break unquoted
                    }
                    beginRow(at: i)
                    scan.mode = .unquoted
                    scan.runStart = i
                    i += 1
                }
            case .quoted:
                while i < end {
                    let byte = base[i]
                    if byte <= quote {
                        if byte == quote {
                            break
                        }
                        if byte == lineFeed {
                            if !scan.span.seen {
                                beginSpan(after: i)
                            }
                            scan.line += 1
                        }
                    }
                    i += 1
                }
                if i < end {
                    flushRun(to: i, base)
                    scan.mode = .afterQuote
                    i += 1
                }
            case .afterQuote:
                let byte = base[i]
                if byte == quote {
                    scan.runStart = i
                    scan.mode = .quoted
                    i += 1
                } else if byte == comma {
                    endField(at: i, base)
                    scan.mode = .fieldStart
                    i += 1
                } else if byte == lineFeed || byte == carriageReturn {
                    endLine(at: i, byte, base)
                    i += 1
                    if scan.rereadPending {
                        i = dropChunkForReread(end)
                        break scanning
                    }
                    if reached(target) {
                        break scanning
                    }
                } else {
                    // A quoted part already too long is the earlier problem, wherever the chunks fall.
                    if !scan.discarding && fieldBytes.count - scan.fieldByteStart > fieldLimit {
                        flagTooLong()
                    }
                    let field = scan.rowFieldCount
                    scan.flag(.unbalancedQuote, field: field, "unbalanced quote: text after the closing quote")
                    scan.mode = .unquoted
                    scan.runStart = i
                }
            case .afterCR:
                if base[i] == lineFeed {
                    scan.line += 1
                    i += 1
                }
                scan.mode = .fieldStart
            }
        }
        position = i
    }

    /// Whether a field starting with `byte` is plain text: not empty, quoted or the end of the line.
    @inline(__always)
    private func startsPlainField(_ byte: UInt8) -> Bool {
        byte > comma || (byte != comma && byte != quote && byte != lineFeed && byte != carriageReturn)
    }

    private func reached(_ target: Int) -> Bool {
        haveHeader && building.lines.count + building.rejects.count >= target
    }

    private mutating func beginRow(at i: Int) {
        if !scan.rowHasContent {
            scan.rowHasContent = true
            scan.rowStartLine = scan.line
            scan.rowRawStart = i
        }
    }

    private mutating func endLine(at i: Int, _ byte: UInt8, _ base: UnsafePointer<UInt8>) {
        if scan.rowHasContent {
            endField(at: i, base)
            scan.rereadPending = finishRecord(at: i, base)
        } else if haveHeader {
            // A line with nothing on it; the line feed that ends a row never gets here.
            noteSkippedRow(line: scan.line)
        }
        if scan.rereadPending {
            scan.mode = .fieldStart
        } else if byte == lineFeed {
            scan.line += 1
            scan.mode = .fieldStart
        } else {
            scan.mode = .afterCR
        }
    }

    /// Starts keeping the raw text after the line feed at `i`, the row's first inside quotes.
    private mutating func beginSpan(after i: Int) {
        scan.span.seen = true
        scan.span.line = scan.quoteOpenLine
        scan.span.field = scan.rowFieldCount
        scan.span.rawOffset = scan.quoteOpenRawOffset
        scan.span.start = i + 1
    }

    /// Ends the scan of a chunk whose rest a reject has queued to be read again (see
    /// `CSVReader+Records.swift`); returns the position to leave the scan at.
    private mutating func dropChunkForReread(_ end: Int) -> Int {
        scan.rereadPending = false
        return end
    }

    @inline(__always)
    private mutating func flushRun(to i: Int, _ base: UnsafePointer<UInt8>) {
        if scan.runStart >= 0 {
            if !scan.discarding && i > scan.runStart {
                fieldBytes.append(base + scan.runStart, count: i - scan.runStart)
            }
            scan.runStart = -1
        }
    }

    @inline(__always)
    mutating func endField(at i: Int, _ base: UnsafePointer<UInt8>) {
        flushRun(to: i, base)
        if !scan.discarding {
            if fieldBytes.count - scan.fieldByteStart > fieldLimit {
                flagTooLong()
            } else {
                building.fieldEnds.append(fieldBytes.count)
            }
        }
        scan.rowFieldCount += 1
        scan.fieldByteStart = fieldBytes.count
    }

    mutating func flagTooLong() {
        let name = columnName(scan.rowFieldCount)
        scan.flag(.fieldTooLong, field: scan.rowFieldCount, "field '\(name)' is longer than \(fieldLimit) bytes")
        scan.discarding = true
        fieldBytes.removeAll(from: scan.rowByteStart)
        scan.fieldByteStart = scan.rowByteStart
    }

    func columnName(_ index: Int) -> String {
        index < header.count ? header[index] : "column \(index + 1)"
    }

    /// Moves the pending run and the row's raw text out of a chunk that is about to be replaced.
    mutating func flushAtChunkEnd() {
        guard chunkCount > 0, let base = UnsafePointer<UInt8>(chunk.baseAddress) else { return }
        if scan.runStart >= 0 {
            flushRun(to: chunkCount, base)
            scan.runStart = 0
        }
        if !scan.discarding && fieldBytes.count - scan.fieldByteStart > fieldLimit {
            flagTooLong()
        }
        endedWithLineFeed = base[chunkCount - 1] == lineFeed
        if scan.span.isOpen {
            let count = chunkCount - scan.span.start
            let text = UnsafeBufferPointer(start: base + scan.span.start, count: count)
            if scan.span.length + count <= rereadLimit {
                scan.span.earlier.append(contentsOf: text)
            } else {
                // Too long to keep: only whether it held more than line breaks is kept, for the reject.
                scan.span.hasText = scan.span.hasText || Self.holdsText(scan.span.earlier) || Self.holdsText(text)
                scan.span.earlier = []
            }
            scan.span.length += count
            scan.span.start = 0
        }
        if scan.rowHasContent && scan.rowRawStart >= 0 {
            let room = RejectedRow.rawTextLimit + 4 - scan.rawPrefix.count
            if room > 0 {
                let count = min(room, chunkCount - scan.rowRawStart)
                scan.rawPrefix.append(contentsOf: UnsafeBufferPointer(start: base + scan.rowRawStart, count: count))
            }
            scan.rowRawStart = 0
        }
    }
}

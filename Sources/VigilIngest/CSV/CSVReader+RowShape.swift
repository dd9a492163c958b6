private let comma: UInt8 = 0x2C
private let lineFeed: UInt8 = 0x0A
private let space: UInt8 = 0x20
private let tab: UInt8 = 0x09
private let endOfFileMark: UInt8 = 0x1A

/// Two checks on the shape of a row whose fields all read well: a quoted line break that is really a
/// stray quote joining two rows, and a row that holds nothing (only separators or spaces).
extension CSVReader {
    /// Why the row's first quoted field to run over lines looks like a stray quote, or `nil`.
    ///
    /// A stray quote at the start of a field (`Smith,"Smiler,1970-02-02,...`) joins its line to the
    /// next, up to a quote there (`Sal 5'4",Taylor,...`), and the joined text can happen to have the
    /// header's number of fields. It is then no row but two: the quote's own line is a whole row if the
    /// quote is read as an ordinary character, and so is the line it closes on. A genuine multi-line field
    /// (`1,"Flat 1,\n12 High St",Dudley,B1 1AA`) leaves both lines short of fields. Both lines are checked,
    /// not just the first: a first line alone can come out whole by chance (`"Flat 1, 12 High Street,\n
    /// Dudley",Dudley,DY1 1AA` before a town and a postcode), and rejecting a genuine address is a loss too.
    ///
    /// Only a row whose line breaks all lie in that one field is judged. Counting its commas is enough:
    /// inside quotes nothing but a doubled quote has a quote, and that holds no comma.
    func strayQuoteReason() -> String? {
        let columns = header.count
        let field = scan.span.field
        guard !scan.discarding, scan.rowFieldCount == columns, field < columns else { return nil }
        let index = scan.rowFieldEndsStart + field
        let start = field == 0 ? scan.rowByteStart : building.fieldEnds[index - 1]
        let end = building.fieldEnds[index]
        let (firstLineCommas, lastLineCommas, lineFeeds) = fieldBytes.withBytes { bytes in
            var first = 0
            var last = 0
            var lineFeeds = 0
            for byte in bytes[start..<end] {
                if byte == comma {
                    last += 1
                    if lineFeeds == 0 { first += 1 }
                } else if byte == lineFeed {
                    lineFeeds += 1
                    last = 0
                }
            }
            return (first, last, lineFeeds)
        }
        let lastLine = scan.rowStartLine + lineFeeds
        // The quote's line with the quote as text: the fields before it, then its text cut at commas.
        guard lastLine == scan.line, field + 1 + firstLineCommas == columns, lastLineCommas == field else {
            return nil
        }
        return "unbalanced quote: the quote looks stray, joining lines \(scan.rowStartLine) to \(lastLine) into one "
            + "row, as line \(scan.rowStartLine) without it is a whole row of \(columns) fields, and so is line "
            + "\(lastLine)"
    }

    /// Whether the row holds nothing, to be skipped like a blank line: only separators (`,,,,` left by a
    /// spreadsheet whose cells were cleared), only spaces, tabs or non-breaking spaces, or a DOS
    /// end-of-file mark (0x1A) alone.
    func isBlankLikeRow() -> Bool {
        guard !scan.discarding else { return false }
        let count = fieldBytes.count - scan.rowByteStart
        if count == 0 {
            // One empty field is a quoted empty string (`""`), a value; more are only separators.
            return scan.rowFieldCount > 1
        }
        return fieldBytes.withBytes { bytes in
            let first = bytes[scan.rowByteStart]
            if first == endOfFileMark { return count == 1 && scan.rowFieldCount == 1 }
            return Self.isOnlySpace(bytes[scan.rowByteStart...])
        }
    }

    /// Whether the bytes are only spaces, tabs and non-breaking spaces (C2 A0): what the readers trim
    /// from every value, so a row of them holds nothing.
    static func isOnlySpace(_ bytes: UnsafeBufferPointer<UInt8>.SubSequence) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte == space || byte == tab {
                index += 1
            } else if byte == 0xC2, index + 1 < bytes.endIndex, bytes[index + 1] == 0xA0 {
                index += 2
            } else {
                return false
            }
        }
        return true
    }
}

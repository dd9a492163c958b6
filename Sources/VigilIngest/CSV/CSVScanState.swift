/// Where a ``CSVReader`` is inside the current row and field, kept between chunks.
struct CSVScanState {
    /// The position in the CSV grammar.
    enum Mode: UInt8 {
        /// At the start of a field (or of a row).
        case fieldStart
        /// Inside a field that did not start with a quote.
        case unquoted
        /// Inside a quoted field.
        case quoted
        /// Just after a quote inside a quoted field: a second quote, a separator or a line end follows.
        case afterQuote
        /// Just after a carriage return that ended a row; a line feed here belongs to it.
        case afterCR
    }

    /// The first thing found wrong with the current row.
    struct Problem {
        var field: Int?
        var kind: RejectedRow.Kind
        var reason: String
    }

    var mode = Mode.fieldStart
    /// The physical line (1-based) at the current position; only line feeds count.
    var line = 1
    /// Where in the chunk the current run of field bytes starts, or -1 when there is none.
    var runStart = -1
    /// Whether the current row has started (a blank line never does).
    var rowHasContent = false
    var rowStartLine = 1
    var rowFieldCount = 0
    /// Where the current row's bytes and field ends start in the batch under construction.
    var rowByteStart = 0
    var rowFieldEndsStart = 0
    var fieldByteStart = 0
    /// Set once a field is too long: the rest of the row is scanned but not kept.
    var discarding = false
    var problem: Problem?
    /// Where the current row's raw text starts in the chunk, or -1; earlier chunks' part is in `rawPrefix`.
    var rowRawStart = -1
    var rawPrefix: [UInt8] = []
    var quoteOpenLine = 0
    var quoteOpenRawOffset = 0
    /// The row's first quoted line break, kept so that a row found malformed can be cut back to the line
    /// its quote opened on and the lines after it read again (a stray quote must not swallow rows).
    var span = QuotedSpan()
    /// Set when a reject has queued the lines after its quote's line to be read again: the scanner drops
    /// the rest of the chunk, which the queued text holds.
    var rereadPending = false

    /// Notes a problem unless the row already has one (the first is the one reported).
    mutating func flag(_ kind: RejectedRow.Kind, field: Int?, _ reason: String) {
        if problem == nil {
            problem = Problem(field: field, kind: kind, reason: reason)
        }
    }

    /// Prepares for a new row whose bytes will start at `byteStart`.
    mutating func resetRow(byteStart: Int, fieldEndsStart: Int) {
        rowHasContent = false
        rowFieldCount = 0
        rowByteStart = byteStart
        rowFieldEndsStart = fieldEndsStart
        fieldByteStart = byteStart
        discarding = false
        problem = nil
        rowRawStart = -1
        rawPrefix.removeAll(keepingCapacity: true)
        runStart = -1
        if span.isOpen || span.seen {
            span = QuotedSpan()
        }
    }
}

/// The raw text after the line on which a row's first multi-line quoted field opened.
struct QuotedSpan {
    /// The most text kept in memory to be read again (``CSVReader/rereadLimit``'s default). A longer
    /// span is read again from the file itself when the input is a regular file; from a pipe or standard
    /// input it is rejected whole, as one row, and its lines are counted as not read.
    static let limit = 4 << 20

    /// Whether the row has had a quoted line break.
    var seen = false
    /// The line the quote opened on, and where that line ends in the row's raw text.
    var line = 0
    /// The field the quote opened (its index in the row).
    var field = 0
    var rawOffset = 0
    /// Where the span's text starts in the current chunk (0 after the first chunk), or -1 when not kept.
    var start = -1
    /// The span's text from earlier chunks, and its length counted whether kept or not.
    var earlier: [UInt8] = []
    var length = 0
    /// Whether text dropped from `earlier` (past the limit) held anything but line breaks.
    var hasText = false

    /// Whether the span is still being kept.
    var isOpen: Bool { start >= 0 }
}

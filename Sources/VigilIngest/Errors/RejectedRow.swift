/// One row of an extract that was not accepted, with the reason in words.
///
/// Rejected rows are data, not errors: reading continues, the run reports how many rows were rejected
/// and why, and ``RejectsWriter`` saves them so a person can look at the original text.
public struct RejectedRow: Sendable, Hashable {
    /// Why a row was rejected, for counting and filtering; ``RejectedRow/reason`` has the words.
    public enum Kind: String, Sendable, Hashable, CaseIterable, Comparable {
        case unbalancedQuote = "unbalanced quote"
        case wrongFieldCount = "wrong field count"
        case invalidUTF8 = "invalid UTF-8"
        case nulByte = "NUL byte"
        case fieldTooLong = "field too long"
        case missingID = "missing id"
        case duplicateID = "duplicate id"
        case unknownSource = "unknown source"
        case invalidDate = "invalid date"
        case missingAddress = "missing address"
        case repeatedHeader = "repeated header"

        public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// The longest raw text kept with a reject, in bytes; longer rows are cut (at a character boundary).
    public static let rawTextLimit = 1_000

    /// The extract the row came from, as given by the caller.
    public var file: String
    /// The physical line (1-based) on which the row starts.
    public var line: Int
    /// The column at fault (the extract's own header name), when one column is.
    public var field: String?
    /// The kind of problem.
    public var kind: Kind
    /// A sentence that says what is wrong, e.g. "31 February does not exist".
    public var reason: String
    /// The row's text as read (for CSV problems) or re-encoded as CSV (for validation problems),
    /// cut to ``rawTextLimit`` bytes.
    public var raw: String
    /// The row's id (`employee_id`, `record_id` or `incident_id`) when it could still be read from the
    /// rejected row, as ``ExtractReader`` sets it: the extract still holds that record, though today's
    /// row for it is unusable. `nil` when the id is empty, unreadable or not known.
    public var recordID: String?

    /// Creates a reject; `raw` is cut to ``rawTextLimit`` bytes.
    public init(file: String, line: Int, field: String?, kind: Kind, reason: String, raw: String) {
        self.file = file
        self.line = line
        self.field = field
        self.kind = kind
        self.reason = reason
        self.raw = RejectedRow.truncated(raw)
    }

    static func truncated(_ text: String) -> String {
        guard text.utf8.count > rawTextLimit else { return text }
        var end = text.utf8.index(text.utf8.startIndex, offsetBy: rawTextLimit)
        while end > text.startIndex && !text.unicodeScalars.indices.contains(end) {
            end = text.utf8.index(before: end)
        }
        return String(text[..<end])
    }

    static func rawText(_ bytes: some Collection<UInt8>) -> String {
        truncated(String(decoding: bytes.prefix(rawTextLimit + 4), as: UTF8.self))
    }
}

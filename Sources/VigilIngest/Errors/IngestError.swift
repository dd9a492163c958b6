/// A problem that stops a whole extract (or mapping) from being read.
///
/// Problems with single rows never throw: they become ``RejectedRow`` values and reading goes on.
/// An `IngestError` means a person has to fix a file or a mapping before the run can use it, so its
/// description names the file, and where known the line and the column:
///
/// ```
/// roster.csv: missing column 'date_of_birth' (mapped from 'DOB')
/// ```
public struct IngestError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What kind of problem this is; extensible, compare with `==`.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        /// A short stable name, such as `missingColumn`.
        public let name: String

        /// Creates a code; prefer the static members.
        public init(_ name: String) { self.name = name }

        /// The file (or mapping) does not exist.
        public static let fileNotFound = Code("fileNotFound")
        /// The file has no header line (it is empty or holds only blank lines).
        public static let emptyFile = Code("emptyFile")
        /// The header lacks a column the mapping (or the canonical layout) needs.
        public static let missingColumn = Code("missingColumn")
        /// The column mapping is malformed or names something unknown.
        public static let invalidMapping = Code("invalidMapping")
        /// The file exists but cannot be read (permissions, a directory, an I/O error, a bad header).
        public static let unreadable = Code("unreadable")

        public var description: String { name }
    }

    /// What kind of problem this is.
    public var code: Code
    /// A sentence a person can act on, without the file name (``description`` adds it).
    public var message: String
    /// The file (extract or mapping) the problem is in, as given by the caller.
    public var file: String
    /// The 1-based line the problem is on, if it is on one line.
    public var line: Int?
    /// The column or mapping key involved, if any.
    public var field: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, file: String, line: Int? = nil, field: String? = nil) {
        self.code = code
        self.message = message
        self.file = file
        self.line = line
        self.field = field
    }

    /// `file[:line]: message`, with the file shown by its last path component.
    public var description: String { text(naming: DistinctFileNames.lastComponent(of: file)) }

    /// `name[:line]: message`: ``description`` naming the file `name` (from ``DistinctFileNames``, when
    /// other files named in the same place could share its last path component).
    public func text(naming name: String) -> String {
        if let line {
            return "\(name):\(line): \(message)"
        }
        return "\(name): \(message)"
    }
}

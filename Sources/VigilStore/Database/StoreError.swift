import Foundation

/// Why the store could not do what was asked, in words a person can act on.
public struct StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What kind of problem this is, for callers that react differently to each.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        /// The store file cannot be opened or created (missing folder, permissions).
        public static let cannotOpen = Code(name: "cannot open")
        /// The file is not a Vigil store, or is damaged.
        public static let corrupt = Code(name: "corrupt")
        /// The disk is full or the file is read-only.
        public static let cannotWrite = Code(name: "cannot write")
        /// The store was last written by an older Vigil and opened read-only: its schema is not upgraded.
        public static let olderSchema = Code(name: "older schema")
        /// The store was written by a newer Vigil.
        public static let newerSchema = Code(name: "newer schema")
        /// A request broke a rule the store keeps (append-only tables, unknown ids).
        public static let refused = Code(name: "refused")
        public var description: String { name }
    }

    /// The kind of problem.
    public var code: Code
    /// What went wrong, naming the file or object.
    public var message: String
    /// The underlying error, if any.
    public var cause: String?

    /// Creates an error.
    public init(_ code: Code, _ message: String, cause: (any Error)? = nil) {
        self.code = code
        self.message = message
        self.cause = cause.map { String(describing: $0) }
    }

    public var description: String {
        guard let cause else { return message }
        return "\(message) (\(cause))"
    }
}

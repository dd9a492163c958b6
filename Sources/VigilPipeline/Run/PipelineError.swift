/// Why a run stopped, in words a person can act on. Nothing from a stopped run is published.
public struct PipelineError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of problem.
    public struct Code: Hashable, Sendable, CustomStringConvertible {
        let name: String
        /// A configured extract is missing or unreadable.
        public static let missingInput = Code(name: "missing input")
        /// An extract is unusable as a whole (empty, missing a required column).
        public static let unusableInput = Code(name: "unusable input")
        /// The model file is missing or invalid.
        public static let model = Code(name: "model")
        /// The roster shrank so much that deactivating the missing employees would be unsafe.
        public static let rosterCollapse = Code(name: "roster collapse")
        public var description: String { name }
    }

    /// The kind of problem.
    public var code: Code
    /// What went wrong.
    public var message: String

    /// Creates an error.
    public init(_ code: Code, _ message: String) {
        self.code = code
        self.message = message
    }

    public var description: String { message }
}

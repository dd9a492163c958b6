/// Everything wrong with a configuration file, each problem with its line and key.
///
/// `vigil config check` prints them all at once, so a person fixes the file in one go.
public struct ConfigurationProblems: Error, Hashable, Sendable, CustomStringConvertible {
    /// One problem.
    public struct Problem: Hashable, Sendable, CustomStringConvertible {
        /// The 1-based line in the file, when known.
        public var line: Int?
        /// The key at fault (`sources[1].path`), when one is.
        public var key: String?
        /// What is wrong and what to do about it.
        public var message: String

        public var description: String {
            var text = ""
            if let line { text += "line \(line): " }
            if let key { text += "\(key): " }
            return text + message
        }
    }

    /// The configuration file.
    public var file: String
    /// The problems, in file order.
    public var problems: [Problem]

    /// Creates an empty list for `file`.
    public init(file: String, problems: [Problem] = []) {
        self.file = file
        self.problems = problems
    }

    mutating func add(_ message: String, line: Int? = nil, key: String? = nil) {
        problems.append(Problem(line: line, key: key, message: message))
    }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return (["\(file): \(count)"] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}

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
        /// Whether the problem is only that a file the run reads (model, roster, extract, mapping) is
        /// absent now. Extracts arrive and are archived between runs, so commands that read only the
        /// store do not count these; the daily run does.
        public var isAbsentFile: Bool = false

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

    mutating func add(_ message: String, line: Int? = nil, key: String? = nil, isAbsentFile: Bool = false) {
        problems.append(Problem(line: line, key: key, message: message, isAbsentFile: isAbsentFile))
    }

    /// The problems that are mistakes in the file itself, leaving out files that are absent now.
    public var mistakes: ConfigurationProblems {
        ConfigurationProblems(file: file, problems: problems.filter { !$0.isAbsentFile })
    }

    /// Whether every problem is a file that is absent now: the file itself is sound.
    public var onlyAbsentFiles: Bool { !problems.isEmpty && problems.allSatisfy(\.isAbsentFile) }

    public var description: String {
        let count = problems.count == 1 ? "1 problem" : "\(problems.count) problems"
        return (["\(file): \(count)"] + problems.map { "  \($0)" }).joined(separator: "\n")
    }
}

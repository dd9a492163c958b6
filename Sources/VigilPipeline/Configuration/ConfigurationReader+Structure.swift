import Yams

extension ConfigurationReader {
    /// Reports every key written twice in the same mapping, anywhere in the file. YAML readers keep one
    /// of the two without a word, so a second `store:` line would quietly point the run at another store.
    mutating func duplicateKeys(in node: Node, path: String = "") {
        if let mapping = node.mapping {
            var seen: [String: Int?] = [:]
            for (key, value) in mapping {
                let name = key.string ?? ""
                let full = path.isEmpty ? name : "\(path).\(name)"
                if let first = seen[name] {
                    let also = first.map { " (first on line \($0))" } ?? ""
                    problems.add(
                        "given twice\(also); only one would be used: remove the other",
                        line: key.line,
                        key: full
                    )
                } else {
                    seen[name] = key.line
                }
                duplicateKeys(in: value, path: full)
            }
        } else if let items = node.sequence {
            for (index, item) in items.enumerated() {
                duplicateKeys(in: item, path: "\(path)[\(index + 1)]")
            }
        }
    }

    /// The mapping under `key` (`thresholds`, `retention`), or `nil` when it is left out. A value that is
    /// not a mapping (`retention: 30`), and a key inside it that is not one of `known` (`leaver_days`),
    /// are problems: ignored, they would leave the default in force without a word.
    mutating func section(_ node: Node?, key: String, known: [String]) -> Node.Mapping? {
        guard let node else { return nil }
        guard let mapping = node.mapping else {
            problems.add(
                "must be a mapping with \(known.joined(separator: ", ")) (for example '\(key): {\(known[0]): ...}')",
                line: node.line,
                key: key
            )
            return nil
        }
        for (name, _) in mapping where !known.contains(name.string ?? "") {
            problems.add(
                "unknown key (expected \(known.joined(separator: " or ")))",
                line: name.line,
                key: "\(key).\(name.string ?? "")"
            )
        }
        return mapping
    }
}

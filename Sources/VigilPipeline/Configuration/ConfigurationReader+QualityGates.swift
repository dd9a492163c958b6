import VigilIngest
import Yams

extension ConfigurationReader {
    /// Reads `quality_gates`, reporting every problem on its own line: each gate (and each field of
    /// `max_missing_rate`) is checked alone first, since the gates' decoder stops at the first problem.
    mutating func qualityGates(_ node: Node?, file: String) -> DataQualityGates {
        guard let node else { return .standard }
        if let gates = node.mapping {
            var valid = true
            for (key, value) in gates {
                if key.string == "max_missing_rate", let limits = value.mapping,
                    limits.count > 1
                {
                    for (field, limit) in limits {
                        let one = Node([(key, Node([(field, limit)]))])
                        valid = checkGates(one, file: file, line: field.line) && valid
                    }
                } else {
                    valid = checkGates(Node([(key, value)]), file: file, line: key.line) && valid
                }
            }
            guard valid else { return .standard }
        }
        var gates = DataQualityGates.standard
        _ = checkGates(node, file: file, line: node.line) { gates = $0 }
        return gates
    }

    /// Parses gates, adding a problem on `line` when they are invalid; says whether they were valid.
    private mutating func checkGates(
        _ node: Node,
        file: String,
        line: Int?,
        use: (DataQualityGates) -> Void = { _ in }
    ) -> Bool {
        do {
            let text = try Yams.serialize(node: node)
            use(try DataQualityGates.parse(yaml: text, file: file))
            return true
        } catch let error as IngestError {
            let key = ["quality_gates", error.field].compactMap { $0 }.joined(separator: ".")
            problems.add(error.message, line: line, key: key)
        } catch {
            problems.add("invalid: \(error)", line: line, key: "quality_gates")
        }
        return false
    }
}

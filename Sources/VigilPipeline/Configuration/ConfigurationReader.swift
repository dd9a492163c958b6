import Foundation
import VigilIngest
import Yams

/// Reads the values of a configuration file, collecting problems instead of stopping at the first.
struct ConfigurationReader {
    let folder: String
    var problems: ConfigurationProblems

    init(folder: String, problems: ConfigurationProblems) {
        self.folder = folder
        self.problems = problems
    }

    func resolve(_ path: String) -> String {
        path.hasPrefix("/") ? path : URL(fileURLWithPath: folder).appendingPathComponent(path).standardized.path
    }

    mutating func text(_ node: Node?, key: String) -> String? {
        guard let node else {
            problems.add("missing (required)", key: key)
            return nil
        }
        guard let text = node.string, !text.isEmpty else {
            problems.add("must be a non-empty text value", line: node.line, key: key)
            return nil
        }
        return text
    }

    mutating func path(_ node: Node?, key: String, mustExist: Bool) -> String {
        guard let text = text(node, key: key) else { return "" }
        let resolved = resolve(text)
        if mustExist, !FileManager.default.fileExists(atPath: resolved) {
            problems.add("no such file: \(resolved)", line: node?.line, key: key, isAbsentFile: true)
        } else if mustExist, ExtractFiles.isNotRegularFile(resolved) {
            problems.add(ExtractFiles.notRegularProblem(resolved), line: node?.line, key: key)
        }
        return resolved
    }

    /// The store's path: it need not exist (the first run creates it), but its folder must, and it must
    /// not be a folder itself.
    mutating func storePath(_ node: Node?, key: String) -> String {
        let resolved = path(node, key: key, mustExist: false)
        guard !resolved.isEmpty else { return resolved }
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder) {
            if isFolder.boolValue {
                problems.add("\(resolved) is a folder; name the store's file inside it", line: node?.line, key: key)
            }
            return resolved
        }
        let folder = URL(fileURLWithPath: resolved).deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder) || !isFolder.boolValue {
            problems.add(
                "the folder \(folder) does not exist (the first run creates the store in it, not the folder)",
                line: node?.line,
                key: key
            )
        }
        return resolved
    }

    mutating func mapping(_ node: Node?, key: String, kind: ExtractKind) -> String? {
        guard let node else { return nil }
        let path = path(node, key: key, mustExist: true)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let mapping = try ColumnMapping.load(path: path)
            if mapping.kind != kind {
                problems.add(
                    "the mapping is for \(mapping.kind.rawValue) but this is a \(kind.rawValue) extract",
                    line: node.line,
                    key: key
                )
            }
        } catch {
            problems.add("invalid mapping: \(error)", line: node.line, key: key)
        }
        return path
    }

    mutating func probability(_ node: Node?, key: String) -> Double? {
        guard let node else { return nil }
        guard let value = node.float, value > 0, value < 1 else {
            problems.add("must be a probability between 0 and 1 (exclusive)", line: node.line, key: key)
            return nil
        }
        return value
    }

    mutating func positiveInteger(_ node: Node?, key: String) -> Int? {
        guard let node else { return nil }
        guard let value = node.int, value > 0 else {
            problems.add("must be a whole number above 0", line: node.line, key: key)
            return nil
        }
        return value
    }

    mutating func sources(_ node: Node?) -> [PipelineConfiguration.Source] {
        guard let node else {
            problems.add("missing: list at least one person-record or incident-location extract", key: "sources")
            return []
        }
        guard let items = node.sequence else {
            problems.add("must be a list of sources", line: node.line, key: "sources")
            return []
        }
        var sources: [PipelineConfiguration.Source] = []
        var names = Set<String>()
        for (index, item) in items.enumerated() {
            let prefix = "sources[\(index + 1)]"
            guard let fields = item.mapping else {
                problems.add("must be a mapping with name, kind, path", line: item.line, key: prefix)
                continue
            }
            for (key, _) in fields where !["name", "kind", "path", "mapping", "mode"].contains(key.string ?? "") {
                problems.add(
                    "unknown key (expected name, kind, path, mapping, mode)",
                    line: key.line,
                    key: "\(prefix).\(key.string ?? "")"
                )
            }
            let name = text(fields["name"], key: "\(prefix).name") ?? ""
            if !name.isEmpty, !names.insert(name).inserted {
                problems.add(
                    "the name '\(name)' is used twice; names must be unique",
                    line: item.line,
                    key: "\(prefix).name"
                )
            }
            var kind = ExtractKind.personRecords
            if let kindText = text(fields["kind"], key: "\(prefix).kind") {
                if let parsed = ExtractKind(rawValue: kindText), parsed != .roster {
                    kind = parsed
                } else {
                    problems.add(
                        "unknown kind '\(kindText)' (expected person_records or incident_locations)",
                        line: fields["kind"]?.line,
                        key: "\(prefix).kind"
                    )
                }
            }
            let retired = fields["mode"]?.string == PipelineConfiguration.Source.Mode.retired.rawValue
            // A retired source reads no file, so it needs no path (one left in place is not checked).
            let pattern =
                retired
                ? fields["path"]?.string.map(resolve) ?? ""
                : text(fields["path"], key: "\(prefix).path").map(resolve) ?? ""
            let files = retired || pattern.isEmpty ? [] : ExtractFiles.matching(pattern)
            if !retired, !pattern.isEmpty, files.isEmpty {
                problems.add(
                    "no file matches \(pattern)",
                    line: fields["path"]?.line,
                    key: "\(prefix).path",
                    isAbsentFile: true
                )
            }
            for file in files where ExtractFiles.isNotRegularFile(file) {
                problems.add(ExtractFiles.notRegularProblem(file), line: fields["path"]?.line, key: "\(prefix).path")
            }
            let mapping = retired ? nil : self.mapping(fields["mapping"], key: "\(prefix).mapping", kind: kind)
            var mode = PipelineConfiguration.Source.Mode.snapshot
            if let modeNode = fields["mode"] {
                if let parsed = modeNode.string.flatMap(PipelineConfiguration.Source.Mode.init(rawValue:)) {
                    mode = parsed
                } else {
                    problems.add(
                        "unknown mode '\(modeNode.string ?? "")' (expected snapshot, delta or retired)",
                        line: modeNode.line,
                        key: "\(prefix).mode"
                    )
                }
            }
            sources.append(.init(name: name, kind: kind, path: pattern, mapping: mapping, mode: mode))
        }
        return sources
    }
}

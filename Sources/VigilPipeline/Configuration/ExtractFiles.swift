import Foundation

/// Expands a source's path or glob into the files to read, in name order.
enum ExtractFiles {
    /// The files `pattern` names: itself when it has no wildcard, else the glob's matches sorted by name.
    static func matching(_ pattern: String) -> [String] {
        guard pattern.contains(where: { "*?[".contains($0) }) else {
            return FileManager.default.fileExists(atPath: pattern) ? [pattern] : []
        }
        var result = glob_t()
        defer { globfree(&result) }
        guard glob(pattern, 0, nil, &result) == 0 else { return [] }
        return (0..<Int(result.gl_pathc)).compactMap { index in
            result.gl_pathv[index].map { String(cString: $0) }
        }
        .sorted()
    }
}

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

    /// Whether `path` is something other than a regular file (a named pipe, a device such as
    /// /dev/stdin, a folder). The run reads an extract more than once (its ids first, then its rows), and
    /// a pipe gives its text only once: the second read would wait for ever or find nothing.
    static func isNotRegularFile(_ path: String) -> Bool {
        var info = stat()
        guard stat(path, &info) == 0 else { return false }
        return info.st_mode & S_IFMT != S_IFREG
    }

    /// The problem to report for a path that is not a regular file.
    static func notRegularProblem(_ path: String) -> String {
        "\(path) is not a regular file (a named pipe, a device or a folder): the run reads each extract more "
            + "than once, so copy the extract to a file and name that"
    }
}

import Foundation
import Testing

/// A fresh directory under the system temporary directory, for one test's files.
struct TemporaryDirectory: Sendable {
    let url: URL

    init(prefix: String = "vigil-cli") throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("\(prefix)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of a file in the directory.
    func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Writes UTF-8 text to a file in the directory and returns its path.
    @discardableResult
    /// Writes `name` holding only the header row of the CSV file at `source`.
    func writeHeaderOnly(_ name: String, from source: String) throws -> String {
        let header = try #require(try String(contentsOfFile: source, encoding: .utf8).split(separator: "\n").first)
        return try write(name, header + "\n")
    }

    func write(_ name: String, _ text: String) throws -> String {
        let path = path(name)
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    /// Runs `vigil` in this directory, so stray outputs such as the default rejects file land here.
    func vigil(_ arguments: String..., standardInput: String? = nil) async throws -> VigilRun {
        try await VigilProcess.run(arguments, in: url, standardInput: standardInput)
    }

    /// Runs `vigil` in this directory with an argument list.
    func vigil(arguments: [String], standardInput: String? = nil) async throws -> VigilRun {
        try await VigilProcess.run(arguments, in: url, standardInput: standardInput)
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}

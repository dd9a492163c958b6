import Foundation

/// A fresh folder under the system temporary directory that is removed, with everything in it, when the
/// last reference to it goes: a test or fixture holds one for as long as it needs its files.
public final class ScratchFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Creates `<temporary directory>/<prefix>-<UUID>`.
    public init(prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "\(prefix)-\(UUID().uuidString)",
            isDirectory: true
        )
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// The path of `name` in the folder.
    public func path(_ name: String) -> String {
        url.appendingPathComponent(name).path
    }

    /// Creates a subfolder named `name` (with a fresh UUID after it) and returns its URL.
    public func subfolder(_ name: String) throws -> URL {
        let folder = url.appendingPathComponent("\(name)-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

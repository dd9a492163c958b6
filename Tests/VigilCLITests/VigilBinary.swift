import Foundation

/// Finds the `vigil` executable that `swift build --build-tests` put beside the test bundle.
///
/// The binary sits in the same build products directory as the test bundle, so that directory is
/// derived from the running bundle first; the package root's `.build/debug/vigil` is the fallback.
enum VigilBinary {
    struct Missing: Error, CustomStringConvertible {
        let searched: [String]
        var description: String {
            "the vigil executable was not found; run 'swift build --build-tests' first. Looked for:\n  "
                + searched.joined(separator: "\n  ")
        }
    }

    /// The path of the executable, found once.
    static let path: Result<String, Missing> = locate()

    /// The executable's path, or an error naming every place searched.
    static func require() throws -> String {
        try path.get()
    }

    private static func locate() -> Result<String, Missing> {
        var seen: Set<String> = []
        let candidates = candidateDirectories()
            .map { $0.appendingPathComponent("vigil").standardizedFileURL.path }
            .filter { seen.insert($0).inserted }
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return .success(found)
        }
        return .failure(Missing(searched: candidates))
    }

    /// Build products directories that might hold the executable, most specific first.
    private static func candidateDirectories() -> [URL] {
        var directories: [URL] = []
        if let override = ProcessInfo.processInfo.environment["VIGIL_BINARY_DIR"] {
            directories.append(URL(fileURLWithPath: override, isDirectory: true))
        }
        // On macOS the test bundle is loaded into a runner; on Linux it is the running executable.
        for bundle in Bundle.allBundles where bundle.bundleURL.pathExtension == "xctest" {
            directories.append(productsDirectory(containing: bundle.bundleURL))
        }
        directories.append(productsDirectory(containing: Bundle.main.bundleURL))
        if let argument = CommandLine.arguments.first, !argument.isEmpty {
            directories.append(productsDirectory(containing: URL(fileURLWithPath: argument)))
        }
        if let root = packageRoot() {
            directories.append(root.appendingPathComponent(".build/debug", isDirectory: true))
        }
        return directories
    }

    /// The directory that holds a build product: the parent of an `.xctest` bundle or of an executable.
    private static func productsDirectory(containing url: URL) -> URL {
        var current = url.standardizedFileURL
        while current.path != "/" {
            if current.pathExtension == "xctest" { return current.deletingLastPathComponent() }
            current = current.deletingLastPathComponent()
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return url
        }
        return url.deletingLastPathComponent()
    }

    /// Walks up from this source file to the directory holding `Package.swift`.
    private static func packageRoot(from file: String = #filePath) -> URL? {
        var current = URL(fileURLWithPath: file).deletingLastPathComponent()
        while current.path != "/" {
            if FileManager.default.fileExists(atPath: current.appendingPathComponent("Package.swift").path) {
                return current
            }
            current = current.deletingLastPathComponent()
        }
        return nil
    }
}

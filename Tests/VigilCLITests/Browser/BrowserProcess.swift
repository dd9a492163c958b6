import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A long-running child process for the end-to-end test (chromedriver, `vigil demo`): started with its
/// output in files, read while it runs, and killed when the test ends.
final class BrowserProcess: Sendable {
    /// Why the browser test could not get going: says what to install or look at.
    struct Unavailable: Error, CustomStringConvertible {
        let description: String
    }

    private let process: Process
    /// Where its standard output goes.
    let outputPath: String
    /// Where its standard error goes.
    let errorPath: String

    /// Starts `executable` with `arguments`, its output in `folder`.
    init(_ executable: String, _ arguments: [String], folder: URL, name: String) throws {
        outputPath = folder.appendingPathComponent("\(name).out").path
        errorPath = folder.appendingPathComponent("\(name).err").path
        _ = FileManager.default.createFile(atPath: outputPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        process.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outputPath))
        process.standardError = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
        process.standardInput = FileHandle.nullDevice
        try process.run()
        self.process = process
    }

    /// Everything it has printed on standard output so far.
    var output: String { (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "" }

    /// Everything it has printed on standard error so far.
    var errors: String { (try? String(contentsOfFile: errorPath, encoding: .utf8)) ?? "" }

    /// Whether it is still running.
    var isRunning: Bool { process.isRunning }

    /// Waits until its output contains `text`, failing if it exits first or `seconds` pass.
    func waitForOutput(_ text: String, seconds: Double) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while !output.contains(text) {
            guard process.isRunning else {
                throw Unavailable(description: "the process exited before printing '\(text)':\n\(output)\n\(errors)")
            }
            guard Date() < deadline else {
                throw Unavailable(description: "no '\(text)' after \(Int(seconds)) s:\n\(output)\n\(errors)")
            }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    /// Waits until `url` answers at all (any HTTP status), failing after `seconds`.
    func waitForHTTP(_ url: URL, seconds: Double) async throws {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            if (try? LoopbackHTTP.send("GET", url)) != nil { return }
            guard process.isRunning, Date() < deadline else {
                throw Unavailable(description: "\(url) did not answer within \(Int(seconds)) s:\n\(errors)")
            }
            try await Task.sleep(for: .milliseconds(200))
        }
    }

    /// Stops it (SIGTERM, then SIGKILL).
    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        let deadline = Date().addingTimeInterval(5)
        while process.isRunning, Date() < deadline { usleep(50_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
    }

    /// A TCP port nobody is listening on now, from the ephemeral range.
    static func freePort() -> Int {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socket, $0, length) }
        }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socket, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }

    /// The first of `names` found executable on the PATH or as given.
    static func which(_ names: [String]) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for name in names {
            if name.hasPrefix("/") {
                if FileManager.default.isExecutableFile(atPath: name) { return name }
                continue
            }
            for folder in path.split(separator: ":")
            where FileManager.default.isExecutableFile(atPath: "\(folder)/\(name)") {
                return "\(folder)/\(name)"
            }
        }
        return nil
    }
}

import Foundation

/// What one run of the `vigil` executable did: its exit status and everything it printed.
struct VigilRun: Sendable, CustomStringConvertible {
    let arguments: [String]
    let status: Int32
    let standardOutput: Data
    let standardError: String

    var output: String { String(decoding: standardOutput, as: UTF8.self) }

    var description: String {
        "vigil \(arguments.joined(separator: " ")) exited \(status); stderr:\n\(standardError)"
    }
}

/// Runs the real `vigil` executable as a subprocess.
enum VigilProcess {
    /// Runs `vigil` with arguments in a working directory, optionally piping a file into standard input.
    ///
    /// Standard output and error go to files, so a chatty run can never fill a pipe and stall; standard
    /// input, when given, is a real pipe fed from another thread, as a shell would feed it.
    static func run(
        _ arguments: [String],
        in directory: URL,
        standardInput: String? = nil,
        executable: String? = nil
    ) async throws -> VigilRun {
        let binary = try executable ?? VigilBinary.require()
        let captures = directory.appendingPathComponent(".vigil-run-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: captures, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: captures) }
        let outURL = captures.appendingPathComponent("stdout")
        let errURL = captures.appendingPathComponent("stderr")
        try Data().write(to: outURL)
        try Data().write(to: errURL)
        let outHandle = try FileHandle(forWritingTo: outURL)
        let errHandle = try FileHandle(forWritingTo: errURL)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = outHandle
        process.standardError = errHandle
        let inputPipe = standardInput.map { _ in Pipe() }
        process.standardInput = inputPipe ?? FileHandle.nullDevice

        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            process.terminationHandler = { _ in continuation.resume() }
            do {
                try process.run()
            } catch {
                process.terminationHandler = nil
                continuation.resume(throwing: error)
                return
            }
            if let inputPipe, let standardInput {
                feed(file: standardInput, into: inputPipe)
            }
        }
        try outHandle.close()
        try errHandle.close()
        let status = process.terminationReason == .exit ? process.terminationStatus : 128 + process.terminationStatus
        return VigilRun(
            arguments: arguments,
            status: status,
            standardOutput: try Data(contentsOf: outURL),
            standardError: String(decoding: try Data(contentsOf: errURL), as: UTF8.self)
        )
    }

    /// Copies a file into the pipe's writing end on a separate thread, then closes it (end of input).
    private static func feed(file: String, into pipe: Pipe) {
        // A child that stops reading early must not kill the test process with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        let writer = pipe.fileHandleForWriting
        Thread.detachNewThread {
            if let data = FileManager.default.contents(atPath: file) {
                var offset = 0
                while offset < data.count {
                    let end = min(offset + 64 * 1024, data.count)
                    do { try writer.write(contentsOf: data[offset..<end]) } catch { break }
                    offset = end
                }
            }
            try? writer.close()
        }
    }
}

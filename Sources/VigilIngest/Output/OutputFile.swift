#if canImport(Glibc)
import Glibc

private let systemWrite = Glibc.write
private let systemClose = Glibc.close
#elseif canImport(Darwin)
import Darwin

private let systemWrite = Darwin.write
private let systemClose = Darwin.close
#endif

/// A file written through the operating system directly, so that every failure is seen and named.
///
/// Foundation's `FileManager.createFile(atPath:)` replaces what is at a path with a new regular file:
/// given `/dev/stdout`, a named pipe or a device it would swap the special file for an ordinary one
/// (and, run as root, break it for everyone). This opens what is there, as `>` in a shell does, and
/// reports a failed write, a full disk or a failed close in the system's own words ("No space left on
/// device"), so a result is never lost silently.
public struct OutputFile: ~Copyable {
    /// The path, as given, for messages.
    public let path: String
    private var descriptor: Int32

    /// How an existing file is treated.
    public enum Mode: Sendable {
        /// Emptied first (created if missing).
        case truncate
        /// Written after its end (created if missing).
        case append
    }

    /// What went wrong, in words: "cannot write out.csv: No space left on device".
    public struct Problem: Error, Sendable, CustomStringConvertible {
        /// What could not be done: "create", "write" or "finish writing".
        public let action: String
        /// The file, as given.
        public let path: String
        /// The system's words: "No space left on device".
        public let reason: String

        /// The sentence, naming the file.
        public var description: String { "cannot \(action) \(path): \(reason)" }
    }

    /// Opens `path` for writing.
    ///
    /// - Throws: ``Problem`` naming the path and the system's reason ("No such file or directory",
    ///   "Is a directory", "Permission denied").
    public init(path: String, mode: Mode = .truncate) throws {
        self.path = path
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (mode == .truncate ? O_TRUNC : O_APPEND)
        let opened = open(path, flags, 0o644)
        guard opened >= 0 else { throw Problem(action: "create", path: path, reason: Self.reason()) }
        descriptor = opened
    }

    /// Standard output, which is never closed here.
    public init(standardOutputNamed name: String = "standard output") {
        path = name
        descriptor = STDOUT_FILENO
    }

    deinit {
        if descriptor > STDERR_FILENO { _ = systemClose(descriptor) }
    }

    /// The size of the file so far (0 for a pipe or a terminal).
    public var size: Int {
        var status = stat()
        guard fstat(descriptor, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return 0 }
        return Int(status.st_size)
    }

    /// Writes every byte, retrying short writes and interruptions.
    ///
    /// - Throws: ``Problem`` naming the path and the system's reason.
    public func write(_ bytes: UnsafeRawBufferPointer) throws {
        var offset = 0
        while offset < bytes.count {
            let written = systemWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw Problem(action: "write", path: path, reason: Self.reason())
            }
            offset += written
        }
    }

    /// Writes bytes.
    public func write(_ bytes: [UInt8]) throws {
        try bytes.withUnsafeBytes { (buffer) in try write(buffer) }
    }

    /// Writes text as UTF-8.
    public func write(_ text: String) throws {
        var text = text
        try text.withUTF8 { (buffer) in try write(UnsafeRawBufferPointer(buffer)) }
    }

    /// Closes the file, reporting a failure the system only tells at close (a full disk on some file
    /// systems). Standard output is left open.
    public consuming func close() throws {
        try closeInPlace()
    }

    /// Closes the file as ``close()`` does, for a holder that cannot give the file up (one with a
    /// `deinit` of its own); later writes fail.
    mutating func closeInPlace() throws {
        let descriptor = self.descriptor
        self.descriptor = -1
        guard descriptor > STDERR_FILENO else { return }
        guard systemClose(descriptor) == 0 else {
            throw Problem(action: "finish writing", path: path, reason: Self.reason())
        }
    }

    /// The system's words for the last failed call.
    private static func reason() -> String { String(cString: strerror(errno)) }
}

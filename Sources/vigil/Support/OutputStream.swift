import VigilIngest

/// Buffered text output to standard output or a file.
///
/// Written through ``OutputFile``: a path that is a pipe or a device (`/dev/stdout`) is written into,
/// not replaced, and a failed write (a full disk) stops the command with the reason instead of losing
/// matches silently.
struct OutputStream: ~Copyable {
    private let file: OutputFile
    private var buffer: [UInt8] = []

    /// Opens a file for writing (truncating it), or standard output for `nil` or `-`.
    ///
    /// - Throws: ``OutputFile/Problem`` naming the path and the reason.
    init(path: String?) throws {
        if let path, path != "-" {
            file = try OutputFile(path: path)
        } else {
            file = OutputFile(standardOutputNamed: "standard output")
        }
        buffer.reserveCapacity(Self.flushSize + 4_096)
    }

    /// Bytes gathered before they are written.
    private static let flushSize = 1 << 20

    mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= Self.flushSize { try flush() }
    }

    /// Writes UTF-8 bytes.
    mutating func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.flushSize { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try file.write(buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    /// Writes what is left and closes the file (standard output stays open).
    consuming func finish() throws {
        try flush()
        try file.close()
    }
}

import VigilIngest

/// Buffered text output to standard output or a file.
///
/// Written through ``ReplacingOutputFile``: a file is written beside its path and put in its place only
/// by ``finish()``, so a command that fails leaves the file of its last good run as it was; a path that
/// is a pipe or a device (`/dev/stdout`) is written into, not replaced; and a failed write (a full disk)
/// stops the command with the reason instead of losing matches silently.
struct OutputStream: ~Copyable {
    private let file: ReplacingOutputFile
    private var buffer: [UInt8] = []

    /// Opens a temporary file beside `path`, or standard output for `nil` or `-`.
    ///
    /// - Throws: ``OutputFile/Problem`` naming the path and the reason.
    init(path: String?) throws {
        if let path, path != "-" {
            file = try ReplacingOutputFile(path: path)
        } else {
            file = ReplacingOutputFile(standardOutputNamed: "standard output")
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

    /// Writes what is left, closes the file and puts it in place of the path (standard output stays
    /// open). Dropped without this, the stream leaves what was at the path untouched.
    consuming func finish() throws {
        try flush()
        try file.commit()
    }
}

import Foundation
import VigilIngest

/// Buffered text output to standard output or a file.
struct OutputStream: ~Copyable {
    private let handle: FileHandle
    private var buffer = Data()
    private let closeOnFinish: Bool

    /// Opens a file for writing (truncating it), or standard output for `nil` or `-`.
    init(path: String?) throws {
        if let path, path != "-" {
            guard FileManager.default.createFile(atPath: path, contents: nil),
                let handle = FileHandle(forWritingAtPath: path)
            else { throw ModelFile.Problem(description: "\(path): cannot create the output file") }
            self.handle = handle
            closeOnFinish = true
        } else {
            handle = FileHandle.standardOutput
            closeOnFinish = false
        }
    }

    mutating func write(_ text: String) throws {
        buffer.append(contentsOf: text.utf8)
        if buffer.count >= 1 << 20 { try flush() }
    }

    /// Writes UTF-8 bytes.
    mutating func write(bytes: [UInt8]) throws {
        buffer.append(contentsOf: bytes)
        if buffer.count >= 1 << 20 { try flush() }
    }

    mutating func flush() throws {
        guard !buffer.isEmpty else { return }
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }

    consuming func finish() throws {
        try flush()
        if closeOnFinish { try handle.close() }
    }
}

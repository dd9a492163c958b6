import Crypto
import Foundation

/// SHA-256 and size of an input file, recorded with each run so a reader can tell which extract it used.
struct FileFingerprint: Sendable {
    var sha256: String
    var bytes: Int64

    /// Reads `path` in 1 MiB chunks.
    init(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw PipelineError(.missingInput, "\(path): cannot be read (missing or no permission)")
        }
        defer { try? handle.close() }
        var hasher = SHA256()
        var total: Int64 = 0
        while true {
            let chunk = try handle.read(upToCount: 1 << 20) ?? Data()
            if chunk.isEmpty { break }
            hasher.update(data: chunk)
            total += Int64(chunk.count)
        }
        sha256 = hasher.finalize().map { String(format: "%02x", $0) }.joined()
        bytes = total
    }
}

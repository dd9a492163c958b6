#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension CSVReader {
    /// The buffer raw bytes are read into before they are transcoded, sized so that the widest
    /// transcoding of a full buffer fits the chunk; `nil` for UTF-8, which is read straight in.
    static func rawChunk(for encoding: TextEncoding, chunkSize: Int) -> UnsafeMutableBufferPointer<UInt8>? {
        guard encoding != .utf8 else { return nil }
        return .allocate(capacity: max(chunkSize / TextEncoding.maximumExpansion, 1))
    }

    /// Reads up to `wanted` bytes of input at `buffer`, counting them in ``bytesRead``; `nil` at the end.
    mutating func readInput(into buffer: UnsafeMutablePointer<UInt8>, _ wanted: Int) throws -> Int? {
        while true {
            let count = read(descriptor, buffer, wanted)
            if count < 0 {
                if errno == EINTR {
                    continue
                }
                throw IngestError(.unreadable, "read failed (\(String(cString: strerror(errno))))", file: fileName)
            }
            if count == 0 {
                inputExhausted = true
                return nil
            }
            bytesRead += count
            return count
        }
    }

    /// Reads raw bytes and writes them into the chunk as UTF-8. A UTF-8 byte-order mark at the start of
    /// the input says the file is UTF-8 after all: it is dropped and the rest is copied as it is.
    mutating func refillTranscoding(_ raw: UnsafeMutableBufferPointer<UInt8>, wanted: Int) throws -> Bool {
        guard let count = try readInput(into: raw.baseAddress!, wanted) else { return false }
        var start = 0
        if atStreamStart {
            atStreamStart = false
            if count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF {
                encoding = .utf8
                start = 3
            }
        }
        let source = UnsafeBufferPointer(rebasing: raw[start..<count])
        if encoding == .utf8 {
            _ = chunk.initialize(from: source)
            chunkCount = source.count
        } else {
            chunkCount = TextEncoding.transcodeWindows1252(source, into: chunk)
        }
        return true
    }
}

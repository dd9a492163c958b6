#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A buffered RFC 4180 CSV writer over a C `FILE`, for streaming millions of rows in bounded memory.
///
/// Fields are quoted only when they contain a comma, a double quote or a line break; rows end with LF.
final class CSVWriter {
    private let path: String
    private var file: UnsafeMutablePointer<FILE>?
    private var buffer: [UInt8] = []
    private var fieldsInRow = 0
    private static let capacity = 1 << 16

    /// Opens (and truncates) a file and writes its header row.
    init(path: String, header: [String]) throws {
        self.path = path
        guard let handle = fopen(path, "wb") else {
            throw SyntheticWorldError(
                .cannotWrite,
                "cannot open \(path) for writing: \(SyntheticWorldError.systemReason)",
                path: path
            )
        }
        file = handle
        buffer.reserveCapacity(CSVWriter.capacity + 4_096)
        for name in header { write(name) }
        try endRow()
    }

    deinit {
        if let file { fclose(file) }
    }

    /// Appends one field to the current row.
    func write(_ field: String) {
        if fieldsInRow > 0 { buffer.append(UInt8(ascii: ",")) }
        fieldsInRow += 1
        var needsQuotes = false
        for byte in field.utf8 where byte == 0x2C || byte == 0x22 || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        guard needsQuotes else {
            buffer.append(contentsOf: field.utf8)
            return
        }
        buffer.append(0x22)
        for byte in field.utf8 {
            if byte == 0x22 { buffer.append(0x22) }
            buffer.append(byte)
        }
        buffer.append(0x22)
    }

    /// Ends the current row, flushing the buffer when it is full.
    func endRow() throws {
        buffer.append(0x0A)
        fieldsInRow = 0
        if buffer.count >= CSVWriter.capacity { try flush() }
    }

    /// Writes out everything buffered and closes the file.
    func close() throws {
        try flush()
        if let file {
            self.file = nil
            guard fclose(file) == 0 else {
                throw SyntheticWorldError(
                    .cannotWrite,
                    "cannot finish writing \(path): \(SyntheticWorldError.systemReason)",
                    path: path
                )
            }
        }
    }

    private func flush() throws {
        guard let file, !buffer.isEmpty else { return }
        let written = buffer.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        guard written == buffer.count else {
            throw SyntheticWorldError(
                .cannotWrite,
                "cannot write \(path): \(SyntheticWorldError.systemReason)",
                path: path
            )
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

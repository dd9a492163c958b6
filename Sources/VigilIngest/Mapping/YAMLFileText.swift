/// The text of a YAML file a person writes (a column mapping, `vigil.yaml`), checked to be UTF-8
/// before it is parsed.
///
/// Editors on Windows save such files with a byte-order mark, in Windows-1252 or in UTF-16. Decoded
/// blindly, the first was refused by the YAML parser ("did not find expected <document start>"), the
/// second turned "Réf" into "R�f" and the error then blamed the extract's header, and the third was
/// refused for control characters. A UTF-8 mark is dropped; the others are named so a person can save
/// the file again.
///
/// ```swift
/// let text = try YAMLFileText.decode(Array(data))
/// ```
public enum YAMLFileText {
    /// Why a file's bytes are not UTF-8 text.
    public enum Problem: Error, Sendable, Hashable {
        /// A UTF-16 byte-order mark, or zero bytes, which UTF-16 writes in every ASCII character.
        case utf16
        /// The first byte that is not part of a UTF-8 character is on this 1-based line.
        case invalidUTF8(line: Int)

        /// What is wrong and what to do, for a file described as `what` ("the mapping").
        public func message(savingAs what: String) -> String {
            switch self {
            case .utf16: "the file is UTF-16; save \(what) as UTF-8"
            case .invalidUTF8(let line): "line \(line) is not valid UTF-8; save \(what) as UTF-8"
            }
        }

        /// The line at fault, when one is.
        public var line: Int? {
            if case .invalidUTF8(let line) = self { return line }
            return nil
        }
    }

    /// The file's text, without a leading UTF-8 byte-order mark.
    ///
    /// - Throws: ``Problem`` when the bytes are UTF-16 or not valid UTF-8.
    public static func decode(_ bytes: [UInt8]) throws(Problem) -> String {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.contains(0) {
            throw .utf16
        }
        let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
        var line = 1
        var iterator = body.makeIterator()
        var decoder = UTF8()
        decoding: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
            case .emptyInput:
                break decoding
            case .error:
                throw .invalidUTF8(line: line)
            }
        }
        return String(decoding: body, as: UTF8.self)
    }
}

import Foundation

/// Folds free text to uppercase ASCII bytes, the form every normaliser works on.
///
/// Letters lose their diacritics (É→E, Ø→O, ß→SS, Ł→L, Æ→AE), digits and ASCII punctuation pass through,
/// typographic apostrophes become `'`, dashes become `-`, and anything else (other scripts, symbols,
/// Unicode spaces) becomes a space. Plain ASCII, the common case, never leaves the fast path.
enum TextFolding {
    /// The folded bytes of `text`.
    static func fold(_ text: String) -> [UInt8] {
        if let ascii = text.utf8.withContiguousStorageIfAvailable(foldASCII), let ascii { return ascii }
        return foldScalars(text)
    }

    /// The folded bytes of UTF-8 text given as bytes.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        foldASCII(bytes) ?? foldScalars(String(decoding: bytes, as: UTF8.self))
    }

    /// Folds text scalar by scalar: the path for text that is not all ASCII.
    private static func foldScalars(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            appendFolded(scalar, to: &output)
        }
        return output
    }

    /// The folded bytes of ASCII text, written straight into the array; `nil` when a byte is not ASCII.
    private static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var isASCII = true
        let output = [UInt8](unsafeUninitializedCapacity: bytes.count) { buffer, count in
            for index in 0..<bytes.count {
                let byte = bytes[index]
                guard byte < 0x80 else {
                    isASCII = false
                    break
                }
                buffer[index] = upper(byte)
                count = index + 1
            }
        }
        return isASCII ? output : nil
    }

    /// Folds ASCII bytes into `output` (at least as long as `bytes`); `false`, with `output` part
    /// written, when a byte is not ASCII.
    static func foldASCII(_ bytes: UnsafeBufferPointer<UInt8>, into output: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        precondition(output.count >= bytes.count, "the output must hold every byte")
        for index in 0..<bytes.count {
            let byte = bytes[index]
            guard byte < 0x80 else { return false }
            output[index] = upper(byte)
        }
        return true
    }

    /// Uppercases one ASCII byte.
    @inline(__always)
    static func upper(_ byte: UInt8) -> UInt8 {
        byte >= 0x61 && byte <= 0x7A ? byte - 0x20 : byte
    }

    @inline(__always)
    static func isLetter(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }

    @inline(__always)
    static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// Whether a byte is ASCII whitespace (space, tab, newline, carriage return, form feed, vertical tab).
    @inline(__always)
    static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) }

    /// Folded text with runs of whitespace collapsed to one space and the ends trimmed, as a `String`.
    static func collapsed(_ text: String) -> String {
        var output: [UInt8] = []
        let bytes = fold(text)
        output.reserveCapacity(bytes.count)
        for byte in bytes {
            if isSpace(byte) {
                if let last = output.last, last != 0x20 { output.append(0x20) }
            } else {
                output.append(byte)
            }
        }
        if output.last == 0x20 { output.removeLast() }
        return String(decoding: output, as: UTF8.self)
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        let value = scalar.value
        switch value {
        case 0..<0x80:
            output.append(upper(UInt8(value)))
        case 0xC0...0x17F:
            if let folded = latinTable[Int(value - 0xC0)] {
                output.append(contentsOf: folded.utf8)
            } else {
                output.append(0x20)
            }
        case 0xB4, 0x2018, 0x2019, 0x201B, 0x2032, 0x02BC, 0x02B9, 0x02BB:
            output.append(UInt8(ascii: "'"))
        case 0x2010...0x2015, 0x2212, 0xAD:
            output.append(UInt8(ascii: "-"))
        case 0x1E9E:
            output.append(contentsOf: "SS".utf8)
        default:
            appendDecomposed(scalar, to: &output)
        }
    }

    /// The rare path: canonical decomposition keeps the base letter of any accented Latin letter.
    private static func appendDecomposed(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .format:
            return  // combining accents of decomposed text and zero-width characters belong to their letter
        default:
            break
        }
        var appended = false
        if scalar.properties.isAlphabetic {
            let decomposed = String(Character(scalar)).decomposedStringWithCanonicalMapping
            for byte in decomposed.utf8 where byte < 0x80 {
                output.append(upper(byte))
                appended = true
            }
        }
        if !appended { output.append(0x20) }
    }

    /// Uppercase ASCII for U+00C0...U+017F (Latin-1 letters and Latin Extended-A); `nil` for × and ÷.
    private static let latinTable: [String?] = {
        var table: [String?] = []
        let latin1: [String?] = [
            "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
            "D", "N", "O", "O", "O", "O", "O", nil, "O", "U", "U", "U", "U", "Y", "TH", "SS",
            "A", "A", "A", "A", "A", "A", "AE", "C", "E", "E", "E", "E", "I", "I", "I", "I",
            "D", "N", "O", "O", "O", "O", "O", nil, "O", "U", "U", "U", "U", "Y", "TH", "Y",
        ]
        table.append(contentsOf: latin1)
        let extendedA: [(String, Int)] = [
            ("A", 6), ("C", 8), ("D", 4), ("E", 10), ("G", 8), ("H", 4), ("I", 10), ("IJ", 2), ("J", 2),
            ("K", 3), ("L", 10), ("N", 9), ("O", 6), ("OE", 2), ("R", 6), ("S", 8), ("T", 6), ("U", 12),
            ("W", 2), ("Y", 3), ("Z", 6), ("S", 1),
        ]
        for (letters, count) in extendedA {
            table.append(contentsOf: repeatElement(Optional(letters), count: count))
        }
        precondition(table.count == 0x180 - 0xC0, "Latin fold table must cover U+00C0...U+017F")
        return table
    }()
}

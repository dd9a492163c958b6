/// The character encoding an extract is written in.
///
/// Vigil works in UTF-8. Many extracts from SQL Server, Oracle and Excel on Windows are written in
/// Windows-1252 instead ("Zoë", "Seán" and "£" as one byte each), which is not valid UTF-8: every
/// row holding such a name would be rejected. A mapping that says `encoding: windows-1252` has the
/// reader turn each byte into its UTF-8 character as it reads. A UTF-8 byte-order mark at the start
/// of the file wins over the mapping: the file says it is UTF-8.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
    /// UTF-8 (ASCII included), the default.
    case utf8 = "utf-8"
    /// Windows-1252 (a superset of ISO 8859-1's printable characters), read as the WHATWG Encoding
    /// Standard reads it: bytes 0x80–0x9F are its punctuation (€, ‘, ’, “, ”, –, —, ...), and the five
    /// it leaves undefined stand for the control characters of the same number.
    case windows1252 = "windows-1252"

    /// The encoding a mapping names: `utf-8`, `windows-1252`, or their common aliases (`utf8`, `cp1252`,
    /// `latin-1`, `iso-8859-1`, ...), in any case; `nil` for another name.
    public init?(mappingName: String) {
        switch String(mappingName.lowercased().map { $0 == "_" ? "-" : $0 }) {
        case "utf-8", "utf8": self = .utf8
        case "windows-1252", "cp1252", "cp-1252", "latin-1", "latin1", "iso-8859-1", "iso8859-1": self = .windows1252
        default: return nil
        }
    }

    /// Unicode scalars of Windows-1252's bytes 0x80–0x9F.
    private static let high: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// The most UTF-8 bytes one Windows-1252 byte becomes.
    static let maximumExpansion = 3

    /// Writes `source`, Windows-1252, into `target` as UTF-8 and returns the bytes written; `target`
    /// must hold ``maximumExpansion`` bytes for each of `source`'s.
    static func transcodeWindows1252(
        _ source: UnsafeBufferPointer<UInt8>,
        into target: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        precondition(target.count >= source.count * maximumExpansion, "room for the widest characters")
        var written = 0
        for byte in source {
            if byte < 0x80 {
                target[written] = byte
                written += 1
                continue
            }
            let scalar = byte < 0xA0 ? UInt32(high[Int(byte) - 0x80]) : UInt32(byte)
            if scalar < 0x800 {
                target[written] = UInt8(0xC0 | (scalar >> 6))
                target[written + 1] = UInt8(0x80 | (scalar & 0x3F))
                written += 2
            } else {
                target[written] = UInt8(0xE0 | (scalar >> 12))
                target[written + 1] = UInt8(0x80 | ((scalar >> 6) & 0x3F))
                target[written + 2] = UInt8(0x80 | (scalar & 0x3F))
                written += 3
            }
        }
        return written
    }
}

import VigilCore

/// Cheap checks on raw field text for the data-quality profiler, which runs on every row of every extract.
///
/// They work on UTF-8 bytes and build at most one small string per field, so profiling adds little to
/// reading: the checks that need the linkage engine's full normalisers (names, postcodes) use those.
enum QualityText {
    /// The longest text that can be a placeholder ("NOT KNOWN FEMALE", "ADDRESS NOT GIVEN" are about 17).
    static let placeholderLengthLimit = 32

    /// Whether the text is empty or only spaces and tabs.
    static func isBlank(_ raw: String) -> Bool {
        raw.utf8.allSatisfy { $0 == 0x20 || $0 == 0x09 }
    }

    /// Whether the text holds a digit; no placeholder word does, and almost every real address does.
    static func containsDigit(_ raw: String) -> Bool {
        raw.utf8.contains { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
    }

    /// Text uppercased with apostrophes and dots dropped and other punctuation as single spaces, the form
    /// ``PlaceholderValues`` expects ("n/k" → "N K", "N.K." → "NK", "12, High St." → "12 HIGH ST").
    static func key(_ raw: String) -> String {
        let count = raw.utf8.count
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(count, 1)) { buffer in
            var length = 0
            var pendingSpace = false
            for byte in raw.utf8 {
                switch byte {
                case UInt8(ascii: "'"), UInt8(ascii: "."), UInt8(ascii: "`"):
                    continue
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                    UInt8(ascii: "0")...UInt8(ascii: "9"), 0x80...:
                    if pendingSpace {
                        buffer[length] = 0x20
                        length += 1
                        pendingSpace = false
                    }
                    buffer[length] = byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 0x20 : byte
                    length += 1
                default:
                    pendingSpace = length > 0
                }
            }
            return String(decoding: UnsafeBufferPointer(rebasing: buffer[..<length]), as: UTF8.self)
        }
    }

    /// Whether a text field ("N/A", "not known", "-") is a placeholder.
    static func isPlaceholderText(_ raw: String) -> Bool {
        raw.utf8.count <= placeholderLengthLimit && !containsDigit(raw)
            && PlaceholderValues.isPlaceholderText(key(raw))
    }

    /// Whether an address line or town ("NFA", "No fixed abode", "unknown") is a placeholder; pass its
    /// ``key(_:)`` when already made.
    static func isPlaceholderAddress(_ raw: String, key known: String? = nil) -> Bool {
        raw.utf8.count <= placeholderLengthLimit && !containsDigit(raw)
            && PlaceholderValues.isPlaceholderAddress(known ?? key(raw))
    }
}

import VigilCore

/// FNV-1a over a record's fields, fed one field at a time, for ``RecordFingerprint``.
///
/// Each field is followed by a unit separator (0x1F), so moving text between fields changes the hash.
/// Dates are hashed as their `YYYY-MM-DD` text without building a `String`: five million records
/// otherwise spend seconds formatting dates just to hash them. The bytes hashed, and so the values, are
/// the same as hashing `[String]`s of the fields, which keeps stored fingerprints valid.
struct FingerprintHasher {
    private var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The fingerprint of everything fed so far.
    var fingerprint: Int64 { Int64(bitPattern: value) }

    mutating func add(_ field: String) {
        let hashed: Void? = field.utf8.withContiguousStorageIfAvailable { bytes in
            for byte in bytes { mix(byte) }
        }
        if hashed == nil {
            for byte in field.utf8 { mix(byte) }
        }
        mix(0x1F)
    }

    mutating func add(_ date: CalendarDate?) {
        if let date {
            if let text = CalendarDate.StoreText(date) {
                text.withBytes { bytes in
                    for byte in bytes { mix(byte) }
                }
            } else {
                for byte in date.description.utf8 { mix(byte) }
            }
        }
        mix(0x1F)
    }

    @inline(__always)
    private mutating func mix(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }
}

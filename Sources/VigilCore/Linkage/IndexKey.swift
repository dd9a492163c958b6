/// A blocking key of the in-memory roster index (``BlockingIndex``): the same parts as a
/// ``BlockingKey``, mixed a word at a time instead of a byte at a time.
///
/// A record makes twenty or so keys and each ``BlockingKey`` part costs eight dependent multiplications;
/// here a part costs one. These keys live only as long as the index, which is built afresh from the
/// roster by every run, so they need not equal the keys stored with records (`StoredBlockingKeys`).
/// As with any 64-bit hash, two different keys can collide; that only adds a candidate to score.
struct IndexKey {
    private(set) var value: UInt64

    init(_ rule: BlockingRules) {
        value = UInt64(truncatingIfNeeded: rule.rawValue) &* 0x9E37_79B9_7F4A_7C15
    }

    /// Mixes in a value already hashed (a name code, a postcode, a street).
    @inline(__always)
    mutating func mix(hash: UInt64) {
        value = (value ^ hash) &* 0xBF58_476D_1CE4_E5B9
        value ^= value >> 31
    }

    @inline(__always)
    mutating func mix(_ number: Int) {
        mix(hash: UInt64(bitPattern: Int64(number)))
    }

    @inline(__always)
    mutating func mix(_ byte: UInt8) {
        mix(hash: UInt64(byte))
    }

    @inline(__always)
    static func make(_ rule: BlockingRules, _ build: (inout IndexKey) -> Void) -> UInt64 {
        var key = IndexKey(rule)
        build(&key)
        return key.value
    }
}

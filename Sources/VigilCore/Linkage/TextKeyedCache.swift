import Foundation

/// A bounded cache from text to a value, for the per-record look-ups of names, towns and postcodes.
///
/// The same few hundred thousand values recur across millions of records, and each record looks up
/// several of them. A `Dictionary` hashes every key with a seeded SipHash; this table hashes the key's
/// bytes once with FNV-1a, walks open-addressed slots, and compares the bytes only when the hashes agree.
/// Keys are UTF-8 bytes, so a field still in a CSV row's buffer is looked up without becoming a `String`;
/// the keys kept live together in one buffer. Like the extractor's other caches it starts afresh when
/// full, and it never keeps a text longer than ``longestKey`` bytes (a field can be a megabyte), so its
/// memory stays bounded.
struct TextKeyedCache<Value: Sendable>: Sendable {
    /// Where an entry's key lies in `keyBytes`.
    private struct KeyRange {
        var start: Int32
        var end: Int32
    }

    /// Per slot: 0 when empty, else the high half of the entry's hash over one more than its index. A
    /// look-up reads the slot and then the key's place: the hash's half in the slot rules out almost
    /// every other key without reading anything else, since each read here is usually a cache miss that
    /// the next one waits for.
    private var slots: [UInt64]
    /// Each entry's hash, for placing the entries again when the slots grow.
    private var hashes: [UInt64] = []
    private var keyBytes: [UInt8] = []
    private var keyRanges: [KeyRange] = []
    private var values: [Value] = []
    private var mask: Int
    /// How many entries are kept before the cache starts afresh.
    let limit: Int
    /// The longest text kept, in UTF-8 bytes; a longer one is looked up in vain and never kept.
    static var longestKey: Int { 128 }

    init(limit: Int) {
        precondition(limit <= Int(Int32.max) / Self.longestKey, "the keys must fit 32-bit offsets")
        self.limit = limit
        slots = [UInt64](repeating: 0, count: 1_024)
        mask = 1_023
    }

    /// How many entries the cache holds.
    var count: Int { values.count }

    /// The value kept for the text with these UTF-8 bytes, whose FNV-1a hash is `hash`
    /// (`BlockingKey.hash(bytes:)`), if any.
    @inline(__always)
    func value(forBytes key: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Value? {
        var slot = Self.start(hash, mask: mask)
        let tag = Self.tag(of: hash)
        return keyBytes.withUnsafeBufferPointer { kept in
            while true {
                let held = slots[slot]
                if held == 0 { return nil }
                if held & Self.tagMask == tag {
                    let entry = Int(truncatingIfNeeded: held & ~Self.tagMask) - 1
                    let range = keyRanges[entry]
                    if Int(range.end - range.start) == key.count,
                        key.isEmpty || memcmp(kept.baseAddress! + Int(range.start), key.baseAddress!, key.count) == 0
                    {
                        return values[entry]
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Keeps `value` for the text with these bytes (not already kept), starting afresh first when the
    /// cache is full; a text longer than ``longestKey`` bytes is not kept.
    mutating func insert(_ value: Value, forBytes key: UnsafeBufferPointer<UInt8>, hash: UInt64) {
        guard key.count <= Self.longestKey else { return }
        if values.count >= limit {
            hashes.removeAll(keepingCapacity: true)
            keyBytes.removeAll(keepingCapacity: true)
            keyRanges.removeAll(keepingCapacity: true)
            values.removeAll(keepingCapacity: true)
            for index in slots.indices { slots[index] = 0 }
        } else if (values.count + 1) * 2 > slots.count {
            grow()
        }
        hashes.append(hash)
        let start = Int32(keyBytes.count)
        keyBytes.append(contentsOf: key)
        keyRanges.append(KeyRange(start: start, end: Int32(keyBytes.count)))
        values.append(value)
        place(entry: values.count - 1, hash: hash)
    }

    private mutating func grow() {
        slots = [UInt64](repeating: 0, count: slots.count * 2)
        mask = slots.count - 1
        for (entry, hash) in hashes.enumerated() { place(entry: entry, hash: hash) }
    }

    private mutating func place(entry: Int, hash: UInt64) {
        var slot = Self.start(hash, mask: mask)
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Self.tag(of: hash) | UInt64(entry + 1)
    }

    /// The high half of a slot: the hash's high half.
    private static var tagMask: UInt64 { 0xFFFF_FFFF_0000_0000 }

    @inline(__always)
    private static func tag(of hash: UInt64) -> UInt64 { hash & tagMask }

    @inline(__always)
    private static func start(_ hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}

/// The fingerprints of the ids accepted so far in one extract, for the duplicate-id check.
///
/// Every row of an extract is checked, millions a file. A `Set<UInt64>` would hash each fingerprint
/// again with its seeded SipHash; these are hashes already (``IDFingerprints/fingerprint(_:)``), so this
/// open-addressed table only remixes their bits to pick a slot. It holds a fingerprint in 8 bytes and
/// grows at three quarters full, like `Set`, so it takes no more memory than the set it replaces.
struct IDFingerprints: Sendable {
    /// 0 marks an empty slot; the fingerprint 0 itself is kept in `holdsZero`.
    private var slots: [UInt64]
    private var mask: Int
    private var holdsZero = false
    /// How many fingerprints are held.
    private(set) var count = 0

    /// A table with room for `minimumCapacity` fingerprints before it first grows.
    init(minimumCapacity: Int = 0) {
        var capacity = 16
        while capacity * 3 < minimumCapacity * 4 { capacity <<= 1 }
        slots = [UInt64](repeating: 0, count: capacity)
        mask = capacity - 1
    }

    /// A 64-bit FNV-1a hash of an id's UTF-8 bytes; two ids collide with odds near 1 in 10^12 per pair
    /// set of a few million. (Not a member of the generic `ExtractReader`: called there, it looked up the
    /// reader's generic metadata for every row.)
    static func fingerprint(_ id: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in id {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Carries on `previous` (an id's fingerprint) over a zero byte, then `bytes` with ASCII letters
    /// lowercased: an id's fingerprint within a part of the file (a person record's source).
    static func fingerprint(lowercased bytes: UnsafeBufferPointer<UInt8>, after previous: UInt64) -> UInt64 {
        var hash = previous &* 0x0000_0100_0000_01b3
        for byte in bytes {
            let folded = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
            hash = (hash ^ UInt64(folded)) &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// Whether `fingerprint` is held.
    func contains(_ fingerprint: UInt64) -> Bool {
        guard fingerprint != 0 else { return holdsZero }
        return slots.withUnsafeBufferPointer { slots in
            var slot = Self.start(of: fingerprint, mask: mask)
            while true {
                let found = slots[slot]
                if found == fingerprint { return true }
                if found == 0 { return false }
                slot = (slot + 1) & mask
            }
        }
    }

    /// Adds `fingerprint`; `false` when it was held already.
    @discardableResult
    mutating func insert(_ fingerprint: UInt64) -> Bool {
        guard fingerprint != 0 else {
            defer { holdsZero = true }
            if holdsZero { return false }
            count += 1
            return true
        }
        if (count + 1) * 4 > slots.count * 3 { grow() }
        let inserted = Self.place(fingerprint, in: &slots, mask: mask)
        if inserted { count += 1 }
        return inserted
    }

    private mutating func grow() {
        let old = slots
        slots = [UInt64](repeating: 0, count: old.count * 2)
        mask = slots.count - 1
        for fingerprint in old where fingerprint != 0 { Self.place(fingerprint, in: &slots, mask: mask) }
    }

    /// Puts a fingerprint (not 0) in its slot; `false` when it was there already.
    @discardableResult
    private static func place(_ fingerprint: UInt64, in slots: inout [UInt64], mask: Int) -> Bool {
        slots.withUnsafeMutableBufferPointer { slots in
            var slot = start(of: fingerprint, mask: mask)
            while true {
                let found = slots[slot]
                if found == fingerprint { return false }
                if found == 0 {
                    slots[slot] = fingerprint
                    return true
                }
                slot = (slot + 1) & mask
            }
        }
    }

    /// The slot a fingerprint starts from: its bits remixed, since FNV's low bits alone cluster.
    @inline(__always)
    private static func start(of fingerprint: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((fingerprint ^ (fingerprint >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}

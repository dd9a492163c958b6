/// How often each text occurs, counted in an open-addressed table keyed by the text's FNV-1a hash.
///
/// Training counts the raw forenames, surname and postcode of every sampled record before normalising
/// each distinct value once. A `[String: Int]` hashes every text with a freshly seeded SipHash, which
/// was most of that count's cost; FNV-1a over a short name's bytes is a few instructions a byte, and
/// texts are compared only when their hashes agree. The counts are the same either way.
struct TextTally: Sendable {
    /// A distinct text, its hash and how often it occurred.
    struct Entry: Sendable {
        let hash: UInt64
        let text: String
        var count: Int
    }

    /// The distinct texts, in the order first met.
    private(set) var entries: [Entry] = []
    /// Each slot holds an index into `entries`, or -1 when empty.
    private var slots: [Int32]
    private var mask: Int

    init(minimumCapacity: Int = 1_024) {
        var capacity = 16
        while capacity < minimumCapacity * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// How many distinct texts were counted.
    var count: Int { entries.count }

    /// Counts `text` `count` more times.
    mutating func add(_ text: String, count: Int = 1) {
        add(text, hash: BlockingKey.hash(text), count: count)
    }

    /// Counts the text spelled by `bytes` once more; the text is made only the first time it is met.
    mutating func add(bytes: UnsafeBufferPointer<UInt8>) {
        let hash = BlockingKey.hash(bytes: bytes)
        var slot = Self.start(of: hash, mask: mask)
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if entries[index].hash == hash && entries[index].text.utf8.elementsEqual(bytes) {
                entries[index].count += 1
                return
            }
            slot = (slot + 1) & mask
        }
        insert(Entry(hash: hash, text: String(decoding: bytes, as: UTF8.self), count: 1), at: slot)
    }

    /// Adds another tally's counts to this one.
    mutating func merge(_ other: TextTally) {
        for entry in other.entries { add(entry.text, hash: entry.hash, count: entry.count) }
    }

    private mutating func add(_ text: String, hash: UInt64, count: Int) {
        var slot = Self.start(of: hash, mask: mask)
        while true {
            let index = Int(slots[slot])
            if index < 0 { break }
            if entries[index].hash == hash && entries[index].text == text {
                entries[index].count += count
                return
            }
            slot = (slot + 1) & mask
        }
        insert(Entry(hash: hash, text: text, count: count), at: slot)
    }

    /// Adds a text not yet counted, in the empty slot its probe reached.
    private mutating func insert(_ entry: Entry, at slot: Int) {
        slots[slot] = Int32(entries.count)
        entries.append(entry)
        if entries.count * 2 > slots.count { grow() }
    }

    /// Doubles the slots and places every entry again (the entries themselves do not move).
    private mutating func grow() {
        slots = [Int32](repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (index, entry) in entries.enumerated() {
            var slot = Self.start(of: entry.hash, mask: mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// The slot a hash starts from: its bits remixed, since FNV's low bits alone cluster.
    @inline(__always)
    private static func start(of hash: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: ((hash ^ (hash >> 29)) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}

/// A read-only map from blocking-key hashes to roster positions, laid out flat for the probe loop.
///
/// Built once from the roster; every person record probes it a dozen times or more, so a probe is one
/// open-addressing slot walk over a contiguous array and the positions of a block are one contiguous
/// slice: no dictionary buckets, no per-block arrays, nothing reference-counted.
struct BlockTable: Sendable {
    /// One open-addressing slot: a key and its block, in 16 bytes so that a probe touches one cache line.
    private struct Slot {
        var key: UInt64 = 0
        /// The block's only position when `count` is 1, else where its positions start in `positions`.
        var first: Int32 = 0
        /// How many positions the block has; 0 marks an empty slot.
        var count: Int32 = 0
    }

    private let slots: [Slot]
    /// The positions of blocks with more than one, block after block.
    private let positions: [Int32]
    private let mask: Int

    /// Builds the table from (key, position) entries; a position appears once per key however often it
    /// was entered.
    init(entries: [(key: UInt64, position: Int32)]) {
        let sorted = entries.sorted { ($0.key, $0.position) < ($1.key, $1.position) }
        var blocks: [(key: UInt64, start: Int, count: Int)] = []
        var grouped: [Int32] = []
        grouped.reserveCapacity(sorted.count)
        for entry in sorted {
            if let last = blocks.last, last.key == entry.key {
                guard grouped.last != entry.position else { continue }
                blocks[blocks.count - 1].count += 1
            } else {
                blocks.append((entry.key, grouped.count, 1))
            }
            grouped.append(entry.position)
        }
        var capacity = 16
        while capacity * 3 < blocks.count * 4 { capacity <<= 1 }
        var slots = [Slot](repeating: Slot(), count: capacity)
        var positions: [Int32] = []
        let mask = capacity - 1
        for block in blocks {
            var slot = Self.slot(of: block.key, mask: mask)
            while slots[slot].count != 0 { slot = (slot + 1) & mask }
            if block.count == 1 {
                slots[slot] = Slot(key: block.key, first: grouped[block.start], count: 1)
            } else {
                slots[slot] = Slot(key: block.key, first: Int32(positions.count), count: Int32(block.count))
                positions.append(contentsOf: grouped[block.start..<(block.start + block.count)])
            }
        }
        self.slots = slots
        self.positions = positions
        self.mask = mask
    }

    /// Calls `body` with each roster position in `key`'s block, if there is one.
    @inline(__always)
    func forEachPosition(of key: UInt64, _ body: (Int32) -> Void) {
        slots.withUnsafeBufferPointer { slots in
            var index = Self.slot(of: key, mask: mask)
            while true {
                let slot = slots[index]
                if slot.count == 0 { return }
                if slot.key == key {
                    visit(slot, body)
                    return
                }
                index = (index + 1) & mask
            }
        }
    }

    /// Calls `body` with each roster position in the blocks of all `keys`, block by block in key order.
    ///
    /// The first slot of every key is read before any block is walked: the reads do not depend on one
    /// another, so the processor overlaps their cache misses instead of waiting for each in turn (a
    /// roster's table is megabytes, and nearly every probe misses the cache).
    @inline(__always)
    func forEachPosition(ofKeys keys: UnsafeMutableBufferPointer<UInt64>, count: Int, _ body: (Int32) -> Void) {
        withUnsafeTemporaryAllocation(of: Slot.self, capacity: count) { first in
            slots.withUnsafeBufferPointer { slots in
                for index in 0..<count {
                    first.initializeElement(at: index, to: slots[Self.slot(of: keys[index], mask: mask)])
                }
                for index in 0..<count {
                    let key = keys[index]
                    var slot = first[index]
                    var position = Self.slot(of: key, mask: mask)
                    while slot.count != 0 && slot.key != key {
                        position = (position + 1) & mask
                        slot = slots[position]
                    }
                    guard slot.count != 0 else { continue }
                    visit(slot, body)
                }
            }
            _ = first.deinitialize()
        }
    }

    @inline(__always)
    private func visit(_ slot: Slot, _ body: (Int32) -> Void) {
        if slot.count == 1 {
            body(slot.first)
        } else {
            positions.withUnsafeBufferPointer { positions in
                let start = Int(slot.first)
                for offset in start..<(start + Int(slot.count)) { body(positions[offset]) }
            }
        }
    }

    /// The slot a key starts from: the hash's bits remixed, since FNV's low bits alone cluster.
    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        var mixed = key ^ (key >> 31)
        mixed &*= 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: mixed >> 32) & mask
    }
}

extension Array where Element == Int32 {
    /// Appends a roster position unless it is already there (candidate lists are short).
    @inline(__always)
    mutating func appendCandidate(_ position: Int32) {
        for existing in self where existing == position { return }
        append(position)
    }
}

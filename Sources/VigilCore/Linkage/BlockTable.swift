/// A read-only map from blocking-key hashes to roster positions, laid out flat for the probe loop.
///
/// Built once from the roster; every person record probes it a dozen times or more, so a probe is one
/// open-addressing slot walk over a contiguous array and the positions of a block are one contiguous
/// slice: no dictionary buckets, no per-block arrays, nothing reference-counted.
///
/// Most probes are for keys no employee has. Beside the slots (16 bytes each, megabytes for a large
/// roster) a one-byte tag per slot, a fingerprint of its key, lets such a probe walk the tags alone: a
/// sixteenth of the memory, small enough to stay in the processor's cache. A slot is read only when its
/// tag agrees, which for an absent key happens once in 128 occupied slots passed.
struct BlockTable: Sendable {
    /// One open-addressing slot: a key and its block.
    private struct Slot {
        var key: UInt64 = 0
        /// The block's only position when `count` is 1, else where its positions start in `positions`.
        var first: Int32 = 0
        /// How many positions the block has.
        var count: Int32 = 0
    }

    private let slots: [Slot]
    /// Each slot's tag: 0 when empty, else `tag(of:)` of its key (always 128 or more).
    private let tags: [UInt8]
    /// The positions of blocks with more than one, block after block.
    private let positions: [Int32]
    private let mask: Int

    /// Builds the table from (key, position) entries; a position appears once per key however often it
    /// was entered.
    init(entries: [(key: UInt64, position: Int32)]) {
        let sorted = Self.sortedByKey(entries)
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
        var tags = [UInt8](repeating: 0, count: capacity)
        var positions: [Int32] = []
        let mask = capacity - 1
        for block in blocks {
            var slot = Self.slot(of: block.key, mask: mask)
            while tags[slot] != 0 { slot = (slot + 1) & mask }
            tags[slot] = Self.tag(of: block.key)
            if block.count == 1 {
                slots[slot] = Slot(key: block.key, first: grouped[block.start], count: 1)
            } else {
                slots[slot] = Slot(key: block.key, first: Int32(positions.count), count: Int32(block.count))
                positions.append(contentsOf: grouped[block.start..<(block.start + block.count)])
            }
        }
        self.slots = slots
        self.tags = tags
        self.positions = positions
        self.mask = mask
    }

    /// The entries ordered by key and then position.
    ///
    /// A least-significant-digit radix sort by key, a byte a pass, which keeps entries with one key in
    /// the order given: the indexes make their entries in ascending position, so that order is already
    /// by position (entries given in another order are first sorted by position). A roster of 15,000
    /// makes a quarter of a million entries, which a comparison sort took longer to order than to make.
    static func sortedByKey(_ entries: [(key: UInt64, position: Int32)]) -> [(key: UInt64, position: Int32)] {
        let inPositionOrder = zip(entries, entries.dropFirst()).allSatisfy { $0.position <= $1.position }
        var source = inPositionOrder ? entries : entries.sorted { $0.position < $1.position }
        var target = source
        var starts = [Int](repeating: 0, count: 256)
        for shift in stride(from: UInt64(0), to: 64, by: 8) {
            source.withUnsafeBufferPointer { source in
                target.withUnsafeMutableBufferPointer { target in
                    starts.withUnsafeMutableBufferPointer { starts in
                        starts.update(repeating: 0)
                        for entry in source { starts[Int(truncatingIfNeeded: entry.key >> shift) & 0xFF] += 1 }
                        var total = 0
                        for digit in 0..<256 {
                            let count = starts[digit]
                            starts[digit] = total
                            total += count
                        }
                        for entry in source {
                            let digit = Int(truncatingIfNeeded: entry.key >> shift) & 0xFF
                            target[starts[digit]] = entry
                            starts[digit] += 1
                        }
                    }
                }
            }
            swap(&source, &target)
        }
        return source
    }

    /// Calls `body` with each roster position in `key`'s block, if there is one.
    @inline(__always)
    func forEachPosition(of key: UInt64, _ body: (Int32) -> Void) {
        tags.withUnsafeBufferPointer { tags in
            slots.withUnsafeBufferPointer { slots in
                visit(key, from: firstAgreeing(key, from: nil, tags: tags), tags: tags, slots: slots, body)
            }
        }
    }

    /// Calls `body` with each roster position in the blocks of all `keys`, block by block in key order.
    ///
    /// The tags of every key are walked first, then the slots whose tag agrees are read, then the first
    /// position of each block found, and only then are the blocks visited: each step's reads do not
    /// depend on one another, so the processor overlaps their cache misses instead of waiting for each
    /// in turn.
    @inline(__always)
    func forEachPosition(ofKeys keys: UnsafeMutableBufferPointer<UInt64>, count: Int, _ body: (Int32) -> Void) {
        withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { agreeing in
            tags.withUnsafeBufferPointer { tags in
                slots.withUnsafeBufferPointer { slots in
                    for index in 0..<count {
                        agreeing.initializeElement(at: index, to: firstAgreeing(keys[index], from: nil, tags: tags))
                    }
                    // Each key's slot is found before any block is visited: the slots' loads do not wait
                    // on one another, nor on the work `body` does.
                    for index in 0..<count {
                        agreeing[index] = matchingSlot(keys[index], from: agreeing[index], tags: tags, slots: slots)
                    }
                    positions.withUnsafeBufferPointer { positions in
                        // Likewise each found block's first position is read before any block is visited.
                        withUnsafeTemporaryAllocation(of: Int32.self, capacity: count) { firsts in
                            for index in 0..<count {
                                let found = agreeing[index]
                                let slot = found >= 0 ? slots[found] : Slot()
                                firsts.initializeElement(
                                    at: index,
                                    to: slot.count > 1 ? positions[Int(slot.first)] : slot.first
                                )
                            }
                            for index in 0..<count where agreeing[index] >= 0 {
                                let slot = slots[agreeing[index]]
                                body(firsts[index])
                                let start = Int(slot.first)
                                for offset in (start + 1)..<(start + max(Int(slot.count), 1)) {
                                    body(positions[offset])
                                }
                            }
                        }
                    }
                }
            }
            _ = agreeing.deinitialize()
        }
    }

    /// The first slot after `previous` (or from the key's own slot) whose tag agrees with `key`'s; -1 when
    /// an empty slot comes first, so the key is absent.
    @inline(__always)
    private func firstAgreeing(_ key: UInt64, from previous: Int?, tags: UnsafeBufferPointer<UInt8>) -> Int {
        let tag = Self.tag(of: key)
        var index = previous.map { ($0 + 1) & mask } ?? Self.slot(of: key, mask: mask)
        while true {
            let found = tags[index]
            if found == 0 { return -1 }
            if found == tag { return index }
            index = (index + 1) & mask
        }
    }

    /// Visits `key`'s block: from a slot whose tag agrees with the key's (-1: none), on past any other
    /// key that shares its tag.
    /// The slot holding `key`, looked for from the first slot whose tag agrees (`agreeing`); -1 if none.
    @inline(__always)
    private func matchingSlot(
        _ key: UInt64,
        from agreeing: Int,
        tags: UnsafeBufferPointer<UInt8>,
        slots: UnsafeBufferPointer<Slot>
    ) -> Int {
        var position = agreeing
        while position >= 0 {
            if slots[position].key == key { return position }
            position = firstAgreeing(key, from: position, tags: tags)
        }
        return -1
    }

    @inline(__always)
    private func visit(
        _ key: UInt64,
        from agreeing: Int,
        tags: UnsafeBufferPointer<UInt8>,
        slots: UnsafeBufferPointer<Slot>,
        _ body: (Int32) -> Void
    ) {
        let found = matchingSlot(key, from: agreeing, tags: tags, slots: slots)
        if found >= 0 { visit(slots[found], body) }
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

    /// The key's hash bits remixed, since FNV's low bits alone cluster.
    @inline(__always)
    private static func mixed(_ key: UInt64) -> UInt64 {
        (key ^ (key >> 31)) &* 0x9E37_79B9_7F4A_7C15
    }

    /// The slot a key starts from: high bits of the remix.
    @inline(__always)
    private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: mixed(key) >> 32) & mask
    }

    /// The key's one-byte fingerprint: seven low bits of the remix, with the top bit set so it is never 0.
    @inline(__always)
    private static func tag(of key: UInt64) -> UInt8 {
        UInt8(truncatingIfNeeded: mixed(key)) | 0x80
    }
}

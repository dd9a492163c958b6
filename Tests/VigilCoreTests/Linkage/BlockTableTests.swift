import Testing

@testable import VigilCore

@Suite struct BlockTableTests {
    /// Keys from a fixed generator: blocks of one to three positions, and keys no block has.
    private static let present: [UInt64] = {
        var random = SplitMix64(seed: 7)
        return (0..<6_000).map { _ in random.next() }
    }()
    private static let absent: [UInt64] = {
        var random = SplitMix64(seed: 8)
        return (0..<6_000).map { _ in random.next() }
    }()

    private static func expected(_ index: Int) -> [Int32] {
        (0...(index % 3)).map { Int32(index * 4 + $0) }
    }

    private static let table: BlockTable = {
        var entries: [(key: UInt64, position: Int32)] = []
        for (index, key) in present.enumerated() {
            for position in expected(index) { entries.append((key, position)) }
            entries.append((key, expected(index)[0]))  // entered twice, kept once
        }
        return BlockTable(entries: entries)
    }()

    @Test("each key finds exactly its block, one key at a time, among thousands sharing 128 tags")
    func oneKeyAtATime() {
        var wrong = 0
        for (index, key) in Self.present.enumerated() {
            var found: [Int32] = []
            Self.table.forEachPosition(of: key) { found.append($0) }
            if found != Self.expected(index) { wrong += 1 }
        }
        #expect(wrong == 0)
        var strays = 0
        for key in Self.absent { Self.table.forEachPosition(of: key) { _ in strays += 1 } }
        #expect(strays == 0)
    }

    @Test("keys probed together find the same blocks, in key order")
    func keysTogether() {
        var keys = Array(Self.present.prefix(20)) + Array(Self.absent.prefix(20))
        keys.swapAt(3, 25)
        var found: [Int32] = []
        keys.withUnsafeMutableBufferPointer { buffer in
            Self.table.forEachPosition(ofKeys: buffer, count: buffer.count) { found.append($0) }
        }
        let expected = keys.flatMap { key -> [Int32] in
            guard let index = Self.present.firstIndex(of: key) else { return [] }
            return Self.expected(index)
        }
        #expect(found == expected)
        #expect(found.count == (0..<20).map { $0 % 3 + 1 }.reduce(0, +))
    }
}

@Suite struct BlockTableSortTests {
    @Test("entries come out ordered by key and then position, as a comparison sort orders them, whatever their order")
    func radixOrderMatchesComparisonOrder() {
        var random = SplitMix64(seed: 21)
        // Few distinct keys (so many share one), keys differing only in their top byte, and the extremes.
        let keys: [UInt64] = (0..<300).map { _ in random.next() } + (0..<8).map { UInt64($0) << 56 } + [0, .max]
        var entries: [(key: UInt64, position: Int32)] = []
        for position in 0..<5_000 {
            for _ in 0..<Int(random.next() % 4) {
                entries.append((key: keys[Int(random.next() % UInt64(keys.count))], position: Int32(position)))
            }
        }
        let expected = entries.sorted { ($0.key, $0.position) < ($1.key, $1.position) }
        // As the indexes make them (ascending position), and in any other order.
        var shuffled = entries
        shuffled.shuffle(using: &random)
        for given in [entries, shuffled] {
            let sorted = BlockTable.sortedByKey(given)
            #expect(sorted.count == expected.count)
            #expect(sorted.map(\.key) == expected.map(\.key))
            #expect(sorted.map(\.position) == expected.map(\.position))
        }
        #expect(BlockTable.sortedByKey([]).isEmpty)
    }
}

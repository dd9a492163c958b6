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

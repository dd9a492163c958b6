import Testing

@testable import VigilCore

@Suite("Text tally")
struct TextTallyTests {
    /// Names drawn with heavy repeats, as in an extract: a few common values and a long tail.
    private static func names(seed: UInt64, count: Int) -> [String] {
        var random = SplitMix64(seed: seed)
        let common = ["SINGH", "KAUR", "KHAN", "", "MUHAMMAD", "SMITH", "Ó BRIAIN", "B1 1AA"]
        return (0..<count).map { _ in
            let draw = random.next()
            return draw % 3 == 0 ? "NAME\(draw % 5_000)" : common[Int(draw % UInt64(common.count))]
        }
    }

    @Test("counts every text as a dictionary would, through growth, and keeps first-met order")
    func countsLikeADictionary() {
        let values = Self.names(seed: 3, count: 20_000)
        var tally = TextTally(minimumCapacity: 4)
        var expected: [String: Int] = [:]
        for value in values {
            tally.add(value)
            expected[value, default: 0] += 1
        }
        #expect(tally.count == expected.count)
        #expect(Dictionary(uniqueKeysWithValues: tally.entries.map { ($0.text, $0.count) }) == expected)
        var firstMet: [String] = []
        var seen: Set<String> = []
        for value in values where seen.insert(value).inserted { firstMet.append(value) }
        #expect(tally.entries.map(\.text) == firstMet)
    }

    @Test("merging two tallies adds their counts, and a count can be added at once")
    func merges() {
        let first = Self.names(seed: 5, count: 3_000)
        let second = Self.names(seed: 6, count: 3_000)
        var left = TextTally()
        var right = TextTally()
        var whole = TextTally()
        for value in first { left.add(value) }
        for value in second { right.add(value) }
        for value in first + second { whole.add(value) }
        left.merge(right)
        left.add("SINGH", count: 10)
        whole.add("SINGH", count: 10)
        let counts = { (tally: TextTally) in Dictionary(uniqueKeysWithValues: tally.entries.map { ($0.text, $0.count) })
        }
        #expect(counts(left) == counts(whole))
        #expect(counts(left)["SINGH", default: 0] > 10)
    }
}

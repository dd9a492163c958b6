import Testing

@testable import VigilCore

@Suite struct CandidateGatheringTests {
    /// What gathering must give: each position once, in the order first met.
    private static func firstMet(_ positions: [Int32], after existing: [Int32] = []) -> [Int32] {
        var seen = Set(existing)
        var result = existing
        for position in positions where seen.insert(position).inserted { result.append(position) }
        return result
    }

    private static func gather(_ positions: [Int32], into existing: [Int32] = []) -> [Int32] {
        var candidates = existing
        withUnsafeTemporaryAllocation(of: Int32.self, capacity: CandidateGathering.capacity) { slots in
            var gathering = CandidateGathering(slots: slots)
            for position in positions { gathering.add(position, to: &candidates) }
        }
        return candidates
    }

    /// Positions with repeats: `distinct` people, each met one to four times, in a shuffled order.
    private static func repeating(distinct: Int, seed: UInt64) -> [Int32] {
        var random = SplitMix64(seed: seed)
        var positions: [Int32] = []
        for person in 0..<distinct {
            let position = Int32(truncatingIfNeeded: random.next() % 50_000) + Int32(person % 3)
            for _ in 0...(random.next() % 4) { positions.append(position) }
        }
        for index in positions.indices.reversed() {
            positions.swapAt(index, Int(random.next() % UInt64(index + 1)))
        }
        return positions
    }

    @Test(
        "each position once, in the order first met, below the scan limit, in the set, and past the set's room",
        arguments: [3, CandidateGathering.scanLimit - 1, CandidateGathering.scanLimit, 40, 127, 128, 129, 400, 2_000]
    )
    func keepsFirstMetOrder(distinct: Int) {
        let positions = Self.repeating(distinct: distinct, seed: UInt64(distinct))
        #expect(Self.gather(positions) == Self.firstMet(positions))
    }

    @Test("positions already in the list are not added again, whether or not the set takes over")
    func respectsExistingCandidates() {
        for existingCount in [0, 5, CandidateGathering.scanLimit - 2, 30] {
            let existing = (0..<existingCount).map { Int32($0 * 7) }
            let positions = Self.repeating(distinct: 300, seed: 11) + existing.reversed()
            #expect(Self.gather(positions, into: existing) == Self.firstMet(positions, after: existing))
        }
    }

    @Test("positions that share the set's slots are told apart")
    func collidingPositions() {
        // Two hundred positions whose hash is the same 8 bits: one long run of probes in the set.
        var colliding: [Int32] = []
        var position: Int32 = 0
        while colliding.count < 200 {
            if (UInt32(bitPattern: position) &* 0x9E37_79B1) >> 24 == 5 { colliding.append(position) }
            position += 1
        }
        let positions = colliding + colliding.reversed() + colliding
        #expect(Self.gather(positions) == Self.firstMet(positions))
    }
}

import Testing

@testable import VigilCore

@Suite("Training space")
struct TrainingSpaceTests {
    @Test("random pairs come back grouped by record, records in order, each pair kept exactly once")
    func pairsInRecordOrder() {
        var random = SplitMix64(seed: 7)
        let records = 37
        let drawn = (0..<5_000).map { _ in (random.next() % UInt64(records)) << 32 | random.next() % 1_000 }
        let ordered = TrainingSpace<Int, Int>.inRecordOrder(drawn, records: records)
        #expect(ordered.count == drawn.count)
        #expect(zip(ordered, ordered.dropFirst()).allSatisfy { $0 >> 32 <= $1 >> 32 })
        #expect(ordered.sorted() == drawn.sorted())
        // Within a record, pairs keep the order they were drawn in.
        let firstRecord = drawn.filter { $0 >> 32 == 0 }
        #expect(Array(ordered.prefix(firstRecord.count)) == firstRecord)
        #expect(TrainingSpace<Int, Int>.inRecordOrder([], records: records).isEmpty)
    }
}

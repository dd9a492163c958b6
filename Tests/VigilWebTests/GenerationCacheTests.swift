import Testing

@testable import VigilWeb

@Suite struct GenerationCacheTests {
    @Test("a value is computed once per generation and again when the generation moves")
    func recomputesOnNewGeneration() {
        let cache = GenerationCache<String, Int>(capacity: 4)
        var computed = 0
        func value(_ key: String, at generation: Int64) -> Int {
            cache.value(for: key, at: generation) {
                computed += 1
                return computed
            }
        }
        #expect(value("queue", at: 1) == 1)
        #expect(value("queue", at: 1) == 1)
        #expect(value("teams", at: 1) == 2)
        #expect(value("queue", at: 2) == 3)
        #expect(value("teams", at: 2) == 4)
        #expect(computed == 4)
    }

    @Test("a value from an older snapshot is returned but neither kept nor served to newer readers")
    func olderSnapshotNotKept() {
        let cache = GenerationCache<String, String>(capacity: 4)
        #expect(cache.value(for: "queue", at: 5) { "at 5" } == "at 5")
        #expect(cache.value(for: "queue", at: 4) { "at 4" } == "at 4")
        #expect(cache.value(for: "queue", at: 5) { "again" } == "at 5")
        #expect(cache.value(for: "queue", at: 4) { "at 4 again" } == "at 4 again")
    }

    @Test("a full cache starts again rather than growing")
    func bounded() {
        let cache = GenerationCache<Int, Int>(capacity: 3)
        for key in 0..<10 { _ = cache.value(for: key, at: 1) { key } }
        #expect(cache.count <= 3)
        #expect(cache.value(for: 9, at: 1) { -1 } == 9)
    }
}

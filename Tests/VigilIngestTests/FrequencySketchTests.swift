import Testing

@testable import VigilIngest

/// A deterministic shuffle, so the skewed stream arrives in a mixed but repeatable order.
private func shuffled<T>(_ values: [T], seed: UInt64) -> [T] {
    var state = seed
    var result = values
    for index in stride(from: result.count - 1, to: 0, by: -1) {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        let other = Int((state >> 33) % UInt64(index + 1))
        result.swapAt(index, other)
    }
    return result
}

@Suite struct FrequencySketchTests {
    @Test("the top values of a skewed stream come out in order, their counts within the error bounds")
    func skewedStream() {
        // Zipf-like: value i occurs 20,000 / (i + 1) times; 2,000 values, far more than the 200 counters.
        var truth: [String: Int] = [:]
        var stream: [String] = []
        for rank in 0..<2_000 {
            let name = "V\(rank)"
            let count = max(1, 20_000 / (rank + 1))
            truth[name] = count
            stream += Array(repeating: name, count: count)
        }
        var sketch = FrequencySketch<String>(capacity: 200)
        for value in shuffled(stream, seed: 42) {
            sketch.add(value)
        }
        let top = sketch.top(10)
        #expect(top.map(\.value) == (0..<10).map { "V\($0)" })
        for entry in top {
            let actual = truth[entry.value] ?? -1
            #expect(entry.count - entry.error <= actual && actual <= entry.count)
        }
        #expect(sketch.total == stream.count)
    }

    @Test("the sketch never holds more counters than its capacity, however many values arrive")
    func boundedCounters() {
        var sketch = FrequencySketch<String>(capacity: 64)
        for index in 0..<50_000 {
            sketch.add("NAME\(index % 20_000)")
            if index == 63 { #expect(sketch.counterCount == 64) }
        }
        #expect(sketch.counterCount == 64)
        #expect(sketch.capacity == 64)
        #expect(sketch.total == 50_000)
        #expect(sketch.top(1_000).count == 64)
    }

    @Test("a value that keeps its counter from the start is counted exactly, ties in value order")
    func exactBelowCapacity() {
        var sketch = FrequencySketch<String>(capacity: 8)
        for value in ["SMITH", "JONES", "SMITH", "AHMED", "JONES", "SMITH"] {
            sketch.add(value)
        }
        sketch.add("PATEL", occurrences: 2)
        let top = sketch.top(3)
        #expect(top.map(\.value) == ["SMITH", "JONES", "PATEL"])
        #expect(top.map(\.count) == [3, 2, 2])
        #expect(top.allSatisfy { $0.error == 0 })
        #expect(sketch.count(of: "AHMED") == 1)
        #expect(sketch.count(of: "LEE") == nil)
    }

    @Test("a new value that evicts the smallest counter inherits its count as error")
    func evictionError() {
        var sketch = FrequencySketch<String>(capacity: 2)
        sketch.add("A", occurrences: 5)
        sketch.add("B", occurrences: 2)
        sketch.add("C")
        let entries = sketch.top(2)
        #expect(entries.map(\.value) == ["A", "C"])
        #expect(entries[1].count == 3 && entries[1].error == 2)
        #expect(sketch.count(of: "B") == nil)
    }
}

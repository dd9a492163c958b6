/// Approximate counts of the most frequent values in a stream, in a fixed number of counters
/// (the Space-Saving algorithm of Metwally, Agrawal and El Abbadi).
///
/// Counting every surname of five million records exactly would hold every distinct surname in
/// memory. The sketch keeps at most ``capacity`` counters: a value not yet counted, when all counters
/// are taken, replaces the value with the smallest count and inherits that count as its possible
/// overcount (``Entry/error``). Any value seen more than `total / capacity` times is guaranteed to
/// hold a counter, and every count is within its error of the truth, so a few thousand counters
/// find the top ten names of any realistic extract exactly.
///
/// ```swift
/// var surnames = FrequencySketch<String>(capacity: 4_096)
/// surnames.add("SMITH")
/// surnames.top(10)  // [Entry(value: "SMITH", count: 1, error: 0)]
/// ```
public struct FrequencySketch<Value: Hashable & Comparable & Sendable>: Sendable {
    /// One counted value.
    public struct Entry: Hashable, Sendable {
        /// The value.
        public var value: Value
        /// Its count, never below the true count.
        public var count: Int
        /// How much of ``count`` may belong to the values it replaced; `count - error` is a lower bound.
        public var error: Int
    }

    /// The most counters the sketch holds.
    public let capacity: Int
    /// Values added, repeats included.
    public private(set) var total = 0

    private var values: [Value] = []
    private var counts: [Int] = []
    private var errors: [Int] = []
    /// Counter slots ordered as a binary min-heap on count, so the smallest is found in O(1).
    private var heap: [Int] = []
    /// Each slot's position in ``heap``.
    private var heapPosition: [Int] = []
    private var slotOfValue: [Value: Int] = [:]

    /// Creates an empty sketch with room for `capacity` counters.
    public init(capacity: Int) {
        precondition(capacity > 0, "a frequency sketch needs at least one counter")
        self.capacity = capacity
    }

    /// The counters in use, never more than ``capacity``.
    public var counterCount: Int { values.count }

    /// Counts `value` once (or `occurrences` times).
    public mutating func add(_ value: Value, occurrences: Int = 1) {
        precondition(occurrences > 0, "occurrences must be positive")
        total += occurrences
        if let slot = slotOfValue[value] {
            counts[slot] += occurrences
            siftDown(heapPosition[slot])
        } else if values.count < capacity {
            let slot = values.count
            values.append(value)
            counts.append(occurrences)
            errors.append(0)
            heap.append(slot)
            heapPosition.append(slot)
            slotOfValue[value] = slot
            siftUp(slot)
        } else {
            let slot = heap[0]
            slotOfValue[values[slot]] = nil
            slotOfValue[value] = slot
            values[slot] = value
            errors[slot] = counts[slot]
            counts[slot] += occurrences
            siftDown(0)
        }
    }

    /// The `limit` values with the highest counts, highest first; ties in value order, so the result
    /// does not depend on the order values arrived in.
    public func top(_ limit: Int) -> [Entry] {
        let slots = values.indices.sorted { lhs, rhs in
            counts[lhs] != counts[rhs] ? counts[lhs] > counts[rhs] : values[lhs] < values[rhs]
        }
        return slots.prefix(max(0, limit)).map { Entry(value: values[$0], count: counts[$0], error: errors[$0]) }
    }

    /// The count of `value`, or `nil` when it holds no counter.
    public func count(of value: Value) -> Int? {
        slotOfValue[value].map { counts[$0] }
    }

    private mutating func siftUp(_ start: Int) {
        var position = start
        while position > 0 {
            let parent = (position - 1) / 2
            guard counts[heap[position]] < counts[heap[parent]] else { return }
            swapHeap(position, parent)
            position = parent
        }
    }

    private mutating func siftDown(_ start: Int) {
        var position = start
        while true {
            let left = 2 * position + 1
            guard left < heap.count else { return }
            let right = left + 1
            var smallest = left
            if right < heap.count && counts[heap[right]] < counts[heap[left]] { smallest = right }
            guard counts[heap[smallest]] < counts[heap[position]] else { return }
            swapHeap(position, smallest)
            position = smallest
        }
    }

    private mutating func swapHeap(_ first: Int, _ second: Int) {
        heap.swapAt(first, second)
        heapPosition[heap[first]] = first
        heapPosition[heap[second]] = second
    }
}

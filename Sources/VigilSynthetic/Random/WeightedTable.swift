/// A table of items with relative weights, sampled by binary search over cumulative weights.
///
/// Name and category frequencies are Zipf-like by hand-written weight, so that common values (Singh,
/// Khan, Smith, Muhammad) dominate as they do in West-Midlands records and term frequency matters.
struct WeightedTable<Item: Sendable>: Sendable {
    let items: [Item]
    private let cumulative: [Double]

    /// Builds a table from `(item, weight)` pairs; weights must be positive.
    init(_ pairs: [(Item, Double)]) {
        precondition(!pairs.isEmpty, "a weighted table needs at least one item")
        var running = 0.0
        var sums: [Double] = []
        sums.reserveCapacity(pairs.count)
        for pair in pairs {
            precondition(pair.1 > 0, "weights must be positive")
            running += pair.1
            sums.append(running)
        }
        items = pairs.map(\.0)
        cumulative = sums
    }

    /// Draws one item in proportion to its weight.
    func sample(_ random: inout SeededGenerator) -> Item {
        let target = random.unit() * cumulative[cumulative.count - 1]
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] > target { high = mid } else { low = mid + 1 }
        }
        return items[low]
    }
}

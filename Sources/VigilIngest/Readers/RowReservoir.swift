import VigilCore

/// A reservoir sample of CSV rows: each row read has the same chance of being in it at the end.
///
/// Rows are kept as their bytes (the ``CSVBatch`` they came in), not as records, so rows that are later
/// replaced cost their bytes and nothing more. A batch most of whose rows are chosen is kept as it is;
/// otherwise only its chosen rows are copied out. Once the rows held pass one and a half times the
/// sample, the kept batches that are mostly replaced rows are rebuilt without them, so memory stays
/// within about one and a half times the sample's bytes however long the extract is. Early in a long
/// extract nearly every row is chosen, so most batches are never copied at all.
struct RowReservoir {
    private struct Slot {
        var store: Int32
        var row: Int32
    }

    let limit: Int
    private var generator: SplitMix64
    private var slots: [Slot] = []
    private var stores: [CSVBatch] = []
    private var storedRows = 0
    private(set) var offered = 0

    /// Rows held beyond which the kept batches are rebuilt: half again the sample plus `slack` rows
    /// (saturating, for a limit as large as `Int.max`).
    private let compactAbove: Int

    init(limit: Int, seed: UInt64, slack: Int = 10_000) {
        self.limit = limit
        let extra = limit / 2 + slack
        compactAbove = limit > Int.max - extra ? Int.max : limit + extra
        generator = SplitMix64(seed: seed ^ 0x5EED)
        slots.reserveCapacity(min(limit, 1 << 20))
    }

    /// Offers every accepted row of a batch to the sample.
    mutating func offer(_ batch: CSVBatch) {
        var chosen: [Int] = []
        var targets: [Int] = []
        var appended = 0
        for row in 0..<batch.rowCount {
            offered += 1
            if slots.count + appended < limit {
                chosen.append(row)
                targets.append(-1)
                appended += 1
            } else {
                let slot = Int(generator.next() % UInt64(offered))
                if slot < limit {
                    chosen.append(row)
                    targets.append(slot)
                }
            }
        }
        guard !chosen.isEmpty else { return }
        let store = Int32(stores.count)
        let whole = 2 * chosen.count >= batch.rowCount
        if whole {
            var kept = batch
            kept.rejects = []
            stores.append(kept)
            storedRows += batch.rowCount
        } else {
            stores.append(batch.keeping(rows: chosen))
            storedRows += chosen.count
        }
        for (kept, target) in targets.enumerated() {
            let slot = Slot(store: store, row: Int32(whole ? chosen[kept] : kept))
            if target < 0 { slots.append(slot) } else { slots[target] = slot }
        }
        if storedRows > compactAbove { compact() }
    }

    /// How many rows the kept batches hold, sampled or not.
    var rowsHeld: Int { storedRows }
    /// How many times the kept batches were rebuilt.
    private(set) var compactions = 0

    /// The sampled rows, each as its batch and row, in the order they were read.
    func rowsInFileOrder() -> [(CSVBatch, Int)] {
        var rows: [(CSVBatch, Int)] = []
        rows.reserveCapacity(slots.count)
        for (store, positions) in holders().enumerated() {
            for (row, position) in positions.enumerated() where position >= 0 { rows.append((stores[store], row)) }
        }
        return rows
    }

    /// For each kept batch, which position of the sample holds each of its rows (-1: replaced since).
    private func holders() -> [[Int32]] {
        var holders = stores.map { [Int32](repeating: -1, count: $0.rowCount) }
        for (position, slot) in slots.enumerated() { holders[Int(slot.store)][Int(slot.row)] = Int32(position) }
        return holders
    }

    /// Drops the kept batches with no rows left in the sample and rebuilds those that are mostly
    /// replaced rows (no sorting: one pass over the rows held).
    ///
    /// A batch stays as it is while at least two thirds of its rows are in the sample, so afterwards the
    /// rows held are at most one and a half times the sample: compaction never has to run again at once.
    private mutating func compact() {
        var rebuilt: [CSVBatch] = []
        var held = 0
        for (store, positions) in holders().enumerated() {
            let rows = positions.indices.filter { positions[$0] >= 0 }
            guard !rows.isEmpty else { continue }
            let index = Int32(rebuilt.count)
            if 2 * positions.count <= 3 * rows.count {
                rebuilt.append(stores[store])
                held += positions.count
                for row in rows { slots[Int(positions[row])] = Slot(store: index, row: Int32(row)) }
            } else {
                rebuilt.append(stores[store].keeping(rows: rows))
                held += rows.count
                for (kept, row) in rows.enumerated() {
                    slots[Int(positions[row])] = Slot(store: index, row: Int32(kept))
                }
            }
        }
        stores = rebuilt
        storedRows = held
        compactions += 1
    }

    /// Moves the held rows' line numbers on by `lines` (see `CSVBatch.shiftLines`).
    mutating func shiftLines(by lines: Int) {
        for index in stores.indices { stores[index].shiftLines(by: lines) }
    }

    /// Keeps `count` of the held rows, chosen uniformly at random.
    private mutating func keepRandom(_ count: Int, using generator: inout SplitMix64) {
        precondition(count <= slots.count, "cannot keep more rows than are held")
        for index in 0..<count {
            let other = index + Int(generator.next() % UInt64(slots.count - index))
            slots.swapAt(index, other)
        }
        slots.removeSubrange(count...)
        // The rows let go may be most of their batches: keep only what the rest need.
        compact()
    }

    /// The rows of one uniform random sample of both parts of a file, in file order: `first` sampled the
    /// rows before `second`'s, each with its own generator; the sample has room for `first`'s limit.
    ///
    /// How many rows come from each part is drawn as a draw without replacement from both parts' rows
    /// would fall; each part's share is then a uniform choice among the rows its reservoir holds (itself
    /// a uniform sample of that part), so the union is a uniform sample of the whole file. `second` may
    /// have a smaller limit, to hold less: nil, and `first` untouched, if the draw wants more of its rows
    /// than it holds. Otherwise both reservoirs keep only the chosen rows (their other batches are let go).
    static func rowsInFileOrder(
        merging first: inout RowReservoir,
        _ second: inout RowReservoir,
        seed: UInt64
    ) -> [(CSVBatch, Int)]? {
        let total = min(first.limit, first.offered + second.offered)
        var generator = SplitMix64(seed: seed ^ 0x3E26_5EED)
        var left = (first.offered, second.offered)
        var fromFirst = 0
        for _ in 0..<total {
            if Int(generator.next() % UInt64(left.0 + left.1)) < left.0 {
                fromFirst += 1
                left.0 -= 1
            } else {
                left.1 -= 1
            }
        }
        guard total - fromFirst <= second.slots.count else { return nil }
        first.keepRandom(fromFirst, using: &generator)
        second.keepRandom(total - fromFirst, using: &generator)
        return first.rowsInFileOrder() + second.rowsInFileOrder()
    }
}

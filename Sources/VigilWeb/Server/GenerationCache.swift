import Synchronization

/// Values computed from the store, kept until the store's generation (``VigilStore/StoreGeneration``)
/// moves on.
///
/// A value is found only under the exact generation it was computed at; the first request after a run,
/// a decision or an assignment sees a new generation, empties the cache and computes afresh. Compute
/// the value in the same read transaction as the generation, so the two describe one snapshot.
///
/// ```swift
/// let teams = try cache.value(for: 0, at: generation.published) { try AlertQueue.teams(in: db) }
/// ```
final class GenerationCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private struct State {
        var generation: Int64 = .min
        var values: [Key: Value] = [:]
    }

    private let state = Mutex(State())
    /// The most values kept at once; when full, the cache starts again empty.
    let capacity: Int

    /// A cache of at most `capacity` values.
    init(capacity: Int) {
        precondition(capacity > 0, "a cache holds at least one value")
        self.capacity = capacity
    }

    /// The value for `key` at `generation`, computed with `compute` (and kept) when it is not known.
    ///
    /// A value computed from an older snapshot than the newest one seen is returned but not kept.
    func value(for key: Key, at generation: Int64, compute: () throws -> Value) rethrows -> Value {
        let known = state.withLock { state in state.generation == generation ? state.values[key] : nil }
        if let known { return known }
        let value = try compute()
        state.withLock { state in
            if generation > state.generation { state = State(generation: generation) }
            guard generation == state.generation else { return }
            if state.values.count >= capacity { state.values.removeAll(keepingCapacity: true) }
            state.values[key] = value
        }
        return value
    }

    /// How many values are kept (for tests).
    var count: Int { state.withLock { $0.values.count } }
}

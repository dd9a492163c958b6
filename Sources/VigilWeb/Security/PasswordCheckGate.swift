import Foundation
import Synchronization

/// Lets only a few password checks run at once, with a short queue behind them, and turns the rest away.
///
/// bcrypt at cost 12 takes about a quarter of a second of a core. Without a limit, a flood of sign-ins
/// (with made-up names, each checked against the decoy hash) queued every real sign-in behind it on
/// NIO's thread pool: 64 clients made one take 8–25 seconds. With the gate the flood gets "too many
/// sign-ins at once" (503) once the queue is full, and a real sign-in waits at most for the queue.
final class PasswordCheckGate: Sendable {
    private struct State {
        var running = 0
        var waiting: [CheckedContinuation<Bool, Never>] = []
    }

    /// Checks that may run at once.
    let limit: Int
    /// Checks that may wait for a free place.
    let queueLimit: Int
    private let state = Mutex(State())

    /// A gate for `limit` checks at once (at least one) and `queueLimit` waiting.
    init(limit: Int, queueLimit: Int) {
        self.limit = max(1, limit)
        self.queueLimit = max(0, queueLimit)
    }

    /// Runs `check` once a place is free; `nil` without running it when the queue is full.
    func run<T: Sendable>(_ check: () async throws -> T) async rethrows -> T? {
        guard await enter() else { return nil }
        defer { leave() }
        return try await check()
    }

    /// How many checks run or wait now (for tests).
    var occupancy: (running: Int, waiting: Int) {
        state.withLock { ($0.running, $0.waiting.count) }
    }

    /// Takes a place, waits in the queue for one, or answers `false` when the queue is full.
    private func enter() async -> Bool {
        await withCheckedContinuation { (continuation: CheckedContinuation<Bool, Never>) in
            let answer: Bool? = state.withLock { state in
                if state.running < limit {
                    state.running += 1
                    return true
                }
                guard state.waiting.count < queueLimit else { return false }
                state.waiting.append(continuation)
                return nil
            }
            if let answer { continuation.resume(returning: answer) }
        }
    }

    /// Hands the place to the first in the queue, or frees it.
    private func leave() {
        let next: CheckedContinuation<Bool, Never>? = state.withLock { state in
            if state.waiting.isEmpty {
                state.running -= 1
                return nil
            }
            return state.waiting.removeFirst()
        }
        next?.resume(returning: true)
    }
}

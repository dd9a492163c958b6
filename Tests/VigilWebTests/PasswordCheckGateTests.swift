import Foundation
import Testing

@testable import VigilWeb

@Suite struct PasswordCheckGateTests {
    @Test("the gate runs its limit at once, queues a few, and turns the rest away")
    func limits() async throws {
        let gate = PasswordCheckGate(limit: 1, queueLimit: 1)
        let (held, release) = AsyncStream<Void>.makeStream()
        let first = Task { await gate.run { for await _ in held {} } }
        while gate.occupancy.running == 0 { await Task.yield() }
        let second = Task { await gate.run { 2 } }
        while gate.occupancy.waiting == 0 { await Task.yield() }
        #expect(await gate.run { 3 } == nil)
        release.finish()
        #expect(await first.value != nil)
        #expect(await second.value == 2)
        #expect(gate.occupancy.running == 0)
        #expect(gate.occupancy.waiting == 0)
    }
}

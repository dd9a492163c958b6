import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// Parallel sign-ins cannot guess more passwords than the throttle allows, and a flood is turned away
/// before it queues every real sign-in behind it.
@Suite struct SignInBurstTests {
    /// A policy that never slows attempts down (so only the lockout limits a burst) and lets every
    /// attempt through the gate.
    private static var burstPolicy: LoginPolicy {
        var policy = LoginPolicy()
        policy.freeAttempts = 1_000
        policy.lockAfter = 10
        policy.concurrentPasswordChecks = 200
        policy.queuedPasswordChecks = 200
        return policy
    }

    /// Sends one sign-in per password at once, each from its own anonymous session.
    private func burst(
        _ passwords: [String],
        client: any TestClientProtocol,
        world: TestWorld
    ) async throws
        -> [TestResponse]
    {
        var browsers: [Browser] = []
        for _ in passwords {
            let browser = Browser(client, world: world)
            try await browser.get("/login")
            browsers.append(browser)
        }
        return try await withThrowingTaskGroup(of: TestResponse.self) { group in
            for (browser, password) in zip(browsers, passwords) {
                group.addTask { try await browser.post("/login", ["username": "rev", "password": password]) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
    }

    /// The password checks the trail records as failed for `rev`.
    private func checkedFailures(_ world: TestWorld) throws -> Int {
        try world.auditEntries().filter {
            $0.event.action == .signInFailure && $0.event.actor == "rev" && $0.event.detail.contains("; failure ")
        }.count
    }

    @Test("a burst of parallel guesses checks no more passwords than the lockout allows")
    func burstIsCounted() async throws {
        let world = try await TestWorld(login: Self.burstPolicy)
        try await world.application().test(.router) { client in
            let passwords = Array(repeating: "wrong password", count: 99) + [TestWorld.password]
            let responses = try await burst(passwords, client: client, world: world)
            // A right password gives its attempt back; wrong guesses never pass the limit.
            #expect(responses.filter { $0.status == .seeOther }.count <= 1)
            #expect(try checkedFailures(world) <= 10)
            #expect(responses.filter { $0.text.contains("locked") }.count >= 89)
            let failures = try world.store.read { db in try LoginThrottle.failure(of: "rev", in: db) }
            #expect((failures?.failures ?? 0) <= 10)
        }
    }

    @Test("once the limit is reached, the right password in a burst is answered 'locked', never 303")
    func rightPasswordAfterLimit() async throws {
        let world = try await TestWorld(login: Self.burstPolicy)
        try await world.application().test(.router) { client in
            let wrong = try await burst(Array(repeating: "wrong password", count: 10), client: client, world: world)
            #expect(wrong.allSatisfy { $0.status == .unauthorized })
            #expect(try checkedFailures(world) == 10)
            let right = try await burst(Array(repeating: TestWorld.password, count: 20), client: client, world: world)
            #expect(right.allSatisfy { $0.status == .unauthorized && $0.text.contains("locked") })
            #expect(try checkedFailures(world) == 10)
        }
        #expect(try world.auditEntries().filter { $0.event.action == .signIn }.isEmpty)
    }

    @Test("a right password checked while the account was locked beside it answers 'locked'")
    func lockedWhileChecking() async throws {
        let world = try await TestWorld()
        let now = world.clock.now
        let outcome = try await world.store.asyncWrite { db in
            let reserved = try LoginThrottle.reserveAttempt(
                of: "rev",
                client: "test",
                lockAfter: 2,
                nextAttempt: { $0.lastFailedAt },
                at: now,
                in: db
            )
            // A failure in flight beside it reaches the limit and locks the account.
            _ = try LoginThrottle.reserveAttempt(
                of: "rev",
                client: "test",
                lockAfter: 2,
                nextAttempt: { $0.lastFailedAt },
                at: now,
                in: db
            )
            let locked = try LoginThrottle.settleFailure(
                of: "rev",
                why: "wrong password",
                client: "test",
                lockAfter: 2,
                at: now,
                in: db
            )
            return (reserved, locked.isLocked, try LoginThrottle.settleSuccess(of: "rev", clearing: true, in: db))
        }
        #expect(outcome.0 == .reserved(previousFailure: nil))
        #expect(outcome.1)
        #expect(!outcome.2)
        #expect(try world.store.read { db in try LoginThrottle.failure(of: "rev", in: db)?.isLocked } == true)
    }

    @Test("when every password check is taken, a sign-in is answered 503 with Retry-After and not counted")
    func busy() async throws {
        var policy = LoginPolicy()
        policy.concurrentPasswordChecks = 1
        policy.queuedPasswordChecks = 0
        let world = try await TestWorld(login: policy)
        let gate = world.services.passwordChecks
        let (held, release) = AsyncStream<Void>.makeStream()
        let holder = Task { await gate.run { for await _ in held {} } }
        while gate.occupancy.running == 0 { await Task.yield() }
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.get("/login")
            let response = try await browser.post("/login", ["username": "rev", "password": TestWorld.password])
            #expect(response.status == .serviceUnavailable)
            #expect(response.headers[.retryAfter] == "5")
            #expect(response.text.contains("Too many sign-ins at once"))
            release.finish()
            _ = await holder.value
            let later = try await browser.post("/login", ["username": "rev", "password": TestWorld.password])
            #expect(later.status == .seeOther)
        }
        #expect(try world.store.read { db in try LoginThrottle.failure(of: "rev", in: db) } == nil)
    }
}

import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// Sign-ins turned away before any password is checked (throttled, locked, or too many at once) are
/// in the audit trail, once a window per account and outcome with a count, so a flood shows in the
/// access review without growing the trail without limit.
@Suite struct SignInRefusalAuditTests {
    private func attempt(_ browser: Browser, _ username: String, _ password: String) async throws -> TestResponse {
        try await browser.get("/login")
        return try await browser.post("/login", ["username": username, "password": password])
    }

    private func refusals(_ world: TestWorld) throws -> [AuditEvent] {
        try world.auditEntries().map(\.event).filter { $0.action == .signInRefused }
    }

    @Test("throttled attempts are written once a window, then counted in one more entry; never the password")
    func throttled() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            for _ in 0..<4 {
                world.clock.advance(by: 3)
                #expect(try await attempt(browser, "rev", "Guess-Wrong-1").text.contains("not right"))
            }
            for _ in 0..<30 {
                #expect(try await attempt(browser, "rev", "Guess-Wrong-2").text.contains("Wait"))
            }
            let first = try refusals(world)
            #expect(first.count == 1)
            #expect(first.first?.actor == "rev")
            #expect(first.first?.objectIDs == ["rev"])
            #expect(first.first?.detail.hasPrefix("throttled; from ") == true)
            // Once the window has ended, the next sign-in attempt of anyone writes the count.
            world.clock.advance(by: SignInRefusals.window + 1)
            _ = try await attempt(Browser(client, world: world), "rev2", "wrong")
            let all = try refusals(world)
            #expect(all.count == 2)
            #expect(all.last?.actor == "rev")
            #expect(all.last?.detail.hasPrefix("throttled: 29 more attempts refused from ") == true)
            #expect(all.last?.detail.contains("; last from ") == true)
        }
        #expect(try world.auditEntries().allSatisfy { !$0.event.detail.contains("Guess-Wrong") })
        #expect(try world.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sign_in_refusal") } == 0)
        #expect(try world.store.read(AuditIndex.verify).isEmpty)
        let review = try world.store.read { db in
            try AccessReview.entries(
                about: .object(AuditObject(type: "user", id: "rev")),
                from: Date(timeIntervalSince1970: 0),
                to: Date(timeIntervalSince1970: 4_000_000_000),
                in: db
            )
        }
        #expect(review.filter { $0.event.action == .signInRefused }.count == 2)
    }

    /// Signs `rev` in wrongly four times, then has 30 more attempts turned away as too soon: one entry
    /// now, 29 counted. Returns the instant of the last refusal.
    private func flood(_ world: TestWorld, client: any TestClientProtocol) async throws -> Date {
        let browser = Browser(client, world: world)
        for _ in 0..<4 {
            world.clock.advance(by: 3)
            #expect(try await attempt(browser, "rev", "Guess-Wrong-1").text.contains("not right"))
        }
        for _ in 0..<30 {
            #expect(try await attempt(browser, "rev", "Guess-Wrong-2").text.contains("Wait"))
        }
        #expect(try refusals(world).count == 1)
        return world.clock.now
    }

    /// Moves the clock past the refusal window without a sign-in, keeping `browser`'s session alive.
    private func passWindow(_ world: TestWorld, keepingAlive browser: Browser) async throws {
        world.clock.advance(by: SignInRefusals.window / 2 + 1)
        #expect(try await browser.get("/").status == .ok)
        world.clock.advance(by: SignInRefusals.window / 2 + 1)
    }

    @Test("a window's count reaches the trail when the access review reads it, with no sign-in since")
    func countWrittenWhenReviewed() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let last = try await flood(world, client: client)
            try await passWindow(world, keepingAlive: auditor)
            #expect(try refusals(world).count == 1, "no sign-in since: the count is still pending")
            let page = try await auditor.get("/access-review?subject=user&id=rev")
            #expect(page.status == .ok)
            #expect(page.text.contains("throttled: 29 more attempts refused from "))
            let written = try refusals(world)
            #expect(written.count == 2)
            // Dated at the last refusal it counts, so a review of the period that held the flood shows it.
            #expect(written.last?.at == last)
        }
        #expect(try world.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sign_in_refusal") } == 0)
        #expect(try world.store.read(AuditIndex.verify).isEmpty)
    }

    @Test("a window's count reaches the trail before the auditor's CSV export is read")
    func countWrittenBeforeExport() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            _ = try await flood(world, client: client)
            try await passWindow(world, keepingAlive: auditor)
            try await auditor.get("/access-review")
            let export = try await auditor.post("/access-review/export", ["recipient": "Internal audit"])
            #expect(export.status == .ok)
            #expect(export.text.contains("throttled: 29 more attempts refused from "))
        }
    }

    @Test("a window still open is not written early by a read: only its end or a shutdown closes it")
    func openWindowLeftAlone() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            _ = try await flood(world, client: client)
            #expect(try await auditor.get("/access-review?subject=user&id=rev").status == .ok)
            #expect(try refusals(world).count == 1)
        }
    }

    @Test("a count entry is stored at exactly the millisecond of the last refusal it counts")
    func countDatedAtLastRefusal() async throws {
        let world = try await TestWorld()
        // Milliseconds that a parse-and-format round trip used to write one millisecond early.
        let start = Date(timeIntervalSince1970: 1_796_112_239.692)
        let offsets = [0, 0.003, 0.011]
        try await world.store.asyncWrite { db in
            for offset in offsets {
                let at = start.addingTimeInterval(offset)
                try SignInRefusals.note(.throttled, account: "adm", client: "192.0.2.9", at: at, in: db)
            }
            try SignInRefusals.closeEveryWindow(at: start.addingTimeInterval(1), in: db)
        }
        let stored = try world.store.read { db in
            try String.fetchOne(db, sql: "SELECT at FROM audit_event WHERE detail LIKE '%more attempt%'")
        }
        #expect(stored == "2026-12-01T08:03:59.703Z")
        #expect(try refusals(world).last?.detail.contains("to 2026-12-01T08:03:59.703Z;") == true)
    }

    @Test("a graceful shutdown writes every count still pending, open windows included")
    func countsWrittenAtShutdown() async throws {
        let world = try await TestWorld()
        let start = world.clock.now
        try await world.store.asyncWrite { db in
            for offset in 0..<5 {
                let at = start.addingTimeInterval(Double(offset))
                try SignInRefusals.note(.locked, account: "rev", client: "192.0.2.7", at: at, in: db)
            }
        }
        world.clock.advance(by: 60)
        let app = try VigilWebApplication.application(
            services: world.services,
            host: "127.0.0.1",
            port: 0
        )
        try await app.test(.live) { (client: any TestClientProtocol) async throws in
            let page = try await client.execute(uri: "/login", method: .get)
            #expect(page.status == .ok)
            let pending = try refusals(world)
            #expect(pending.count == 1, "the window is open while the server runs")
        }
        let written = try refusals(world)
        #expect(written.count == 2)
        #expect(written.last?.detail.hasPrefix("refused: locked: 4 more attempts refused from ") == true)
        #expect(written.last?.detail.hasSuffix("; last from 192.0.2.7") == true)
        #expect(written.last?.at == start.addingTimeInterval(4))
        #expect(try world.store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sign_in_refusal") } == 0)
    }

    @Test("attempts on a locked account are written once a window, not once each")
    func locked() async throws {
        var policy = LoginPolicy()
        policy.freeAttempts = 100
        policy.lockAfter = 2
        let world = try await TestWorld(login: policy)
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            for _ in 0..<2 { _ = try await attempt(browser, "rev", "wrong") }
            for _ in 0..<25 { #expect(try await attempt(browser, "rev", TestWorld.password).text.contains("locked")) }
        }
        let written = try refusals(world)
        #expect(written.count == 1)
        #expect(written.first?.detail.hasPrefix("refused: locked; from ") == true)
        #expect(try world.auditEntries().filter { $0.event.action == .lockout }.count == 1)
    }

    @Test("sign-ins refused as busy (503) are written once a window per name, made-up names together")
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
            for index in 0..<20 {
                let known = try await browser.post("/login", ["username": "rev", "password": "x"])
                #expect(known.status == .serviceUnavailable)
                let madeUp = try await browser.post("/login", ["username": "Flood\(index)Name", "password": "x"])
                #expect(madeUp.status == .serviceUnavailable)
            }
            release.finish()
            _ = await holder.value
            let written = try refusals(world)
            #expect(written.map(\.actor).sorted() == ["rev", SignInRefusals.unknownNames])
            #expect(written.allSatisfy { $0.detail.hasPrefix("refused: busy") })
            #expect(
                written.first { $0.actor == SignInRefusals.unknownNames }?.detail.contains("first label unknown:")
                    == true
            )
            world.clock.advance(by: SignInRefusals.window + 1)
            #expect(try await attempt(Browser(client, world: world), "rev2", "wrong").text.contains("not right"))
            let closed = try refusals(world).dropFirst(2)
            #expect(closed.count == 2)
            #expect(closed.allSatisfy { $0.detail.hasPrefix("refused: busy: 19 more attempts refused from ") })
        }
        #expect(try world.auditEntries().allSatisfy { !$0.event.detail.lowercased().contains("flood") })
        #expect(try world.auditEntries().allSatisfy { !$0.event.actor.lowercased().contains("flood") })
        // Nothing was counted against the account: a busy refusal is not a failed attempt.
        #expect(try world.store.read { db in try LoginThrottle.failure(of: "rev", in: db) } == nil)
    }
}

import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct LockoutTests {
    private func attempt(_ browser: Browser, _ username: String, _ password: String) async throws -> TestResponse {
        try await browser.get("/login")
        return try await browser.post("/login", ["username": username, "password": password])
    }

    @Test("failed sign-ins slow down, then lock the account until an administrator unlocks it")
    func slowThenLock() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            for _ in 0..<3 {
                let free = try await attempt(browser, "rev", "wrong")
                #expect(free.status == .unauthorized)
                #expect(free.text.contains("not right"))
            }
            // The first 3 cost nothing; the 4th waits 2 seconds, and the right password changes nothing.
            let waiting = try await attempt(browser, "rev", TestWorld.password)
            #expect(waiting.text.contains("Wait 2 seconds"))
            world.clock.advance(by: 1)
            #expect(try await attempt(browser, "rev", "wrong").text.contains("Wait 1 second"))
            world.clock.advance(by: 1)
            #expect(try await attempt(browser, "rev", "wrong").text.contains("not right"))
            #expect(try await attempt(browser, "rev", "wrong").text.contains("Wait 4 seconds"))
            for _ in 0..<5 {
                world.clock.advance(by: 61)
                _ = try await attempt(browser, "rev", "wrong")
            }
            world.clock.advance(by: 61)
            let locked = try await attempt(browser, "rev", "wrong")
            #expect(locked.text.contains("locked"))
            world.clock.advance(by: 3600)
            let stillLocked = try await attempt(browser, "rev", TestWorld.password)
            #expect(stillLocked.status == .unauthorized)
            #expect(stillLocked.text.contains("locked"))

            let admin = Browser(client, world: world)
            try await admin.signIn("adm")
            let page = try await admin.get("/admin/lockouts")
            #expect(page.text.contains("Unlock rev"))
            let unlocked = try await admin.post("/admin/lockouts/unlock", ["account": "rev"])
            #expect(unlocked.text.contains("rev is unlocked"))
            #expect(try await attempt(browser, "rev", TestWorld.password).status == .seeOther)
        }
        let actions = try world.auditEntries().map(\.event.action)
        #expect(actions.filter { $0 == .signInFailure }.count >= 10)
        #expect(actions.contains(.lockout))
        #expect(actions.contains(.unlock))
    }

    @Test("after failed attempts, the right password leads to a code step the wait does not block")
    func codeStepAfterFailures() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            for _ in 0..<4 {
                world.clock.advance(by: 61)
                #expect(try await attempt(browser, "rev", "wrong").text.contains("not right"))
            }
            world.clock.advance(by: 61)
            let right = try await attempt(browser, "rev", TestWorld.password)
            #expect(right.headers[.location] == "/login/code")
            let page = try await browser.get("/login/code")
            #expect(page.status == .ok)
            // A wrong code is counted, but neither it nor the password just accepted makes the next code wait.
            #expect(try await browser.post("/login/code", ["code": "000000"]).text.contains("That code is not right"))
            let factor = SecondFactor()
            let code = factor.code(secret: world.people["rev"]!.secret, step: factor.step(at: world.clock.now))
            let signedIn = try await browser.post("/login/code", ["code": code])
            #expect(signedIn.status == .seeOther)
            #expect(signedIn.headers[.location] == "/")
            #expect(try await browser.get("/").text.contains("Signed in as Test rev"))
        }
        #expect(try world.store.read { db in try LoginThrottle.failure(of: "rev", in: db) } == nil)
    }

    @Test("a right password gives its attempt back whole: it does not restart the wait")
    func rightPasswordKeepsTheWait() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            for _ in 0..<4 {
                world.clock.advance(by: 3)
                #expect(try await attempt(browser, "rev", "wrong").text.contains("not right"))
            }
            let lastFailure = try world.store.read { db in try LoginThrottle.failure(of: "rev", in: db)?.lastFailedAt }
            // The 4th failure asks for 4 seconds; after 5 the right password is let through.
            world.clock.advance(by: 5)
            #expect(try await attempt(browser, "rev", TestWorld.password).headers[.location] == "/login/code")
            let failure = try world.store.read { db in try LoginThrottle.failure(of: "rev", in: db) }
            #expect(failure?.failures == 4)
            #expect(failure?.lastFailedAt == lastFailure)
            // Starting again at once is judged from the 4th failure, not from the right password.
            #expect(try await attempt(browser, "rev", "wrong").text.contains("not right"))
        }
    }

    @Test("guessing codes after a correct password counts towards the lockout")
    func codeGuesses() async throws {
        var policy = LoginPolicy()
        policy.freeAttempts = 100
        policy.lockAfter = 3
        let world = try await TestWorld(login: policy)
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.get("/login")
            try await browser.post("/login", ["username": "rev", "password": TestWorld.password])
            try await browser.get("/login/code")
            _ = try await browser.post("/login/code", ["code": "111111"])
            _ = try await browser.post("/login/code", ["code": "222222"])
            let third = try await browser.post("/login/code", ["code": "333333"])
            #expect(third.text.contains("locked"))
            #expect(try await browser.get("/login/code").status == .seeOther)
        }
    }

    @Test("a name that matches no account locks the same way, under an opaque label")
    func unknownAccounts() async throws {
        var policy = LoginPolicy()
        policy.freeAttempts = 100
        policy.lockAfter = 2
        let world = try await TestWorld(login: policy)
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            _ = try await attempt(browser, "MySecretPassw0rd", "x")
            let locked = try await attempt(browser, "MySecretPassw0rd", "x")
            #expect(locked.text.contains("locked"))
        }
        let failures = try world.store.read { db in try LoginThrottle.all(in: db) }
        #expect(failures.count == 1)
        #expect(failures[0].account.hasPrefix("unknown:"))
        #expect(try world.auditEntries().allSatisfy { !$0.event.actor.lowercased().contains("mysecret") })
        // Keyed by the store's own secret: not the bare SHA-256 of the name a guesser could compute.
        let label = String(failures[0].account.dropFirst("unknown:".count))
        #expect(label.count == 12)
        #expect(label != String(SessionToken.hash("mysecretpassw0rd").prefix(12)))
    }

    @Test("unknown names are labelled by a keyed HMAC: stable in one store, different in another")
    func keyedLabels() async throws {
        let first = try await TestWorld()
        let second = try await TestWorld()
        @Sendable func label(_ name: String, _ world: TestWorld) throws -> String {
            try world.store.read { db in try LoginThrottle.account(typed: name, known: false, in: db) }
        }
        #expect(try label("MySecretPassw0rd", first) == label(" mysecretpassw0rd ", first))
        #expect(try label("MySecretPassw0rd", first) != label("MySecretPassw0rd", second))
        #expect(try label("MySecretPassw0rd", first) != label("MySecretPassw0rd!", first))
        #expect(throws: (any Error).self) {
            try first.store.write { db in try db.execute(sql: "UPDATE store_secret SET value = x'00'") }
        }
        #expect(try first.store.read { db in try LoginThrottle.account(typed: " Rev ", known: true, in: db) } == "rev")
    }
}

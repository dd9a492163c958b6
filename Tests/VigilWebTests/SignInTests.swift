import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct SignInTests {
    @Test("password then code signs in, under a session id different from the one before")
    func twoSteps() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.get("/login")
            let anonymous = try #require(browser.cookie)
            let afterPassword = try await browser.post("/login", ["username": "rev", "password": TestWorld.password])
            #expect(afterPassword.status == .seeOther)
            #expect(afterPassword.headers[.location] == "/login/code")
            let partial = try #require(browser.cookie)
            #expect(partial != anonymous)
            #expect(try await browser.get("/").status == .seeOther)
            let signedIn = try await browser.signIn("rev")
            #expect(signedIn.headers[.location] == "/")
            #expect(browser.cookie != partial)
            let home = try await browser.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("Signed in as Test rev"))
        }
        let events = try world.auditEntries().map(\.event.action)
        #expect(events.contains(.signIn))
    }

    @Test("the session cookie is __Host- prefixed, Secure, HttpOnly and SameSite=Strict, and only its hash is stored")
    func cookie() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let response = try await client.execute(uri: "/login", method: .get)
            let setCookie = try #require(response.headers[.setCookie])
            #expect(setCookie.hasPrefix("__Host-vigil_session="))
            for attribute in ["Path=/", "Secure", "HttpOnly", "SameSite=Strict"] {
                #expect(setCookie.contains("; \(attribute)"))
            }
            #expect(!setCookie.contains("Domain"))
            let token = String(setCookie.split(separator: ";")[0].dropFirst("__Host-vigil_session=".count))
            #expect(token.count >= 43)
            let stored = try world.store.read { db in
                try String.fetchAll(db, sql: "SELECT token_hash FROM user_session")
            }
            #expect(stored.contains(SessionToken.hash(token)))
            #expect(!stored.contains(token))
        }
    }

    @Test("a wrong code is refused, and a code cannot be used twice")
    func codes() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.get("/login")
            try await browser.post("/login", ["username": "rev", "password": TestWorld.password])
            try await browser.get("/login/code")
            let wrong = try await browser.post("/login/code", ["code": "000000"])
            #expect(wrong.status == .unauthorized)
            let factor = SecondFactor()
            let code = factor.code(secret: world.people["rev"]!.secret, step: factor.step(at: world.clock.now))
            #expect(try await browser.post("/login/code", ["code": code]).status == .seeOther)

            let second = Browser(client, world: world)
            try await second.get("/login")
            try await second.post("/login", ["username": "rev", "password": TestWorld.password])
            try await second.get("/login/code")
            #expect(try await second.post("/login/code", ["code": code]).status == .unauthorized)
        }
    }

    @Test("a new user signs in with the temporary password, sees the secret and QR code, and enrols")
    func enrolment() async throws {
        let world = try await TestWorld()
        let temporary = try await AccountAdministration(store: world.store, hasher: PasswordHasher(cost: 4)).add(
            username: "newbie",
            displayName: "New <b>Starter</b>",
            role: .reviewer,
            employeeID: nil,
            by: "test",
            at: world.clock.now
        )
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.get("/login")
            let step = try await browser.post("/login", ["username": "newbie", "password": temporary])
            #expect(step.headers[.location] == "/enrol")
            let page = try await browser.get("/enrol")
            #expect(page.status == .ok)
            #expect(page.text.contains("<svg"))
            #expect(page.text.contains("New &lt;b&gt;Starter&lt;/b&gt;"))
            let session = try world.store.read { db in
                try String.fetchOne(db, sql: "SELECT pending_secret FROM user_session WHERE pending_secret IS NOT NULL")
            }
            let secret = try #require(session)
            let factor = SecondFactor()
            #expect(page.text.contains(Base32.grouped(factor.base32(secret))))
            let code = factor.code(secret: secret, step: factor.step(at: world.clock.now))
            let short = try await browser.post("/enrol", ["password": "short", "confirmation": "short", "code": code])
            #expect(short.status == .unprocessableContent)
            let done = try await browser.post(
                "/enrol",
                ["password": "a much longer passphrase", "confirmation": "a much longer passphrase", "code": code]
            )
            #expect(done.headers[.location] == "/")
            #expect(try await browser.get("/").status == .ok)
        }
        let user = try #require(try world.store.read { db in try UserDirectory.user(named: "newbie", in: db) })
        #expect(user.isEnrolled)
        #expect(try await PasswordHasher(cost: 4).verify("a much longer passphrase", against: user.passwordHash))
    }

    @Test("an expired temporary password is refused")
    func expiredTemporaryPassword() async throws {
        let world = try await TestWorld()
        let temporary = try await AccountAdministration(store: world.store, hasher: PasswordHasher(cost: 4)).add(
            username: "late",
            displayName: "Late",
            role: .reviewer,
            employeeID: nil,
            by: "test",
            at: world.clock.now
        )
        world.clock.advance(by: 73 * 3600)
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.get("/login")
            let response = try await browser.post("/login", ["username": "late", "password": temporary])
            #expect(response.status == .unauthorized)
            #expect(response.text.contains("expired"))
        }
    }
}

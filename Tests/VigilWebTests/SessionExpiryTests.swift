import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct SessionExpiryTests {
    @Test("a session unused for 15 minutes ends; one used every 14 minutes carries on")
    func idle() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.signIn("rev")
            for _ in 0..<4 {
                world.clock.advance(by: 14 * 60)
                #expect(try await browser.get("/").status == .ok)
            }
            world.clock.advance(by: 15 * 60)
            let expired = try await browser.get("/")
            #expect(expired.status == .seeOther)
            #expect(expired.headers[.location] == "/login")
            #expect(expired.headers[.setCookie]?.contains("Max-Age=0") == true)
        }
        let ends = try world.auditEntries().filter { $0.event.action == .signOut }
        #expect(ends.last?.event.detail.contains("idle timeout") == true)
    }

    @Test("a session ends 12 hours after it began however busy it is")
    func absolute() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.signIn("rev")
            for _ in 0..<(12 * 6 - 1) {
                world.clock.advance(by: 10 * 60)
                #expect(try await browser.get("/").status == .ok)
            }
            world.clock.advance(by: 10 * 60)
            #expect(try await browser.get("/").status == .seeOther)
        }
        let ends = try world.auditEntries().filter { $0.event.action == .signOut }
        #expect(ends.last?.event.detail.contains("absolute timeout") == true)
    }

    @Test("the code must follow the password within the sign-in window")
    func signInWindow() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.get("/login")
            try await browser.post("/login", ["username": "rev", "password": TestWorld.password])
            world.clock.advance(by: 11 * 60)
            #expect(try await browser.get("/login/code").status == .seeOther)
        }
    }

    @Test("signing out ends every session of the user at once")
    func logoutEndsAll() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let laptop = Browser(client, world: world)
            let desktop = Browser(client, world: world)
            try await laptop.signIn("rev")
            world.clock.advance(by: 31)
            try await desktop.signIn("rev")
            #expect(try await desktop.get("/").status == .ok)
            let out = try await laptop.post("/logout")
            #expect(out.status == .seeOther)
            #expect(try await laptop.get("/").status == .seeOther)
            #expect(try await desktop.get("/").status == .seeOther)
        }
    }

    @Test("disabling a user ends their sessions at once")
    func disableEndsSessions() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.signIn("rev")
            #expect(try await browser.get("/").status == .ok)
            try world.store.write { db in try UserDirectory.disable("rev", by: "test", at: world.clock.now, in: db) }
            #expect(try await browser.get("/").status == .seeOther)
            let live = try world.store.read { db in
                try Int.fetchOne(
                    db,
                    sql: "SELECT count(*) FROM user_session WHERE ended_at IS NULL AND user_id IS NOT NULL"
                )
            }
            #expect(live == 0)
        }
    }

    @Test("a role change ends the user's sessions so the new role applies at once")
    func roleChange() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.signIn("sup")
            #expect(try await browser.get("/grants").status == .ok)
            try world.store.write { db in
                try UserDirectory.changeRole(of: "sup", to: .reviewer, by: "test", at: world.clock.now, in: db)
            }
            #expect(try await browser.get("/grants").status == .seeOther)
        }
        #expect(
            try world.auditEntries().contains { $0.event.detail.contains("role changed from supervisor to reviewer") }
        )
    }
}

import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// A session's last use is written at most once a minute; the idle timeout is judged exactly against
/// what is written, so throttling can end a session sooner, never later.
@Suite struct SessionTouchTests {
    /// When `username`'s live session was last recorded as used.
    private func lastSeen(_ username: String, in world: TestWorld) throws -> String? {
        try world.store.read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT s.last_seen_at FROM user_session s JOIN app_user u ON u.id = s.user_id
                    WHERE u.username = ? AND s.ended_at IS NULL AND s.stage = 'signed_in'
                    """,
                arguments: [username]
            )
        }
    }

    @Test("a request within a minute of the recorded use writes nothing; one after a minute records it")
    func touchAtMostOnceAMinute() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.signIn("rev")
            let signedIn = try #require(try lastSeen("rev", in: world))
            world.clock.advance(by: 30)
            #expect(try await browser.get("/").status == .ok)
            #expect(try lastSeen("rev", in: world) == signedIn)
            world.clock.advance(by: 30)
            #expect(try await browser.get("/").status == .ok)
            #expect(try lastSeen("rev", in: world) == StoreTime.text(world.clock.now))
        }
    }

    @Test("the idle timeout counts from the recorded use: unrecorded requests do not extend it")
    func idleFromRecordedUse() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.signIn("rev")
            world.clock.advance(by: 59)
            #expect(try await browser.get("/").status == .ok)
            // 14 minutes 1 second after the last real request, but 15 minutes after the recorded one.
            world.clock.advance(by: 15 * 60 - 59)
            let expired = try await browser.get("/")
            #expect(expired.status == .seeOther)
            #expect(expired.headers[.location] == "/login")
        }
        let ends = try world.auditEntries().filter { $0.event.action == .signOut }
        #expect(ends.count == 1)
        #expect(ends.last?.event.detail.contains("idle timeout") == true)
    }

    @Test("a session used every 59 seconds stays signed in well past the idle timeout")
    func busySessionCarriesOn() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.signIn("rev")
            for _ in 0..<20 {
                world.clock.advance(by: 59)
                #expect(try await browser.get("/").status == .ok)
            }
        }
        #expect(try world.auditEntries().filter { $0.event.action == .signOut }.isEmpty)
    }
}

import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// The triage pages keep their counts, rows, team list, user list and health banner between requests;
/// every change to the data behind them must show on the very next request.
@Suite struct TriageCacheTests {
    @Test("the queue's counts and rows change after a decision made through the dashboard")
    func decisionMovesCounts() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let before = try await supervisor.get("/alerts").text
            #expect(before.contains(">new</a>: 5</li>"))
            #expect(before.contains(">under review</a>: 0</li>"))
            #expect(try await supervisor.get("/alerts").text == before)
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let decided = try await reviewer.post(
                "/alerts/1/decision",
                ["status": "UNDER_REVIEW", "reason": "checking the custody record"]
            )
            #expect(decided.status == .seeOther)
            let after = try await supervisor.get("/alerts").text
            #expect(after.contains(">new</a>: 4</li>"))
            #expect(after.contains(">under review</a>: 1</li>"))
            let reviewing = try await supervisor.get("/alerts?status=UNDER_REVIEW").text
            #expect(reviewing.contains("href=\"/alerts/1\""))
        }
    }

    @Test("changes written straight into the store (another process) show on the next request")
    func outsideChangesShow() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let queue = try await reviewer.get("/alerts").text
            #expect(!queue.contains("href=\"/alerts/2\""))
            #expect(!queue.contains("<option value=\"Dog Section\">"))
            #expect(try await supervisor.get("/alerts").text.contains(">duplicate</a>: 0</li>"))
            try world.store.write { db in
                try db.execute(sql: "UPDATE alert SET assigned_to = 'rev' WHERE id = 2")
                try db.execute(sql: "UPDATE alert SET status = 'DUPLICATE' WHERE id = 3")
                try db.execute(sql: "UPDATE employee SET team = 'Dog Section' WHERE employee_id = 'E901'")
            }
            let moved = try await reviewer.get("/alerts").text
            #expect(moved.contains("href=\"/alerts/2\""))
            #expect(moved.contains("<option value=\"Dog Section\">"))
            #expect(try await supervisor.get("/alerts").text.contains(">duplicate</a>: 1</li>"))
        }
    }

    @Test("a renamed user shows in the assignment list on the next request")
    func usersFollowChanges() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            #expect(!(try await supervisor.get("/alerts").text.contains("Rowan Renamed")))
            try world.store.write { db in
                try db.execute(sql: "UPDATE app_user SET display_name = 'Rowan Renamed' WHERE username = 'rev'")
            }
            #expect(try await supervisor.get("/alerts").text.contains("Rowan Renamed (rev)"))
        }
    }

    @Test("the stale-data banner follows the clock even while the run history is unchanged")
    func stalenessFollowsClock() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            #expect(!(try await reviewer.get("/alerts").text.contains("banner-danger")))
            world.clock.advance(by: Double(DataStatus.staleAfterHours + 1) * 3600)
            let reviewerLater = try await RouteProbe.browser("rev", client: client, world: world)
            let stale = try await reviewerLater.get("/alerts").text
            #expect(stale.contains("The data is stale"))
        }
    }
}

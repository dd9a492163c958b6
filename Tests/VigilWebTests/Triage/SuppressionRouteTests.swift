import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore

@testable import VigilWeb

@Suite struct SuppressionRouteTests {
    /// Moves alert 1 to NOT_A_MATCH as `user`, which asks for a suppression of its pair.
    private func notAMatch(_ browser: Browser, reviewOn: String = "") async throws {
        try await browser.get("/alerts/1")
        try await browser.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "looking"])
        let response = try await browser.post(
            "/alerts/1/decision",
            ["status": "NOT_A_MATCH", "reason": "different person: a cousin", "review_on": reviewOn]
        )
        #expect(response.status == .seeOther)
    }

    @Test("NOT_A_MATCH asks for a suppression that another supervisor approves, and that can be lifted")
    func approveAndLift() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await notAMatch(reviewer, reviewOn: "2028-01-31")
            let listed = try await reviewer.get("/suppressions")
            #expect(listed.status == .ok)
            #expect(listed.text.contains("crime record CR-1 (event EV1)"))
            #expect(listed.text.contains("different person: a cousin"))
            #expect(listed.text.contains("2028-01-31"))
            #expect(!listed.text.contains("Approve suppression"))
            #expect(try await reviewer.post("/suppressions/1/approve").status == .forbidden)
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let page = try await supervisor.get("/suppressions").text
            #expect(page.contains("Approve suppression 1"))
            #expect(try await supervisor.post("/suppressions/1/approve").status == .seeOther)
            let approved = try world.store.read { db in try SuppressionTable.find(1, in: db) }
            #expect(approved?.approvedBy == "sup")
            #expect(try await supervisor.post("/suppressions/1/approve").status == .conflict)
            #expect(try await supervisor.post("/suppressions/1/lift", ["reason": ""]).status == .unprocessableContent)
            #expect(try await supervisor.post("/suppressions/1/lift", ["reason": "new evidence"]).status == .seeOther)
            let lifted = try await supervisor.get("/suppressions").text
            #expect(lifted.contains("new evidence (lifted by sup)"))
        }
        let events = try world.auditEntries().filter { $0.event.objectType == "suppression" }.map(\.event)
        #expect(events.contains { $0.action == .alteration && $0.detail.contains("approved") })
        #expect(events.contains { $0.action == .consultation && $0.objectIDs == ["1"] })
    }

    @Test("when a suppression was asked for is said in UK time, British Summer Time included")
    func ukTimes() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await notAMatch(reviewer)
            try world.store.write { db in
                try db.execute(sql: "UPDATE suppression SET requested_at = '2026-07-01T07:30:00.000Z' WHERE id = 1")
            }
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let page = try await supervisor.get("/suppressions").text
            #expect(page.contains("rev on 2026-07-01 08:30 UK time"))
            #expect(!page.contains("2026-07-01T07:30"))
        }
    }

    @Test("a supervisor cannot approve the suppression they asked for")
    func noSelfApproval() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            try await supervisor.giveReason("supervisor triage", type: "alert", id: "1", returnTo: "/alerts/1")
            try await notAMatch(supervisor)
            let page = try await supervisor.get("/suppressions").text
            #expect(page.contains("You asked for it"))
            let refused = try await supervisor.post("/suppressions/1/approve")
            #expect(refused.status == .conflict)
            #expect(refused.text.contains("someone other than who asked"))
            let pending = try world.store.read { db in try SuppressionTable.find(1, in: db) }
            #expect(pending?.approvedBy == nil)
        }
    }

    @Test("overdue reviews are marked, and nobody sees a suppression about themselves")
    func overdueAndSelf() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try world.store.write { db in
            for employee in ["E901", "E100"] {
                let id = try SuppressionTable.request(
                    employeeID: employee,
                    kind: .person,
                    row: 1,
                    identityHash: 1,
                    alertID: nil,
                    reason: "r",
                    by: "rev2",
                    at: Date(timeIntervalSince1970: 1_790_000_000),
                    reviewOn: CalendarDate(year: 2026, month: 12, day: 1)!,
                    in: db
                )
                try SuppressionTable.approve(id, by: "sup", at: Date(timeIntervalSince1970: 1_790_000_100), in: db)
            }
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let text = try await reviewer.get("/suppressions").text
            #expect(text.contains("<tr id=\"suppression-1\" class=\"overdue\">"))
            #expect(text.contains("1 suppression is past the review date."))
            #expect(!text.contains("suppression-2"))
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            #expect(try await supervisor.get("/suppressions").text.contains("suppression-2"))
        }
    }
}

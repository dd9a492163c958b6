import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct ActionConfirmationTests {
    /// The page a form's answer sends the browser to.
    private func landing(_ response: TestResponse, _ browser: Browser) async throws -> String {
        #expect(response.status == .seeOther)
        let location = try #require(response.headers[.location])
        return try await browser.get(location).text
    }

    @Test("a decision and a note are confirmed in a status region where the form lands")
    func decisionAndNote() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let decided = try await reviewer.post(
                "/alerts/1/decision",
                ["status": "UNDER_REVIEW", "reason": "checking the custody record"]
            )
            #expect(decided.headers[.location] == "/alerts/1?done=decision#history")
            let page = try await landing(decided, reviewer)
            #expect(
                page.contains(
                    "<p class=\"confirmation\" id=\"done\" role=\"status\">Decision recorded: Under review.</p>"
                )
            )
            let noted = try await reviewer.post("/alerts/1/notes", ["text": "rang the custody suite"])
            #expect(try await landing(noted, reviewer).contains("role=\"status\">Note added."))
            #expect(!(try await reviewer.get("/alerts/1").text.contains("role=\"status\">Note added.")))
        }
    }

    @Test("assigning from the queue and from an alert says how many went to whom")
    func assignment() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let bulk = try await supervisor.post(
                "/alerts/assign",
                ["shown": "1,5", "alert_1": "1", "alert_5": "1", "assignee": "rev2", "return": "/alerts?status=all"]
            )
            #expect(try await landing(bulk, supervisor).contains("role=\"status\">2 alerts assigned to rev2.</p>"))
            // Each form is sent at its own instant (the store tells one assignment from the next by its time).
            world.clock.advance(by: 1)
            let none = try await supervisor.post("/alerts/assign", ["shown": "5", "alert_5": "1", "assignee": ""])
            #expect(try await landing(none, supervisor).contains("role=\"status\">1 alert unassigned.</p>"))
            try await supervisor.giveReason("supervisor triage", type: "alert", id: "1", returnTo: "/alerts/1")
            world.clock.advance(by: 1)
            let one = try await supervisor.post(
                "/alerts/assign",
                ["shown": "1", "alert_1": "1", "assignee": "rev", "return": "/alerts/1#history"]
            )
            #expect(one.headers[.location] == "/alerts/1?done=assigned&count=1&to=rev#history")
            #expect(try await landing(one, supervisor).contains("role=\"status\">Alert 1 assigned to rev.</p>"))
        }
    }

    @Test("approving and lifting a suppression is confirmed")
    func suppressions() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "looking"])
            let closed = try await reviewer.post(
                "/alerts/1/decision",
                ["status": "NOT_A_MATCH", "reason": "different person: a cousin"]
            )
            #expect(try await landing(closed, reviewer).contains("role=\"status\">Decision recorded: Not a match."))
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            try await supervisor.get("/suppressions")
            let approved = try await supervisor.post("/suppressions/1/approve")
            #expect(approved.headers[.location] == "/suppressions?done=approved&suppression=1#done")
            #expect(try await landing(approved, supervisor).contains("role=\"status\">Suppression 1 approved"))
            let lifted = try await supervisor.post("/suppressions/1/lift", ["reason": "new evidence"])
            #expect(try await landing(lifted, supervisor).contains("role=\"status\">Suppression 1 lifted.</p>"))
        }
    }

    @Test("a crafted address shows no words of its own and claims nothing the page does not bear out")
    func craftedLinks() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            for path in [
                "/alerts?done=assigned&count=3&to=Your+account+is+suspended",
                "/alerts?done=assigned&count=3&to=%3Cscript%3E",
                "/alerts?done=assigned&count=99999999&to=rev",
                "/alerts?done=Your+account+is+suspended",
                "/alerts?done=decision",
                "/suppressions?done=approved&suppression=1",
            ] {
                let text = try await supervisor.get(path).text
                #expect(!text.contains("class=\"confirmation\""), "\(path)")
                #expect(!text.contains("suspended"), "\(path)")
            }
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            // Nobody decided or noted alert 1, and it is assigned to rev, not rev2.
            for path in ["/alerts/1?done=decision", "/alerts/1?done=note", "/alerts/1?done=assigned&count=1&to=rev2"] {
                #expect(!(try await reviewer.get(path).text.contains("class=\"confirmation\"")), "\(path)")
            }
        }
    }

    @Test("a queue link claims an assignment only as the reader's latest assignment bears it out")
    func craftedAssignmentCounts() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let bulk = try await supervisor.post(
                "/alerts/assign",
                ["shown": "1,5", "alert_1": "1", "alert_5": "1", "assignee": "rev2", "return": "/alerts?status=all"]
            )
            #expect(try await landing(bulk, supervisor).contains("2 alerts assigned to rev2."))
            for path in [
                "/alerts?done=assigned&count=999&to=rev2", "/alerts?done=assigned&count=2&to=sup",
                "/alerts?done=unassigned&count=2",
            ] {
                #expect(!(try await supervisor.get(path).text.contains("class=\"confirmation\"")), "\(path)")
            }
            // A reviewer, who assigns nothing, is told nothing about assignments.
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let text = try await reviewer.get("/alerts?done=assigned&count=2&to=rev2").text
            #expect(!text.contains("class=\"confirmation\""))
        }
    }

    @Test("a decision the daily run has since overtaken is not confirmed, and a note says where it is only if last")
    func overtaken() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.post("/alerts/1/notes", ["text": "rang the custody suite"])
            world.clock.advance(by: 1)
            try await reviewer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "checking"])
            let noted = try await reviewer.get("/alerts/1?done=note").text
            #expect(noted.contains("role=\"status\">Note added.</p>"))
            #expect(!noted.contains("It is the last entry"))
            try world.store.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO alert_history (alert_id, at, run_id, actor, event, status, detail)
                        VALUES (1, '2099-01-01T00:00:00.000Z', 9, 'vigil run', 'reopened', 'REOPENED', 'new evidence')
                        """
                )
            }
            let decided = try await reviewer.get("/alerts/1?done=decision").text
            #expect(!decided.contains("class=\"confirmation\""))
        }
    }

    @Test("the code is added before any fragment, after any query")
    func appending() {
        let done = ActionConfirmation(.assigned, count: 2, assignee: "j.smith")
        #expect(done.appended(to: "/alerts") == "/alerts?done=assigned&count=2&to=j%2Esmith")
        #expect(done.appended(to: "/alerts?status=all#x") == "/alerts?status=all&done=assigned&count=2&to=j%2Esmith#x")
        let parsed = ActionConfirmation(query: FormFields(encoded: "done=assigned&count=2&to=j%2Esmith"))
        #expect(parsed == done)
    }
}

import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct AlertDetailTests {
    @Test("an alert shows the event, the HR details beside the record with agreements, and who it concerns")
    func sideBySide() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let page = try await reviewer.get("/alerts/1")
            #expect(page.status == .ok)
            let text = page.text
            #expect(text.contains("Aoife O&#39;Brien (E900)"))
            #expect(text.contains("<dt>Role in the event</dt><dd>suspect</dd>"))
            #expect(text.contains("<dt>Team</dt><dd>Response Team A</dd>"))
            #expect(text.contains("No (start date 2015-04-01)"))
            #expect(text.contains("crime record CR-1, suspect"))
            #expect(text.contains("<tr class=\"agrees\"><th scope=\"row\">Surname</th>"))
            #expect(text.contains("<tr class=\"agrees\"><th scope=\"row\">Postcode</th>"))
            // "12 Mill Ln" is "12 Mill Lane" once the abbreviation is written out, as the linkage reads it.
            #expect(text.contains("<tr class=\"agrees\"><th scope=\"row\">Address</th>"))
            #expect(text.contains("abbreviation: LN for LANE"))
            #expect(text.contains("6 of 6 fields agree"))
            #expect(text.contains("Skip to main content"))
        }
        let event = try #require(try world.auditEntries().last { $0.event.action == .consultation }?.event)
        #expect(event.objectType == "alert" && event.objectIDs == ["1"])
        #expect(event.detail.contains("reveals: employee E900"))
    }

    @Test("a field the match explanation beside it counts as agreeing never reads as differs")
    func tableFollowsExplanation() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try world.store.write { db in
            // The stored explanation says "forenames identical"; the record is spelt differently now.
            try db.execute(sql: "UPDATE person_record SET forenames = 'AOIFA' WHERE id = 1")
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let text = try await reviewer.get("/alerts/1").text
            #expect(text.contains("<tr class=\"partly-agrees\"><th scope=\"row\">Forenames</th>"))
            #expect(text.contains("as the match explanation says: forenames identical"))
            #expect(!text.contains("<tr class=\"differs\"><th scope=\"row\">Forenames</th>"))
            #expect(text.contains("5 of 6 fields agree, 1 partly"))
        }
    }

    @Test("spellings of Muhammad the engine reads as one name agree, saying so, rather than partly agreeing")
    func muhammadSpellingsAgree() async throws {
        let world = try await TestWorld()
        try world.seedTriage(forenames: "Muhammad Asif")
        try world.store.write { db in
            // The engine sets the Muhammad before the name in use aside: its explanation says "identical".
            try db.execute(sql: "UPDATE person_record SET forenames = 'MOHAMMED ASIF' WHERE id = 1")
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let text = try await reviewer.get("/alerts/1").text
            let row = try #require(
                text.components(separatedBy: "<th scope=\"row\">Forenames</th>").dropFirst().first?
                    .components(separatedBy: "</tr>").first
            )
            #expect(text.contains("<tr class=\"agrees\"><th scope=\"row\">Forenames</th>"))
            #expect(row.contains(">agrees</span>"))
            #expect(row.contains("(different spellings of one name: MUHAMMAD and MOHAMMED)"))
            #expect(!row.contains("partly"))
            #expect(text.contains("6 of 6 fields agree"))
        }
    }

    @Test("the explanation is a server-drawn SVG waterfall with one bar per term and a matching table")
    func waterfall() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let text = try await reviewer.get("/alerts/1").text
            let terms = TestWorld.explanationTerms
            #expect(text.components(separatedBy: "class=\"bar term ").count - 1 == terms.count)
            #expect(text.components(separatedBy: "class=\"bar prior\"").count - 1 == 1)
            #expect(text.components(separatedBy: "class=\"bar total\"").count - 1 == 1)
            #expect(text.components(separatedBy: "<tr class=\"term ").count - 1 == terms.count)
            #expect(text.contains("date of birth identical (1985-03-14 vs 1985-03-14): +14.3"))
            #expect(text.contains("role=\"img\""))
            #expect(!text.contains("<script"))
            #expect(text.contains("Total match weight <strong>+15.1</strong>"))
        }
    }

    @Test("withdrawn evidence is shown clearly")
    func withdrawnEvidence() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try world.store.write { db in
            try db.execute(sql: "UPDATE alert_evidence SET withdrawn = 1 WHERE alert_id = 1")
            try db.execute(sql: "UPDATE alert SET evidence_withdrawn = 1 WHERE id = 1")
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let text = try await reviewer.get("/alerts/1").text
            #expect(text.contains("<h2>Evidence withdrawn</h2>"))
            #expect(text.contains("<span class=\"tag-warn\">Withdrawn</span>"))
            let queue = try await reviewer.get("/alerts").text
            #expect(queue.contains("Evidence withdrawn"))
        }
    }

    @Test("a leaver's alert says the evidence went because the employee left, not that the source withdrew it")
    func leaverEvidence() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try world.store.write { db in
            try db.execute(sql: "UPDATE employee SET active = 0, left_on = '2026-11-24' WHERE employee_id = 'E900'")
            try db.execute(sql: "UPDATE alert_evidence SET withdrawn = 1 WHERE alert_id = 1")
            try db.execute(sql: "UPDATE alert SET evidence_withdrawn = 1 WHERE id = 1")
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let text = try await reviewer.get("/alerts/1").text
            #expect(text.contains("<h2>Evidence withdrawn: the employee has left</h2>"))
            #expect(text.contains("Aoife O&#39;Brien left the HR roster on 2026-11-24."))
            #expect(text.contains("Vigil removes their matches"))
            #expect(!text.contains("the source withdrew the record"))
            #expect(text.contains("<dt>Left</dt><dd>2026-11-24</dd>"))
            let queue = try await reviewer.get("/alerts").text
            #expect(queue.contains("Evidence withdrawn: employee left 2026-11-24"))
        }
    }

    @Test("the alert's history is in UK time, British Summer Time included")
    func historyInUKTime() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try world.store.write { db in
            try db.execute(
                sql: """
                    INSERT INTO alert_history (alert_id, at, run_id, actor, event, status, detail)
                    VALUES (1, '2026-07-01T07:30:00.000Z', 1, 'vigil run', 'updated', 'NEW', 'a second record')
                    """
            )
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let text = try await reviewer.get("/alerts/1").text
            #expect(text.contains("<th scope=\"col\">When (UK time)</th>"))
            #expect(text.contains("<td>2026-07-01 08:30</td><td>vigil run</td>"))
            #expect(!text.contains("2026-07-01T07:30"))
        }
    }

    @Test("names are escaped on the queue, the alert and the export")
    func escaping() async throws {
        let world = try await TestWorld()
        let payload = "<script>alert(1)</script>"
        try world.seedTriage(forenames: payload)
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            for path in ["/alerts", "/alerts/1"] {
                let text = try await reviewer.get(path).text
                #expect(!text.contains(payload))
                #expect(text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            }
        }
    }

    @Test("a break-glass user reads an alert after giving a reason but gets no decision panel")
    func underGrant() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let developer = try await RouteProbe.browser("devgrant", client: client, world: world)
            #expect(try await developer.get("/alerts").status == .forbidden)
            try await developer.giveReason("INC-42 broken page", type: "alert", id: "1", returnTo: "/alerts/1")
            let text = try await developer.get("/alerts/1").text
            #expect(text.contains("E900"))
            #expect(!text.contains("Record decision"))
            let refused = try await developer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "x"])
            #expect(refused.status == .forbidden)
        }
    }
}

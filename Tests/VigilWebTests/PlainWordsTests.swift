import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// Readers see words, not the codes the store keeps.
@Suite struct PlainWordsTests {
    @Test("trends name outcomes and sources in words, and the timeline its sources")
    func insightWords() async throws {
        let world = try await TestWorld()
        try await world.insertInsightFixture()
        try world.store.write { db in
            try db.execute(sql: "UPDATE alert SET source = 'incident_location' WHERE id = 27")
        }
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let trends = try await supervisor.get(InsightPageTests.trendsPath).text
            #expect(!trends.contains("NOT_A_MATCH"))
            #expect(!trends.contains("NO_FURTHER_ACTION"))
            #expect(!trends.contains("incident_location"))
            #expect(trends.contains("not a match"))
            #expect(trends.contains("incident location"))
            try await supervisor.giveReason("pattern review for TRM", type: "employee", id: "E900", returnTo: "/")
            let timeline = try await supervisor.get("/employees/E900").text
            #expect(timeline.contains("home address · incident location"))
            #expect(!timeline.contains("home_address"))
        }
    }

    @Test("the access review words a decision's statuses and gives its results table a caption")
    func accessReview() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "checking"])
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let page = try await supervisor.get("/access-review?subject=alert&id=1").text
            #expect(page.contains("<td>status new → under review; reveals: employee E900</td>"))
            #expect(!page.contains("UNDER_REVIEW"))
            #expect(page.contains("<table><caption>Who accessed alert 1, "))
            #expect(page.contains(", oldest first</caption>"))
            let byUser = try await supervisor.get("/access-review?subject=user&id=rev").text
            #expect(byUser.contains("<caption>What user rev accessed, "))
        }
    }

    @Test("only a decision's status codes are turned into words")
    func auditDetail() {
        #expect(PlainWords.auditDetail("status NEW → UNDER_REVIEW") == "status new → under review")
        #expect(
            PlainWords.auditDetail("status AWAITING_INFO → NOT_A_MATCH; reveals: employee E1")
                == "status awaiting info → not a match; reveals: employee E1"
        )
        #expect(PlainWords.auditDetail("GET /alerts/{id}: NEW") == "GET /alerts/{id}: NEW")
        #expect(PlainWords.outcome("open") == "open")
        #expect(PlainWords.code("home_address · incident_location") == "home address · incident location")
    }
}

import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing

@testable import VigilWeb

@Suite struct ReasonPromptTests {
    @Test("the reason prompt says the rule truly: the alert is not assigned to you, even when your queue lists it")
    func promptSaysTheRule() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            // Alert 5 is unassigned, so the reviewer's queue lists it.
            #expect(try await reviewer.get("/alerts").text.contains("href=\"/alerts/\(TestWorld.unassignedAlert)\""))
            let unassigned = try await reviewer.get("/alerts/\(TestWorld.unassignedAlert)").text
            #expect(unassigned.contains("You are opening alert 5, which is not assigned to you."))
            #expect(unassigned.contains("an unassigned one included"))
            #expect(!unassigned.contains("not in your queue"))
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let other = try await supervisor.get("/alerts/1").text
            #expect(other.contains("You are opening alert 1, which is not assigned to you."))
            #expect(!other.contains("not in your queue"))
            let employee = try await reviewer.get("/employees/E902").text
            #expect(employee.contains("No open alert about them is assigned to you"))
        }
    }

    @Test("a change refused before a reason says the alert is not assigned to you, not that it is outside your queue")
    func refusalSaysTheRule() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let refused = try await reviewer.post(
                "/alerts/\(TestWorld.unassignedAlert)/notes",
                ["text": "typed before any reason"]
            )
            #expect(refused.status == .forbidden)
            #expect(
                refused.text.contains(
                    "Nothing was saved: alert 5 is not assigned to you, and you have not given a reason for opening it."
                )
            )
            #expect(!refused.text.contains("not in your queue"))
            #expect(try world.count("note") == 0)
        }
    }

    @Test("under a grant the prompt says the grant is why a reason is asked")
    func underGrant() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let developer = try await RouteProbe.browser("devgrant", client: client, world: world)
            let text = try await developer.get("/alerts/1").text
            #expect(text.contains("You are opening alert 1 under an access grant"))
        }
    }
}

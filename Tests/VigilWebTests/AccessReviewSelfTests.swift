import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// A supervisor linked to an employee record learns nothing from the trail about who looked into them.
@Suite struct AccessReviewSelfTests {
    /// Others open the supervisor's alert (4, about E200): its reviewer in the queue and on the page, and
    /// a grant holder under their grant.
    private func lookIntoSupervisor(_ client: any TestClientProtocol, world: TestWorld) async throws {
        let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
        try await reviewer.get("/alerts")
        #expect(try await reviewer.get("/alerts/\(TestWorld.supervisorSelfAlert)").status == .ok)
        try await reviewer.get("/alerts/\(TestWorld.ownQueueAlert)")
        let holder = try await RouteProbe.browser("devgrant", client: client, world: world)
        try await holder.giveReason(
            "diagnose the broken page",
            type: "alert",
            id: String(TestWorld.supervisorSelfAlert),
            returnTo: "/alerts/\(TestWorld.supervisorSelfAlert)"
        )
        #expect(try await holder.get("/alerts/\(TestWorld.supervisorSelfAlert)").status == .ok)
    }

    @Test("a supervisor's review of their own record or alert reads as one with nothing recorded")
    func ownSubject() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            try await lookIntoSupervisor(client, world: world)
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let byEmployee = try await supervisor.get("/access-review?subject=employee&id=E200&from=2000-01-01")
            #expect(byEmployee.status == .ok)
            #expect(byEmployee.text.contains("Nothing recorded in this period"))
            #expect(!byEmployee.text.contains("<td>rev</td>"))
            let byAlert = try await supervisor.get(
                "/access-review?subject=alert&id=\(TestWorld.supervisorSelfAlert)&from=2000-01-01"
            )
            #expect(byAlert.status == .ok)
            #expect(byAlert.text.contains("Nothing recorded in this period"))
            let missing = try await supervisor.get("/access-review?subject=employee&id=E999&from=2000-01-01")
            #expect(missing.status == byEmployee.status)
            // The auditor, who has no employee record, still sees who looked.
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let audited = try await auditor.get("/access-review?subject=employee&id=E200&from=2000-01-01")
            #expect(audited.text.contains("<td>rev</td>"))
            #expect(audited.text.contains("<td>devgrant</td>"))
        }
    }

    @Test("entries and grant uses that concern the supervisor are left out of their other reviews")
    func mentions() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            try await lookIntoSupervisor(client, world: world)
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let byUser = try await supervisor.get("/access-review?subject=user&id=rev&from=2000-01-01")
            #expect(byUser.text.contains("alert \(TestWorld.ownQueueAlert)"))
            #expect(!byUser.text.contains("E200"))
            #expect(!byUser.text.contains("alert \(TestWorld.supervisorSelfAlert)<"))
            let byHolder = try await supervisor.get("/access-review?subject=user&id=devgrant&from=2000-01-01")
            #expect(!byHolder.text.contains("E200"))
            let grants = try await supervisor.get("/grants")
            #expect(grants.status == .ok)
            #expect(grants.text.contains("Grant 1 to devgrant"))
            #expect(!grants.text.contains("GET /alerts/{id}"))
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            #expect(try await auditor.get("/grants").text.contains("GET /alerts/{id}"))
            let audited = try await auditor.get("/access-review?subject=user&id=rev&from=2000-01-01")
            #expect(audited.text.contains("employee E200"))
        }
    }
}

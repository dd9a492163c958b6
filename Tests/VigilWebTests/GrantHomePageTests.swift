import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct GrantHomePageTests {
    @Test("a user with role none and a grant in force sees the grant notice and the alert form at home")
    func grantInForce() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let holder = try await RouteProbe.browser("devgrant", client: client, world: world)
            let home = try await holder.get("/")
            #expect(home.status == .ok)
            #expect(home.text.contains("Every page you open is recorded against it"))
            #expect(home.text.contains("UK time (grant"), "the grant's end is said in UK time")
            #expect(!home.text.contains(".000Z"))
            #expect(home.text.contains("action=\"/find-alert\""))
            #expect(!home.text.contains("You have no standing access"))
            let without = try await RouteProbe.browser("dev", client: client, world: world)
            let plain = try await without.get("/")
            #expect(plain.text.contains("You have no standing access"))
            #expect(!plain.text.contains("action=\"/find-alert\""))
        }
        // The home page is not a use of the grant.
        #expect(try world.auditEntries().allSatisfy { !$0.event.detail.contains("under grant") })
    }
}

import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct AuditCoverageTests {
    /// A user admitted to `route` by role (or by grant when only a grant admits them).
    private func reader(of route: RouteDeclaration) -> String {
        guard case .roles(let roles, let underGrant) = route.access.audience else { return "rev" }
        let candidates: [(String, UserRole)] = [
            ("rev", .reviewer), ("sup", .supervisor), ("aud", .auditor), ("adm", .admin),
        ]
        if let name = candidates.first(where: { roles.contains($0.1) })?.0 { return name }
        return underGrant ? "devgrant" : "dev"
    }

    @Test("the router serves exactly the routes in the access table")
    func routerMatchesTable() async throws {
        let world = try await TestWorld()
        let table = VigilWebApplication.accessTable()
        let router = VigilWebApplication.router(services: world.services, table: table)
        let served = Set(router.routes.map { "\($0.method.rawValue) \($0.path)" })
        #expect(served == Set(table.routes.map(\.name)))
        #expect(served.count == table.routes.count)
    }

    @Test("a route added to the router past the access table is refused")
    func undeclaredRouteRefused() async throws {
        let world = try await TestWorld()
        let router = VigilWebApplication.router(services: world.services)
        router.get("/backdoor") { _, _ in "personal data" }
        try await Application(router: router).test(.router) { client in
            let response = try await client.execute(uri: "/backdoor", method: .get)
            #expect(response.status == .forbidden)
            #expect(!response.text.contains("personal data"))
        }
    }

    @Test("every route that shows or discloses personal data writes its event, naming the objects")
    func everyPersonalDataRouteIsAudited() async throws {
        let world = try await TestWorld()
        try await world.insertInsightFixture()
        try RouteProbe.insertSuppressions(in: world)
        let table = VigilWebApplication.accessTable()
        let personal = table.routes.filter { $0.access.personalData != nil }
        #expect(personal.count >= 4)
        try await world.application(table: table).test(.router) { client in
            for route in personal {
                let user = reader(of: route)
                let browser = try await RouteProbe.browser(user, client: client, world: world)
                if let object = RouteProbe.object(of: route) {
                    try await browser.giveReason(
                        "coverage of audited routes",
                        type: object.type,
                        id: object.id,
                        returnTo: "/"
                    )
                }
                let before = try world.auditCount()
                // A form whose success is a redirect shows data only when it is refused and comes back on
                // its page: that page is what must be recorded.
                let refusing: Bool =
                    if route.changesState, case .shown = route.access.personalData { true } else { false }
                let response =
                    refusing
                    ? try await browser.post(RouteProbe.path(of: route), RouteProbe.refusedForm(for: route))
                    : try await RouteProbe.send(route, from: browser)
                if refusing {
                    #expect([.unprocessableContent, .conflict].contains(response.status), "\(route.name) as \(user)")
                } else {
                    #expect(response.status == .ok, "\(route.name) as \(user)")
                }
                let events = try world.auditEntries(after: before).map(\.event)
                let expected: AuditEvent.Action =
                    if case .disclosed = route.access.personalData { .disclosure } else { .consultation }
                let event = events.first { $0.action == expected && $0.actor == user }
                #expect(event != nil, "\(route.name) wrote no \(expected) event")
                #expect(event?.objectType == route.access.personalData?.objectType, "\(route.name)")
                #expect(event?.detail.contains(route.name) == true, "\(route.name)")
                if let object = RouteProbe.object(of: route) {
                    #expect(event?.objectIDs == [object.id], "\(route.name)")
                    #expect(event?.reason == "coverage of audited routes")
                }
                if expected == .disclosure { #expect(event?.detail.contains("recipient: Internal audit") == true) }
            }
        }
    }

    @Test("if the audit write fails, the page is not served")
    func failClosed() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = try await RouteProbe.browser("rev", client: client, world: world)
            try world.store.write { db in
                try db.execute(
                    sql: """
                        CREATE TRIGGER audit_refused BEFORE INSERT ON audit_event
                        BEGIN SELECT RAISE(ABORT, 'audit storage unavailable'); END
                        """
                )
            }
            let response = try await browser.get("/alerts/\(TestWorld.ownQueueAlert)")
            #expect(response.status == .internalServerError)
            #expect(!response.text.contains("E900"))
            #expect(!response.text.contains("audit storage"))
        }
    }

    @Test("an action whose audit event cannot be written does not happen")
    func failClosedForChanges() async throws {
        var policy = LoginPolicy()
        policy.lockAfter = 1
        let world = try await TestWorld(login: policy)
        try await world.application().test(.router) { client in
            let victim = Browser(client, world: world)
            try await victim.get("/login")
            try await victim.post("/login", ["username": "rev", "password": "wrong"])
            let admin = try await RouteProbe.browser("adm", client: client, world: world)
            try await admin.get("/admin/lockouts")
            try world.store.write { db in
                try db.execute(
                    sql:
                        "CREATE TRIGGER audit_refused BEFORE INSERT ON audit_event BEGIN SELECT RAISE(ABORT, 'no'); END"
                )
            }
            let response = try await admin.post("/admin/lockouts/unlock", ["account": "rev"])
            #expect(response.status == .internalServerError)
        }
        #expect(try world.store.read { db in try LoginThrottle.failure(of: "rev", in: db)?.isLocked } == true)
    }

    @Test("pages opened under a grant are recorded as its uses and listed for supervisors")
    func grantUses() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let developer = try await RouteProbe.browser("devgrant", client: client, world: world)
            let prompt = try await developer.get("/alerts/1")
            #expect(prompt.text.contains("Reason for access"))
            try await developer.giveReason("reproduce INC-42", type: "alert", id: "1", returnTo: "/alerts/1")
            #expect(try await developer.get("/alerts/1").status == .ok)
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let grants = try await supervisor.get("/grants")
            #expect(grants.text.contains("Grant 1 to devgrant – in force"))
            #expect(grants.text.contains("GET /alerts/{id}"))
            world.clock.advance(by: 8 * 3600)
            let expired = try await RouteProbe.browser("devgrant", client: client, world: world)
            #expect(try await expired.get("/alerts/1").status == .forbidden)
        }
        let uses = try world.store.read { db in try AccessGrants.uses(ofGrant: 1, in: db) }
        #expect(uses.count == 1)
        #expect(uses.first?.objectIDs == ["1"])
        let event = try world.auditEntries().first { $0.sequence == uses.first?.auditSequence }
        #expect(event?.event.detail.contains("under grant 1 (ticket INC-42)") == true)
        #expect(event?.event.reason == "reproduce INC-42")
    }
}

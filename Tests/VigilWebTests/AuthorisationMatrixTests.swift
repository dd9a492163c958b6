import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// Every route × every role × someone else's object: any success not listed here is a failure.
///
/// The expectations are written out by hand, independently of the routes' declarations, so a
/// declaration that admits too much is caught; a route missing from this table fails the test too.
@Suite struct AuthorisationMatrixTests {
    static let signedIn: Set<String> = ["rev", "sup", "aud", "adm", "dev", "devgrant"]
    static let everyone: Set<String> = signedIn.union(["anonymous"])
    static let readers: Set<String> = ["rev", "sup", "devgrant"]

    /// Who may succeed on each route, by user name (`anonymous` for no session).
    static let allowed: [String: Set<String>] = [
        "GET /static/vigil.css": everyone,
        "GET /login": everyone,
        "POST /login": [],
        "GET /login/code": [],
        "POST /login/code": [],
        "GET /enrol": [],
        "POST /enrol": [],
        "GET /": signedIn,
        "GET /find-alert": readers,
        "POST /logout": signedIn,
        "POST /reason": readers,
        "GET /admin/users": ["adm"],
        "GET /admin/lockouts": ["adm"],
        "POST /admin/lockouts/unlock": ["adm"],
        "GET /grants": ["sup", "aud"],
        "GET /access-review": ["sup", "aud"],
        "POST /access-review/export": ["aud"],
        "GET /alerts/{id}": readers,
        // triage
        "GET /alerts": ["rev", "sup"],
        "POST /alerts/export": ["rev", "sup"],
        "POST /alerts/assign": ["sup"],
        "POST /alerts/{id}/assign": ["sup"],
        "POST /alerts/{id}/decision": ["rev", "sup"],
        "POST /alerts/{id}/notes": ["rev", "sup"],
        "GET /suppressions": ["rev", "sup"],
        "POST /suppressions/{id}/approve": ["sup"],
        "POST /suppressions/{id}/lift": ["sup"],
        // Insight views and the JSON API.
        "GET /employees/{id}": readers,
        "GET /employees/{id}/home": readers,
        "GET /trends": ["rev", "sup"],
        "GET /runs": ["rev", "sup", "adm"],
        "GET /runs/{id}": ["rev", "sup", "adm"],
        "GET /api/openapi.json": signedIn,
        "GET /api/v1/alerts": ["rev", "sup"],
        "GET /api/v1/alerts/{id}": readers,
        "GET /api/v1/outcomes": ["rev", "sup"],
        "GET /api/v1/trends/weekly": ["rev", "sup"],
    ]

    @Test("no role succeeds on a route, or someone else's alert, that it is not allowed")
    func matrix() async throws {
        let world = try await TestWorld()
        try await world.insertInsightFixture()
        let table = VigilWebApplication.accessTable()
        for route in table.routes {
            #expect(Self.allowed[route.name] != nil, "\(route.name) has no expectations in the matrix")
        }
        try await world.application(table: table).test(.router) { client in
            for route in table.routes {
                let allowed = Self.allowed[route.name] ?? []
                for visitor in RouteProbe.visitors {
                    let name = visitor ?? "anonymous"
                    let browser = try await RouteProbe.browser(visitor, client: client, world: world)
                    var response = try await RouteProbe.send(route, from: browser)
                    if let object = RouteProbe.object(of: route),
                        response.text.contains("Reason for access") || response.text.contains("give a reason first")
                    {
                        try await browser.giveReason(
                            "matrix walk of every route",
                            type: object.type,
                            id: object.id,
                            returnTo: RouteProbe.path(of: route)
                        )
                        response = try await RouteProbe.send(route, from: browser)
                    }
                    let succeeded = RouteProbe.succeeded(response)
                    #expect(
                        !succeeded || allowed.contains(name),
                        "\(name) unexpectedly succeeded on \(route.name): \(response.status)"
                    )
                    if route.method == .get, allowed.contains(name), !route.path.contains("find-alert") {
                        #expect(succeeded, "\(name) was refused \(route.name): \(response.status)")
                    }
                }
            }
        }
    }

    @Test("nobody ever sees an alert about themselves, even with a reason")
    func noSelfReview() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            for (user, alert) in [("rev", TestWorld.reviewerSelfAlert), ("sup", TestWorld.supervisorSelfAlert)] {
                let browser = try await RouteProbe.browser(user, client: client, world: world)
                let response = try await browser.get("/alerts/\(alert)")
                #expect(response.status == .notFound)
                try await browser.giveReason("I want to see it", type: "alert", id: String(alert), returnTo: "/")
                #expect(try await browser.get("/alerts/\(alert)").status == .notFound)
                let missing = try await browser.get("/alerts/999")
                #expect(missing.status == .notFound)
                #expect(missing.text == response.text)
            }
        }
    }

    @Test("auditors, administrators and users without a grant never see alert content")
    func noContentForOtherRoles() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            for user in ["aud", "adm", "dev"] {
                let browser = try await RouteProbe.browser(user, client: client, world: world)
                for alert in 1...4 {
                    let response = try await browser.get("/alerts/\(alert)")
                    #expect(response.status == .forbidden)
                    #expect(!response.text.contains("E90"))
                }
            }
        }
    }

    @Test("an alert in the reviewer's queue opens without a reason; another asks for one first")
    func queueAndReason() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = try await RouteProbe.browser("rev", client: client, world: world)
            let own = try await browser.get("/alerts/\(TestWorld.ownQueueAlert)")
            #expect(own.status == .ok)
            #expect(own.text.contains("E900"))
            let other = try await browser.get("/alerts/\(TestWorld.othersAlert)")
            #expect(other.text.contains("Reason for access"))
            #expect(!other.text.contains("E901"))
            let short = try await browser.post(
                "/reason",
                ["object_type": "alert", "object_id": "2", "return": "/alerts/2", "reason": "why"]
            )
            #expect(short.status == .unprocessableContent)
            let evil = try await browser.post(
                "/reason",
                ["object_type": "alert", "object_id": "2", "return": "//evil.example", "reason": "a good reason here"]
            )
            #expect(evil.status == .badRequest)
            try await browser.giveReason("duplicate check for TRM", type: "alert", id: "2", returnTo: "/alerts/2")
            let opened = try await browser.get("/alerts/\(TestWorld.othersAlert)")
            #expect(opened.text.contains("E901"))
        }
        let consultations = try world.auditEntries().filter { $0.event.action == .consultation }
        #expect(consultations.contains { $0.event.objectIDs == ["1"] && $0.event.reason == "own queue" })
        #expect(consultations.contains { $0.event.objectIDs == ["2"] && $0.event.reason == "duplicate check for TRM" })
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct SecurityHeadersTests {
    private func expectHeaders(_ response: TestResponse, _ what: String) {
        #expect(
            response.headers[.contentSecurityPolicy]
                == "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                + "frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
            "CSP on \(what)"
        )
        #expect(response.headers[.strictTransportSecurity]?.hasPrefix("max-age=") == true, "HSTS on \(what)")
        #expect(response.headers[.xContentTypeOptions] == "nosniff", "nosniff on \(what)")
        #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "no-referrer", "Referrer-Policy on \(what)")
        #expect(response.headers[.cacheControl] == "no-store", "Cache-Control on \(what)")
    }

    @Test("every route carries the security headers, signed in or not")
    func everyRoute() async throws {
        let world = try await TestWorld()
        let table = VigilWebApplication.accessTable()
        try await world.application(table: table).test(.router) { client in
            for visitor in [nil, "rev", "adm"] as [String?] {
                for route in table.routes where route.name != "POST /logout" {
                    let browser = try await RouteProbe.browser(visitor, client: client, world: world)
                    let response = try await RouteProbe.send(route, from: browser)
                    expectHeaders(response, "\(route.name) as \(visitor ?? "anonymous") (\(response.status.code))")
                }
            }
        }
    }

    @Test("404, 403, 400 and 500 responses carry them too, and a 500 says nothing about its cause")
    func errors() async throws {
        let world = try await TestWorld()
        var table = VigilWebApplication.accessTable()
        struct Secret: Error {}
        table.add(.get, "/broken", access: .anyone) { _, _ in throw Secret() }
        try await world.application(table: table).test(.router) { client in
            let missing = try await client.execute(uri: "/no/such/page", method: .get)
            #expect(missing.status == .notFound)
            expectHeaders(missing, "404")
            let broken = try await client.execute(uri: "/broken", method: .get)
            #expect(broken.status == .internalServerError)
            #expect(!broken.text.contains("Secret"))
            expectHeaders(broken, "500")
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let forbidden = try await reviewer.get("/admin/users")
            #expect(forbidden.status == .forbidden)
            expectHeaders(forbidden, "403")
            let bad = try await reviewer.post(
                "/reason",
                ["object_type": "alert", "object_id": "2", "return": "//evil.example", "reason": "a good reason here"]
            )
            #expect(bad.status == .badRequest)
            expectHeaders(bad, "400")
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let refused = try await auditor.get("/access-review?from=yesterday")
            #expect(refused.status == .unprocessableContent)
            expectHeaders(refused, "422")
        }
    }

    @Test("the stylesheet is served as CSS, and no page carries inline script or style")
    func noInlineScriptOrStyle() async throws {
        let world = try await TestWorld()
        let table = VigilWebApplication.accessTable()
        try await world.application(table: table).test(.router) { client in
            let css = try await client.execute(uri: "/static/vigil.css", method: .get)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            for visitor in ["rev", "sup", "aud", "adm"] {
                let browser = try await RouteProbe.browser(visitor, client: client, world: world)
                for route in table.routes where route.method == .get {
                    let html = try await RouteProbe.send(route, from: browser).text
                    #expect(!html.contains("<script"), "\(route.name)")
                    #expect(!html.contains("<style"), "\(route.name)")
                    #expect(!html.contains("style="), "\(route.name)")
                    #expect(
                        html.range(of: " on[a-z]+=", options: .regularExpression) == nil,
                        "\(route.name) has an inline event handler"
                    )
                }
            }
        }
    }
}

import Foundation
import GRDB
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct CSRFTests {
    /// A user the route admits, so that a refusal can only come from the token.
    private func admitted(_ route: RouteDeclaration) -> String? {
        switch route.access.audience {
        case .anyone: nil
        case .signingIn: "signing-in"
        case .roles(let roles, _):
            [("rev", UserRole.reviewer), ("sup", .supervisor), ("aud", .auditor), ("adm", .admin)]
                .first { roles.contains($0.1) }?.0
        }
    }

    private func browser(
        for route: RouteDeclaration,
        client: any TestClientProtocol,
        world: TestWorld
    ) async throws
        -> Browser
    {
        let visitor = admitted(route)
        if visitor == "signing-in" {
            let browser = Browser(client, world: world)
            try await browser.get("/login")
            try await browser.post("/login", ["username": "rev", "password": TestWorld.password])
            if case .signingIn(.enrolment) = route.access.audience {
                try world.store.write { db in
                    try db.execute(sql: "UPDATE user_session SET stage = 'enrolment' WHERE stage = 'second_factor'")
                }
            }
            return browser
        }
        return try await RouteProbe.browser(visitor, client: client, world: world)
    }

    @Test("every state-changing route refuses a missing or wrong CSRF token with 403")
    func everyRoute() async throws {
        let world = try await TestWorld()
        let table = VigilWebApplication.accessTable()
        let changing = table.routes.filter(\.changesState)
        #expect(changing.count >= 7)
        try await world.application(table: table).test(.router) { client in
            for route in changing {
                let path = RouteProbe.path(of: route)
                let form = RouteProbe.form(for: route)
                for token in [String?.none, "wrong-token", String(repeating: "A", count: 43)] {
                    let browser = try await browser(for: route, client: client, world: world)
                    let response = try await browser.post(path, form, csrf: .some(token))
                    #expect(response.status == .forbidden, "\(route.name) with token \(token ?? "none")")
                    #expect(response.text.contains("This form has expired"), "\(route.name)")
                }
            }
        }
    }

    @Test("a form larger than Vigil accepts is answered 413 with a page saying so, not a server error")
    func oversizedForm() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.get("/login")
            let response = try await browser.post("/login", ["username": String(repeating: "a", count: 70_000)])
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains("This form is larger than Vigil accepts"))
            let fits = try await browser.post("/login", ["username": String(repeating: "a", count: 60_000)])
            #expect(fits.status != .contentTooLarge, "a form under the limit is read")
        }
    }

    @Test("another session's token is refused")
    func anotherSessionsToken() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let admin = try await RouteProbe.browser("adm", client: client, world: world)
            let other = try await RouteProbe.browser("adm", client: client, world: world)
            let response = try await admin.post(
                "/admin/lockouts/unlock",
                ["account": "rev"],
                csrf: .some(other.csrfToken)
            )
            #expect(response.status == .forbidden)
            #expect(admin.csrfToken != other.csrfToken)
        }
    }

    @Test("the sign-in form itself needs the anonymous session's token")
    func signInForm() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let bare = try await client.execute(
                uri: "/login",
                method: .post,
                headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "username=rev&password=x")
            )
            #expect(bare.status == .forbidden)
        }
    }
}

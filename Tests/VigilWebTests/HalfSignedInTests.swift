import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// A visitor part-way through signing in (password accepted, code not yet given), or whose sign-in has
/// ended, is sent back to their step or to the sign-in page with a word saying why, never a bare 403.
@Suite struct HalfSignedInTests {
    /// A browser whose password `rev` has just accepted.
    private func afterPassword(_ client: any TestClientProtocol, _ world: TestWorld) async throws -> Browser {
        let browser = Browser(client, world: world)
        try await browser.get("/login")
        let accepted = try await browser.post("/login", ["username": "rev", "password": TestWorld.password])
        #expect(accepted.headers[.location] == "/login/code")
        return browser
    }

    @Test("the API answers a request with no session in JSON, 401, not with a sign-in page")
    func apiWithoutSession() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let response = try await Browser(client, world: world).get("/api/v1/alerts")
            #expect(response.status == .unauthorized)
            #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            #expect(response.text.contains("Not signed in"))
            #expect(response.headers[.location] == nil)
        }
    }

    @Test("every page and form reached before the code sends the visitor back to the code step, saying so")
    func backToTheCode() async throws {
        let world = try await TestWorld()
        let table = VigilWebApplication.accessTable()
        try await world.application(table: table).test(.router) { client in
            let browser = try await afterPassword(client, world)
            try await browser.get("/login/code")
            var checked = 0
            for route in table.routes where route.access.audience != .anyone && route.path != "/login/code" {
                let response = try await RouteProbe.send(route, from: browser)
                checked += 1
                if route.path.hasPrefix("/api/") {
                    // The API answers in JSON: a BI tool cannot follow a sign-in page.
                    #expect(response.status == .unauthorized, "\(route.name): \(response.status)")
                    #expect(response.text.contains("\"status\":401"), "\(route.name)")
                    #expect(response.text.contains("has not finished signing in"), "\(route.name)")
                    continue
                }
                #expect(response.status == .seeOther, "\(route.name): \(response.status)")
                #expect(response.headers[.location] == "/login/code?notice=code", "\(route.name)")
            }
            #expect(checked >= 20)
            let page = try await browser.get("/login/code?notice=code")
            #expect(page.status == .ok)
            #expect(page.text.contains("You have not finished signing in. Enter the code from your authenticator app"))
            #expect(try await browser.get("/login/code").text.contains("You have not finished") == false)
            // The half-signed-in session is still there: the code signs it in.
            let factor = SecondFactor()
            let code = factor.code(secret: world.people["rev"]!.secret, step: factor.step(at: world.clock.now))
            #expect(try await browser.post("/login/code", ["code": code]).headers[.location] == "/")
        }
    }

    @Test("a new user part-way through enrolment is sent back to enrolment, saying so")
    func backToEnrolment() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let browser = try await afterPassword(client, world)
            try world.store.write { db in
                try db.execute(sql: "UPDATE user_session SET stage = 'enrolment' WHERE stage = 'second_factor'")
            }
            for path in ["/", "/alerts/1", "/login/code"] {
                let response = try await browser.get(path)
                #expect(response.headers[.location] == "/enrol?notice=enrol", "\(path)")
            }
            #expect(try await browser.post("/logout").headers[.location] == "/enrol?notice=enrol")
            let page = try await browser.get("/enrol?notice=enrol")
            #expect(page.text.contains("You have not finished setting up your account"))
        }
    }

    @Test("a code sent after the sign-in ended (the account locked) goes to the sign-in page, saying so")
    func endedSignIn() async throws {
        var policy = LoginPolicy()
        policy.freeAttempts = 100
        policy.lockAfter = 1
        let world = try await TestWorld(login: policy)
        try await world.application().test(.router) { client in
            let browser = try await afterPassword(client, world)
            try await browser.get("/login/code")
            #expect(try await browser.post("/login/code", ["code": "000000"]).text.contains("locked"))
            let again = try await browser.post("/login/code", ["code": "111111"])
            #expect(again.status == .seeOther)
            #expect(again.headers[.location] == "/login?notice=ended")
            let page = try await browser.get("/login?notice=ended")
            #expect(page.status == .ok)
            #expect(
                page.text.contains(
                    "You are not signed in (your sign-in may have ended), so nothing you sent was saved."
                )
            )
            #expect(try await browser.get("/login?notice=%3Cscript%3E").text.contains("<script>") == false)
        }
    }
}

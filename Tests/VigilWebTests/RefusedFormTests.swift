import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// A form that cannot be used comes back as the same page with what was typed (escaped), an error summary
/// linking to the field at fault, the field marked and described, and a 4xx status; nothing is saved.
@Suite struct RefusedFormTests {
    /// The error summary of a page, or "" when it has none.
    static func summary(_ page: String) -> String {
        page.components(separatedBy: "<div class=\"error-summary\" role=\"alert\"").dropFirst().first?
            .components(separatedBy: "</div>").first ?? ""
    }

    /// The opening tag of the field (input, select or textarea) with this id, or "" when there is none.
    static func field(_ id: String, in page: String) -> String {
        var rest = page[...]
        while let found = rest.range(of: " id=\"\(id)\"") {
            let start = rest[..<found.lowerBound].lastIndex(of: "<") ?? found.lowerBound
            let tag = rest[start...].prefix { $0 != ">" }
            if ["<input ", "<select ", "<textarea "].contains(where: { tag.hasPrefix($0) }) { return String(tag) }
            rest = rest[found.upperBound...]
        }
        return ""
    }

    /// Whether the field with this id is marked invalid and described by the message after `first`.
    static func marked(_ id: String, first: String? = nil, in page: String) -> Bool {
        let tag = field(id, in: page)
        return tag.contains("aria-invalid=\"true\"") && tag.contains("aria-describedby=\"\(first ?? id)-error\"")
    }

    @Test("a bad date in the access review comes back with the subject, id and dates as typed, and reads nothing")
    func accessReviewKeepsInput() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let before = try world.auditCount()
            let page = try await auditor.get(
                "/access-review?subject=alert&id=7%22%3E%3Cb%3E&from=2026-02-30&to=2026-03-31"
            )
            #expect(page.status == .unprocessableContent)
            let html = page.text
            #expect(html.contains("<title>Error: Access review – Vigil</title>"))
            #expect(Self.summary(html).contains("<a href=\"#from\">From must be a real day"))
            #expect(Self.marked("from", in: html))
            #expect(!Self.marked("to", in: html))
            #expect(html.contains("<option value=\"alert\" selected>"))
            #expect(Self.field("id", in: html).contains("value=\"7&quot;&gt;&lt;b&gt;\""))
            #expect(Self.field("from", in: html).contains("value=\"2026-02-30\""))
            #expect(Self.field("to", in: html).contains("value=\"2026-03-31\""))
            #expect(!html.contains("<table>"))
            // Nothing was read from the trail, so nothing was recorded.
            #expect(try world.auditCount() == before)
            let reversed = try await auditor.get("/access-review?subject=user&id=rev&from=2026-03-01&to=2026-02-01")
            #expect(reversed.status == .unprocessableContent)
            #expect(Self.summary(reversed.text).contains("<a href=\"#to\">"))
            #expect(reversed.text.contains("<option value=\"user\" selected>"))
            let kind = try await auditor.get("/access-review?subject=team&id=CID")
            #expect(kind.status == .unprocessableContent)
            #expect(Self.marked("subject", in: kind.text))
            #expect(Self.field("id", in: kind.text).contains("value=\"CID\""))
        }
    }

    @Test("an export without a recipient or with a bad date comes back with what was typed and discloses nothing")
    func exportKeepsInput() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            try await auditor.get("/access-review")
            let before = try world.auditCount()
            let noRecipient = try await auditor.post(
                "/access-review/export",
                ["from": "2026-01-01", "to": "2026-01-31", "recipient": " "]
            )
            #expect(noRecipient.status == .unprocessableContent)
            #expect(Self.marked("recipient", in: noRecipient.text))
            #expect(Self.field("export-from", in: noRecipient.text).contains("value=\"2026-01-01\""))
            #expect(Self.field("export-to", in: noRecipient.text).contains("value=\"2026-01-31\""))
            let badDate = try await auditor.post(
                "/access-review/export",
                ["from": "2026-01-01", "to": "31/01/2026", "recipient": "ICO <case> 12"]
            )
            #expect(badDate.status == .unprocessableContent)
            #expect(Self.summary(badDate.text).contains("<a href=\"#export-to\">To must be a real day"))
            #expect(Self.marked("export-to", in: badDate.text))
            #expect(Self.field("recipient", in: badDate.text).contains("value=\"ICO &lt;case&gt; 12\""))
            #expect(Self.field("export-to", in: badDate.text).contains("value=\"31/01/2026\""))
            #expect(badDate.headers[.contentDisposition] == nil)
            #expect(try world.auditCount() == before)
            // The token still guards the form: without it, refused before anything is read or shown again.
            let forged = try await auditor.post("/access-review/export", ["recipient": "x"], csrf: .some(nil))
            #expect(forged.status == .forbidden)
            #expect(!forged.text.contains("export-from"))
        }
    }

    @Test("a refused sign-in keeps the user name as typed, never the password")
    func signInKeepsUserName() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let visitor = Browser(client, world: world)
            try await visitor.get("/login")
            let refused = try await visitor.post("/login", ["username": "rev\"<x>", "password": "Secret-Guess-9"])
            #expect(refused.status == .unauthorized)
            #expect(Self.field("username", in: refused.text).contains("value=\"rev&quot;&lt;x&gt;\""))
            #expect(Self.field("password", in: refused.text).contains("value=\"\""))
            #expect(!refused.text.contains("Secret-Guess-9"))
            #expect(Self.marked("password", first: "username", in: refused.text))
        }
    }

    @Test("enrolment ties its problem to the field at fault and never sends a password or code back")
    func enrolmentMarksItsField() async throws {
        let world = try await TestWorld()
        let temporary = try await AccountAdministration(store: world.store, hasher: PasswordHasher(cost: 4)).add(
            username: "newbie",
            displayName: "New Starter",
            role: .reviewer,
            employeeID: nil,
            by: "test",
            at: world.clock.now
        )
        try await world.application().test(.router) { client in
            let browser = Browser(client, world: world)
            try await browser.get("/login")
            try await browser.post("/login", ["username": "newbie", "password": temporary])
            try await browser.get("/enrol")
            let differ = try await browser.post(
                "/enrol",
                ["password": "a much longer passphrase", "confirmation": "a much longer passphrase!", "code": "1"]
            )
            #expect(differ.status == .unprocessableContent)
            #expect(Self.summary(differ.text).contains("<a href=\"#confirmation\">The two passwords are not the same."))
            #expect(Self.marked("confirmation", in: differ.text))
            #expect(!Self.marked("password", first: "confirmation", in: differ.text))
            #expect(!differ.text.contains("a much longer passphrase"))
            let wrongCode = try await browser.post(
                "/enrol",
                ["password": "a much longer passphrase", "confirmation": "a much longer passphrase", "code": "000000"]
            )
            #expect(wrongCode.status == .unprocessableContent)
            #expect(Self.marked("code", in: wrongCode.text))
            #expect(Self.field("code", in: wrongCode.text).contains("value=\"\""))
        }
        let user = try #require(try world.store.read { db in try UserDirectory.user(named: "newbie", in: db) })
        #expect(!user.isEnrolled)
    }

    @Test("an alert number that is not one comes back on the home page as typed, with 422")
    func findAlertKeepsInput() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let refused = try await reviewer.get("/find-alert?id=4%3Cb%3E")
            #expect(refused.status == .unprocessableContent)
            #expect(Self.summary(refused.text).contains("<a href=\"#alert\">Enter an alert number"))
            #expect(Self.marked("alert", in: refused.text))
            #expect(Self.field("alert", in: refused.text).contains("value=\"4&lt;b&gt;\""))
            #expect(try await reviewer.get("/find-alert?id=1").headers[.location] == "/alerts/1")
        }
    }
}

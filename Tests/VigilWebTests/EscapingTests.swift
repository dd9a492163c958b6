import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct EscapingTests {
    static let payloads = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>",
        "</textarea><script>x</script>",
    ]

    @Test("interpolated text is escaped; interpolated HTML is not")
    func interpolation() {
        let name = "<b>O'Brien & \"Sons\"</b>"
        let html: HTML = "<p title=\"\(name)\">\(name)</p>\(HTML("<br>"))"
        #expect(
            html.markup == "<p title=\"&lt;b&gt;O&#39;Brien &amp; &quot;Sons&quot;&lt;/b&gt;\">"
                + "&lt;b&gt;O&#39;Brien &amp; &quot;Sons&quot;&lt;/b&gt;</p><br>"
        )
    }

    @Test("text with nothing to escape comes back unchanged, and letters beyond ASCII survive escaping")
    func escapingKeepsOtherText() {
        #expect(HTML.escape("Siobhán Ní Bhriain – CID · 2026") == "Siobhán Ní Bhriain – CID · 2026")
        #expect(HTML.escape("Zoë <Ørsted> & Łukasz 🚓") == "Zoë &lt;Ørsted&gt; &amp; Łukasz 🚓")
        #expect(HTML.escape("") == "")
    }

    @Test("payloads in names, alert fields and reasons come back escaped on every page that shows them")
    func throughRoutes() async throws {
        let world = try await TestWorld()
        let payload = Self.payloads.joined()
        try world.store.write { db in
            try db.execute(
                sql: "UPDATE app_user SET display_name = ? WHERE username IN ('rev', 'sup', 'adm')",
                arguments: [payload]
            )
            try TestWorld.insertAlert(10, employee: payload, assignedTo: "rev", kind: payload, in: db)
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            var pages = [try await reviewer.get("/"), try await reviewer.get("/alerts/10")]
            try await reviewer.giveReason(payload, type: "alert", id: "2", returnTo: "/alerts/2")
            pages.append(try await reviewer.get("/alerts/2"))
            let admin = try await RouteProbe.browser("adm", client: client, world: world)
            pages.append(try await admin.get("/admin/users"))
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            pages.append(try await supervisor.get("/access-review?subject=alert&id=2"))
            pages.append(try await supervisor.get("/access-review?subject=user&id=\(Browser.encode(Self.payloads[1]))"))
            // A payload is no user name: that review comes back refused (422), the name as typed, escaped.
            #expect(pages[5].status == .unprocessableContent)
            for (index, page) in pages.enumerated() {
                #expect(page.status == (index == 5 ? .unprocessableContent : .ok))
                for raw in Self.payloads { #expect(!page.text.contains(raw)) }
            }
            #expect(pages[1].text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(pages[4].text.contains("&lt;img src=x onerror=alert(1)&gt;"))
        }
    }

    @Test("a CSV cell a spreadsheet would run as a formula is neutralised")
    func csvFormulaInjection() {
        #expect(AuditCSV.cell("=HYPERLINK(\"http://x\")") == "\"'=HYPERLINK(\"\"http://x\"\")\"")
        #expect(AuditCSV.cell("+1") == "'+1")
        #expect(AuditCSV.cell("-2") == "'-2")
        #expect(AuditCSV.cell("@SUM(A1)") == "'@SUM(A1)")
        #expect(AuditCSV.cell("\tx") == "'\tx")
        #expect(AuditCSV.cell("plain") == "plain")
        #expect(AuditCSV.cell("a,b") == "\"a,b\"")
        #expect(AuditCSV.cell("line\r\nbreak") == "\"line\r\nbreak\"")
    }
}

import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// Text from the roster, the incident log and the run history is data on the insight pages, never markup.
@Suite struct InsightEscapingTests {
    @Test("payloads in teams, incident types, addresses and run messages come back escaped")
    func payloadsEscaped() async throws {
        let world = try await TestWorld()
        try await world.insertInsightFixture()
        let payload = EscapingTests.payloads.joined()
        try world.store.write { db in
            try db.execute(
                sql: "UPDATE employee SET team = ?, role = ? WHERE employee_id = 'E900'",
                arguments: [payload, payload]
            )
            try db.execute(
                sql: "UPDATE incident_location SET incident_type = ?, address_line = ? WHERE id = 1",
                arguments: [payload, payload]
            )
            let messages = String(
                decoding: try JSONEncoder().encode(["data-quality gate failed: \(payload)"]),
                as: UTF8.self
            )
            try db.execute(sql: "UPDATE run SET messages = ?, host = ? WHERE id = 2", arguments: [messages, payload])
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            try await supervisor.giveReason(payload, type: "employee", id: "E900", returnTo: "/")
            let pages = [
                try await reviewer.get("/employees/E900"),
                try await supervisor.get("/employees/E900/home"),
                try await supervisor.get(InsightPageTests.trendsPath),
                try await reviewer.get("/runs"),
                try await reviewer.get("/runs/2"),
            ]
            for page in pages {
                #expect(page.status == .ok)
                for raw in EscapingTests.payloads { #expect(!page.text.contains(raw)) }
            }
            #expect(pages[1].text.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(pages[4].text.contains("&lt;svg onload=alert(1)&gt;"))
        }
    }
}

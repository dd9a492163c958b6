import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// The JSON API: its OpenAPI document agrees with the access table, its responses match the
/// document's schemas, and it is authorised and audited like the pages.
@Suite struct APITests {
    private func world() async throws -> TestWorld {
        let world = try await TestWorld()
        try await world.insertInsightFixture()
        return world
    }

    private func document() throws -> JSONTree {
        try JSONTree.parse(OpenAPIDocument.document.text)
    }

    @Test("the OpenAPI document is 3.1, and its paths are exactly the API routes in the access table")
    func documentMatchesTable() throws {
        let document = try document()
        #expect(document["openapi"]?.string == "3.1.0")
        #expect(document["info"]?["title"]?.string == "Vigil API")
        let table = VigilWebApplication.accessTable()
        let declared = Set(table.routes.filter { $0.path.hasPrefix("/api/v1/") }.map(\.name))
        let paths = document["paths"]?.members ?? [:]
        var described: Set<String> = []
        for (path, item) in paths {
            for method in item.members.keys { described.insert("\(method.uppercased()) \(path)") }
            #expect(item["get"]?["responses"]?["200"] != nil, "\(path) has no 200 response")
        }
        #expect(described == declared)
        let schemas = document["components"]?["schemas"]?.members ?? [:]
        for name in ["Alert", "AlertList", "Outcome", "OutcomeList", "Week", "WeeklyTrends", "Error"] {
            #expect(schemas[name] != nil, "no schema \(name)")
        }
        #expect(document["components"]?["securitySchemes"]?["session"]?["in"]?.string == "cookie")
    }

    @Test("every API response matches the schema the document gives for it")
    func responsesMatchSchemas() async throws {
        let world = try await world()
        let document = try document()
        let check = SchemaCheck(schemas: document["components"]?["schemas"]?.members ?? [:])
        @Sendable func schema(_ path: String) -> JSONTree {
            document["paths"]?[path]?["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"] ?? .null
        }
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let probes: [(String, String)] = [
                ("/api/v1/alerts", "/api/v1/alerts?limit=3"),
                ("/api/v1/alerts", "/api/v1/alerts?status=not_a_match"),
                ("/api/v1/outcomes", "/api/v1/outcomes"),
                ("/api/v1/trends/weekly", "/api/v1/trends/weekly?from=2026-01-05&to=2026-01-25"),
            ]
            for (path, uri) in probes {
                let response = try await supervisor.get(uri)
                #expect(response.status == .ok, "\(uri)")
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let problems = check.problems(try JSONTree.parse(response.text), schema(path))
                #expect(problems.isEmpty, "\(uri): \(problems)")
            }
            try await supervisor.giveReason("BI extract check", type: "alert", id: "20", returnTo: "/")
            let one = try await supervisor.get("/api/v1/alerts/20")
            #expect(one.status == .ok)
            let alert = try JSONTree.parse(one.text)
            #expect(check.problems(alert, schema("/api/v1/alerts/{id}")).isEmpty)
            #expect(alert["status"]?.string == "NOT_A_MATCH")
            #expect(alert["roles"]?.elements.compactMap(\.string) == ["victim"])
            let refused = try await supervisor.get("/api/v1/alerts?limit=many")
            #expect(refused.status == .badRequest)
            let error = try JSONTree.parse(refused.text)
            #expect(check.problems(error, .object(["$ref": .string("#/components/schemas/Error")])).isEmpty)
        }
    }

    @Test("the API gives the known figures, pages by id, and never lists alerts about the reader")
    func figures() async throws {
        let world = try await world()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let all = try JSONTree.parse(try await reviewer.get("/api/v1/alerts?limit=200").text)
            let ids = all["alerts"]?.elements.compactMap { $0["employeeId"]?.string } ?? []
            #expect(!ids.contains("E100"))
            #expect(ids.count == 9)
            let page = try JSONTree.parse(try await reviewer.get("/api/v1/alerts?limit=2&after=20").text)
            #expect(page["alerts"]?.elements.compactMap { $0["id"] } == [.number(21), .number(22)])
            #expect(page["nextAfter"] == .number(22))
            let outcomes = try JSONTree.parse(try await reviewer.get("/api/v1/outcomes").text)
            let moves = outcomes["outcomes"]?.elements.compactMap { $0["toStatus"]?.string }
            #expect(moves == ["UNDER_REVIEW", "NOT_A_MATCH", "REFERRED", "NOT_A_MATCH", "NO_FURTHER_ACTION"])
            #expect(outcomes["outcomes"]?.elements[2]["caseReference"]?.string == "PSD-7")
            let trends = try JSONTree.parse(
                try await reviewer.get("/api/v1/trends/weekly?from=2026-01-05&to=2026-01-25").text
            )
            let weeks = trends["weeks"]?.elements ?? []
            #expect(weeks.compactMap { $0["alerts"] } == [.number(2), .number(2), .number(4)])
            #expect(weeks.first?["bySource"]?["crime"] == .number(1))
            #expect(weeks.first?["falsePositiveRate"] == .number(0.5))
            #expect(weeks.first?["medianDaysToDecision"] == .number(3))
            let long = try JSONTree.parse(
                try await reviewer.get("/api/v1/trends/weekly?from=0001-01-01&to=9999-12-31").text
            )
            #expect((long["weeks"]?.elements.count ?? 0) <= InsightText.longestWeeks + 1)
            #expect(long["to"]?.string == "9999-12-31")
        }
    }

    @Test("API reads are authorised and recorded like pages; refusals are JSON")
    func authorisationAndAudit() async throws {
        let world = try await world()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let before = try world.auditCount()
            _ = try await reviewer.get("/api/v1/alerts?status=REFERRED")
            let listed = try world.auditEntries(after: before).first { $0.event.action == .consultation }
            #expect(listed?.event.objectType == "alert")
            #expect(listed?.event.objectIDs == ["21"])
            #expect(listed?.event.detail.contains("GET /api/v1/alerts") == true)
            let outside = try await reviewer.get("/api/v1/alerts/2")
            #expect(outside.status == .forbidden)
            #expect(try JSONTree.parse(outside.text)["error"]?["message"]?.string?.contains("reason") == true)
            #expect(!outside.text.contains("E901"))
            let own = try await reviewer.get("/api/v1/alerts/\(TestWorld.reviewerSelfAlert)")
            #expect(own.status == .notFound)
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let refused = try await auditor.get("/api/v1/alerts")
            #expect(refused.status == .forbidden)
            #expect(try JSONTree.parse(refused.text)["error"]?["status"] == .number(403))
            let mark = try world.auditCount()
            #expect(try await reviewer.get("/api/v1/trends/weekly").status == .ok)
            #expect(try world.auditEntries(after: mark).allSatisfy { $0.event.action != .consultation })
        }
    }

    @Test("API lists hold what the reader's queue holds, and a page is at most 200")
    func queueScope() async throws {
        let world = try await world()
        try world.store.write { db in
            try db.execute(
                sql: """
                    INSERT INTO decision (alert_id, at, actor, from_status, to_status, reason)
                    VALUES (?, '2026-01-25T09:00:00.000Z', 'rev2', 'NEW', 'UNDER_REVIEW', 'spoke to the OIC privately')
                    """,
                arguments: [TestWorld.othersAlert]
            )
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let listed = try JSONTree.parse(try await reviewer.get("/api/v1/alerts?limit=200").text)
            let ids = listed["alerts"]?.elements.compactMap { $0["id"] } ?? []
            #expect(ids.contains(.number(Double(TestWorld.ownQueueAlert))))
            #expect(ids.contains(.number(20)))
            #expect(!ids.contains(.number(Double(TestWorld.othersAlert))))
            let after = try JSONTree.parse(try await reviewer.get("/api/v1/alerts?limit=3&after=1").text)
            #expect(!(after["alerts"]?.elements.contains { $0["id"] == .number(2) } ?? true))
            let outcomes = try await reviewer.get("/api/v1/outcomes?limit=200")
            #expect(outcomes.status == .ok)
            #expect(!outcomes.text.contains("privately"))
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let whole = try JSONTree.parse(try await supervisor.get("/api/v1/alerts?limit=200").text)
            #expect(whole["alerts"]?.elements.contains { $0["id"] == .number(2) } == true)
            #expect(!(whole["alerts"]?.elements.contains { $0["employeeId"]?.string == "E200" } ?? true))
            #expect(try await supervisor.get("/api/v1/outcomes").text.contains("privately"))
            for uri in ["/api/v1/alerts?limit=201", "/api/v1/alerts?limit=1000", "/api/v1/outcomes?limit=1000"] {
                #expect(try await reviewer.get(uri).status == .badRequest, "\(uri)")
            }
        }
    }

    @Test("an API list is recorded against every employee it reveals, for the access review")
    func employeesRecorded() async throws {
        let world = try await world()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            #expect(try await reviewer.get("/api/v1/alerts?status=REFERRED").status == .ok)
            #expect(try await reviewer.get("/api/v1/outcomes?after=3").status == .ok)
        }
        let entries = try world.store.read { db in
            (
                try AccessReview.entries(
                    about: .object(AuditObject(type: "employee", id: "E900")),
                    from: Date(timeIntervalSince1970: 0),
                    to: Date(timeIntervalSince1970: 4_000_000_000),
                    in: db
                ),
                try AccessReview.entries(
                    about: .object(AuditObject(type: "employee", id: "E902")),
                    from: Date(timeIntervalSince1970: 0),
                    to: Date(timeIntervalSince1970: 4_000_000_000),
                    in: db
                )
            )
        }
        #expect(entries.0.contains { $0.event.actor == "rev" && $0.event.detail.hasPrefix("GET /api/v1/alerts") })
        #expect(entries.1.contains { $0.event.actor == "rev" && $0.event.detail.hasPrefix("GET /api/v1/outcomes") })
    }
}

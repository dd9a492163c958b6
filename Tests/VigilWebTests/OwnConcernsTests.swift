import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// Nobody triages an alert about themselves, even when it is filed against someone else: a housemate's
/// alert about an incident at the user's own home, or a colleague's alert about the user's own event.
///
/// The supervisor `sup` is employee E200. E300 lives in the same flat (same UPRN). Incident CW-546 there
/// raised alert 200 (about E200) and alert 201 (about E300). Crime event EV-77 raised alert 203 (about
/// E200) and alert 202 (about E400). Alert 204 (E300, crime EV-99) and alert 205 (E400, an incident
/// elsewhere) do not concern `sup`.
@Suite struct OwnConcernsTests {
    private static let reason = "checking the queue before the morning meeting"

    private func world() async throws -> TestWorld {
        let world = try await TestWorld()
        try await world.store.asyncWrite { db in
            for (id, line, postcode, uprn) in [
                ("E200", "Flat 2, 5 Canal Street", "B1 1AA", "U-1"), ("E300", "Flat 2 5 Canal St", "B1 1AA", "U-1"),
                ("E400", "9 Hill Road", "B2 2BB", "U-2"),
            ] {
                try db.execute(
                    sql: """
                        INSERT INTO employee (employee_id, forenames, surname, date_of_birth, address_line, town, postcode,
                            role, team, start_date, previous_surnames, uprn, content_hash, active, first_seen_run,
                            changed_run)
                        VALUES (?, 'Ann', 'Other', '1980-01-01', ?, 'Birmingham', ?, 'PC', 'Response', '2015-01-01', '',
                            ?, 1, 1, 1, 1)
                        """,
                    arguments: [id, line, postcode, uprn]
                )
            }
            for (row, incident, uprn) in [(10, "CW-546", "U-1"), (11, "CW-777", "U-2")] {
                try db.execute(
                    sql: """
                        INSERT INTO incident_location (id, feed, incident_id, event_date, incident_type, address_line,
                            town, postcode, uprn, content_hash, first_seen_run, changed_run)
                        VALUES (?, 'locations', ?, '2026-01-02', 'domestic', 'x', 'Birmingham', 'B1 1AA', ?, 1, 1, 1)
                        """,
                    arguments: [row, incident, uprn]
                )
            }
            for (row, employee) in [(10, "E200"), (10, "E300"), (11, "E400")] {
                try db.execute(
                    sql: """
                        INSERT INTO address_match (location_row, employee_id, match_weight, probability, explanation,
                            model_version, run_id) VALUES (?, ?, 2.5, 0.9, '{}', 'm1', 1)
                        """,
                    arguments: [row, employee]
                )
            }
            let alerts: [(Int, String, String, String, String)] = [
                (200, "E200", "home_address", "incident_location", "CW-546"),
                (201, "E300", "home_address", "incident_location", "CW-546"),
                (202, "E400", "person", "crime", "EV-77"), (203, "E200", "person", "crime", "EV-77"),
                (204, "E300", "person", "crime", "EV-99"), (205, "E400", "home_address", "incident_location", "CW-777"),
            ]
            for (id, employee, kind, source, event) in alerts {
                try db.execute(
                    sql: """
                        INSERT INTO alert (id, alert_key, kind, employee_id, source, event_id, event_date, roles, status,
                            probability, band, predates_start, assigned_to, raised_run, updated_run, raised_at,
                            updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, '2026-01-02', 'suspect', 'NEW', 0.99, 'high', 0, NULL, 1, 1,
                            '2026-01-03T00:00:00.000Z', '2026-01-03T00:00:00.000Z')
                        """,
                    arguments: [id, "concern-\(id)", kind, employee, source, event]
                )
            }
            for (alert, row) in [(200, 10), (201, 10), (205, 11)] {
                try db.execute(
                    sql: """
                        INSERT INTO alert_evidence (alert_id, match_kind, row_id, role, content_hash, probability)
                        VALUES (?, 'home_address', ?, 'location', 1, 0.9)
                        """,
                    arguments: [alert, row]
                )
            }
        }
        return world
    }

    @Test("the store hides alerts sharing an event with the user's own, and those at the user's home")
    func concerns() async throws {
        let world = try await world()
        let concerns = try #require(try world.store.read { db in try OwnConcerns.load(employeeID: "E200", in: db) })
        #expect(concerns.alertIDs.isSuperset(of: [200, 201, 202, 203, TestWorld.supervisorSelfAlert].map(Int64.init)))
        #expect(!concerns.hides(alert: 204))
        #expect(!concerns.hides(alert: 205))
        #expect(concerns.housemates == ["E300"])
        #expect(concerns.homeIncidents == ["CW-546"])
        // Someone else in the same world sees all of them.
        let other = try #require(try world.store.read { db in try OwnConcerns.load(employeeID: "E400", in: db) })
        #expect(!other.hides(alert: 201))
        #expect(other.hides(alert: 203))
    }

    @Test("a housemate's alert about the user's home, and a colleague's about the user's event, are 404")
    func objects() async throws {
        let world = try await world()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            for id in [200, 201, 202, 203] {
                try await supervisor.giveReason(Self.reason, type: "alert", id: String(id), returnTo: "/alerts/\(id)")
                #expect(try await supervisor.get("/alerts/\(id)").status == .notFound, "alert \(id)")
                #expect(try await supervisor.get("/api/v1/alerts/\(id)").status == .notFound, "API alert \(id)")
            }
            try await supervisor.giveReason(Self.reason, type: "alert", id: "204", returnTo: "/alerts/204")
            #expect(try await supervisor.get("/alerts/204").text.contains("<h1>Alert 204</h1>"))
            try await supervisor.giveReason(Self.reason, type: "employee", id: "E300", returnTo: "/employees/E300")
            #expect(try await supervisor.get("/employees/E300/home").status == .notFound)
            let timeline = try await supervisor.get("/employees/E300")
            #expect(timeline.status == .ok)
            #expect(timeline.text.contains("/alerts/204"))
            #expect(!timeline.text.contains("/alerts/201"))
            #expect(!timeline.text.contains("CW-546"))
            let assigned = try await supervisor.post(
                "/alerts/assign",
                ["shown": "201", "alert_201": "1", "assignee": "rev"]
            )
            #expect(assigned.status == .notFound)
            // A reviewer with no link to the flat opens the same alert after a reason.
            let reviewer = try await RouteProbe.browser("rev2", client: client, world: world)
            try await reviewer.giveReason(Self.reason, type: "alert", id: "201", returnTo: "/alerts/201")
            #expect(try await reviewer.get("/alerts/201").text.contains("<h1>Alert 201</h1>"))
            try await reviewer.giveReason(Self.reason, type: "employee", id: "E300", returnTo: "/employees/E300")
            #expect(try await reviewer.get("/employees/E300/home").text.contains("CW-546"))
        }
    }

    @Test("a hidden alert or a housemate's home answers exactly as a missing one, with no reason asked first")
    func hiddenAnswersAsMissing() async throws {
        let world = try await world()
        let table = VigilWebApplication.accessTable()
        try await world.application(table: table).test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            var checked: [String] = []
            for route in table.routes {
                let hidden: String
                let missing: String
                switch route.access.objects {
                case .none, .employee: continue
                case .alert: (hidden, missing) = ("201", "999")
                case .employeeHome: (hidden, missing) = ("E300", "E999")
                }
                let form = RouteProbe.form(for: route, alert: 201)
                func send(_ id: String) async throws -> TestResponse {
                    let path = route.path.replacingOccurrences(of: "{id}", with: id)
                    return route.changesState ? try await supervisor.post(path, form) : try await supervisor.get(path)
                }
                let answer = try await send(hidden)
                let absent = try await send(missing)
                #expect(answer.status == .notFound, "\(route.name): \(answer.status)")
                #expect(answer.status == absent.status, "\(route.name)")
                #expect(answer.text == absent.text, "\(route.name)")
                checked.append(route.name)
            }
            #expect(checked.contains("GET /employees/{id}/home"))
            #expect(checked.contains("GET /alerts/{id}"))
            #expect(checked.count >= 5, "\(checked)")
            // Giving a reason for the hidden alert answers as for a missing one too.
            let reason = { (id: String) in
                ["object_type": "alert", "object_id": id, "return": "/alerts/\(id)", "reason": Self.reason]
            }
            let refused = try await supervisor.post("/reason", reason("201"))
            let missing = try await supervisor.post("/reason", reason("999"))
            #expect(refused.status == .notFound)
            #expect(refused.text == missing.text)
            // The housemate's timeline is not hidden (only the reader's home is left out of it): it asks.
            #expect(try await supervisor.get("/employees/E300").text.contains("Reason for access"))
        }
    }

    @Test("lists, the export, the API and the access review leave out what concerns the user")
    func lists() async throws {
        let world = try await world()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev2", client: client, world: world)
            try await reviewer.giveReason(Self.reason, type: "alert", id: "201", returnTo: "/alerts/201")
            #expect(try await reviewer.get("/alerts/201").text.contains("<h1>Alert 201</h1>"))
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let queue = try await supervisor.get("/alerts?status=all")
            #expect(queue.text.contains("/alerts/204"))
            #expect(queue.text.contains("/alerts/205"))
            for hidden in [200, 201, 202, 203] { #expect(!queue.text.contains("/alerts/\(hidden)\""), "\(hidden)") }
            let export = try await supervisor.post("/alerts/export", ["status": "all", "recipient": "TRM"])
            #expect(export.text.contains("\n204,"))
            #expect(!export.text.contains("\n201,"))
            #expect(!export.text.contains("\n202,"))
            let api = try JSONTree.parse(try await supervisor.get("/api/v1/alerts?limit=200").text)
            let listed = api["alerts"]?.elements.compactMap { $0["id"] } ?? []
            #expect(listed.contains(.number(204)))
            for hidden in [200, 201, 202, 203] { #expect(!listed.contains(.number(Double(hidden)))) }
            let review = try await supervisor.get("/access-review?subject=alert&id=201&from=2000-01-01")
            #expect(review.text.contains("Nothing recorded in this period"))
            let byUser = try await supervisor.get("/access-review?subject=user&id=rev2&from=2000-01-01")
            #expect(!byUser.text.contains("alert 201"))
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let audited = try await auditor.get("/access-review?subject=alert&id=201&from=2000-01-01")
            #expect(audited.text.contains("<td>rev2</td>"))
        }
        // Everything the dashboard wrote is indexed as its entries say.
        let index = try world.store.read(AuditIndex.verify)
        #expect(index.isEmpty, "\(index)")
    }
}

import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct MorningQueueTests {
    @Test("a reviewer's queue holds their alerts and unassigned ones, never one about themselves")
    func reviewerScope() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let page = try await reviewer.get("/alerts")
            #expect(page.status == .ok)
            #expect(page.text.contains("href=\"/alerts/1\""))
            #expect(page.text.contains("href=\"/alerts/5\""))
            #expect(!page.text.contains("href=\"/alerts/2\""))
            #expect(!page.text.contains("href=\"/alerts/3\""))
            #expect(!page.text.contains("href=\"/alerts/6\""))
            #expect(!page.text.contains("Assign selected"))
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let all = try await supervisor.get("/alerts")
            for id in [1, 2, 3, 5, 6] { #expect(all.text.contains("href=\"/alerts/\(id)\"")) }
            #expect(!all.text.contains("href=\"/alerts/4\""))
            #expect(all.text.contains("Assign selected"))
        }
        let consultation = try world.auditEntries().last { $0.event.detail.hasPrefix("GET /alerts") }
        #expect(consultation?.event.objectIDs.sorted() == ["1", "2", "3", "5", "6"])
        #expect(consultation?.event.detail.contains("employee E902") == true)
    }

    @Test("alerts new since the last meeting come first and are marked; ?since= moves the line")
    func newSinceMeetingFirst() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let page = try await supervisor.get("/alerts").text
            #expect(page.contains("1 of 5 alerts are new or updated since"))
            let first = try #require(page.range(of: "href=\"/alerts/5\""))
            let second = try #require(page.range(of: "href=\"/alerts/1\""))
            #expect(first.lowerBound < second.lowerBound)
            #expect(page.contains("<tr class=\"fresh\">"))
            let older = try await supervisor.get("/alerts?since=2026-01-01").text
            #expect(older.contains("5 of 5 alerts are new or updated since"))
            #expect(older.contains("chosen with"))
        }
    }

    @Test("filters by status, source, role, band, team and assigned-to-me, with counts by status")
    func filters() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try world.store.write { db in
            try db.execute(sql: "UPDATE alert SET status = 'UNDER_REVIEW' WHERE id = 2")
        }
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let reviewing = try await supervisor.get("/alerts?status=UNDER_REVIEW").text
            #expect(reviewing.contains("href=\"/alerts/2\""))
            #expect(!reviewing.contains("href=\"/alerts/1\""))
            #expect(reviewing.contains(">new</a>: 4</li>"))
            #expect(reviewing.contains(">under review</a>: 1</li>"))
            let intelligence = try await supervisor.get("/alerts?source=intelligence").text
            #expect(intelligence.contains("href=\"/alerts/5\""))
            #expect(!intelligence.contains("href=\"/alerts/1\""))
            let subjects = try await supervisor.get("/alerts?role=subject&band=medium").text
            #expect(subjects.contains("href=\"/alerts/5\"") && !subjects.contains("href=\"/alerts/2\""))
            let team = try await supervisor.get("/alerts?team=Response+Team+A").text
            #expect(team.contains("href=\"/alerts/1\"") && !team.contains("href=\"/alerts/5\""))
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let mine = try await reviewer.get("/alerts?mine=1").text
            #expect(mine.contains("href=\"/alerts/1\"") && !mine.contains("href=\"/alerts/5\""))
            let sorted = try await supervisor.get("/alerts?sort=probability&since=2030-01-01").text
            let high = try #require(sorted.range(of: "href=\"/alerts/1\""))
            let medium = try #require(sorted.range(of: "href=\"/alerts/5\""))
            #expect(high.lowerBound < medium.lowerBound)
        }
    }

    @Test("the queue pages through many alerts")
    func pagination() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try world.store.write { db in
            for id in 100..<160 { try TestWorld.insertAlert(id, employee: "E950", assignedTo: nil, in: db) }
        }
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let first = try await supervisor.get("/alerts").text
            #expect(first.contains("page 1 of 2"))
            #expect(first.contains("Next page"))
            let second = try await supervisor.get("/alerts?status=open&page=2").text
            #expect(second.contains("page 2 of 2"))
            #expect(second.contains("Previous page"))
        }
    }

    @Test("a red banner shows when no run has published, the data is stale or the last run failed")
    func healthBanner() async throws {
        let world = try await TestWorld()
        try world.seedTriage(healthy: false)
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let none = try await reviewer.get("/alerts").text
            #expect(none.contains("class=\"banner-danger\" role=\"alert\""))
            #expect(none.contains("No run has published data yet."))
            let now = world.clock.now
            try world.store.write { db in
                try db.execute(
                    sql: """
                        INSERT INTO run (started_at, finished_at, status, pid, host, model_version, data_as_at, messages)
                        VALUES (?, ?, 'succeeded', 1, 'h', 'm', ?, '[]'), (?, ?, 'failed', 1, 'h', 'm', NULL, ?)
                        """,
                    arguments: [
                        StoreTime.text(now - 7_200), StoreTime.text(now - 7_100), StoreTime.text(now - 7_100),
                        StoreTime.text(now - 600), StoreTime.text(now - 500), "[\"the roster could not be read\"]",
                    ]
                )
            }
            let failed = try await reviewer.get("/alerts").text
            #expect(failed.contains("banner-danger"))
            #expect(failed.contains("the roster could not be read"))
            #expect(failed.contains("Data as at"))
            try world.store.write { db in try db.execute(sql: "DELETE FROM run WHERE status = 'failed'") }
            let healthy = try await reviewer.get("/alerts").text
            #expect(!healthy.contains("banner-danger"))
            #expect(try await reviewer.get("/alerts/1").text.contains("Data as at"))
        }
    }

    @Test("the home page and the navigation lead reviewers and supervisors to the queue, and nobody else")
    func homeLeadsToQueue() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            for user in ["rev", "sup"] {
                let home = try await RouteProbe.browser(user, client: client, world: world).get("/").text
                #expect(home.contains("<a class=\"start\" href=\"/alerts\">Open the morning queue</a>"))
                #expect(home.contains("<li><a href=\"/alerts\">Morning queue</a></li>"))
            }
            for user in ["aud", "adm", "dev"] {
                let home = try await RouteProbe.browser(user, client: client, world: world).get("/").text
                #expect(!home.contains("href=\"/alerts\""))
            }
        }
    }

    @Test("the queue writes probabilities, sources, times and statuses as it always has, without Foundation")
    func rowText() {
        for value in [0.0, 0.0005, 0.0625, 0.1875, 0.4999, 0.5, 0.9994, 0.9995, 0.99951, 1.0, 0.123456, 0.987654] {
            #expect(MorningQueuePage.threeDecimals(value) == String(format: "%.3f", value), "\(value)")
        }
        for index in 0...1000 {
            let value = Double(index) / 1000 + 0.000_37
            #expect(MorningQueuePage.threeDecimals(value) == String(format: "%.3f", value), "\(value)")
        }
        #expect(MorningQueuePage.spaced("incident_location") == "incident location")
        #expect(MorningQueuePage.spaced("crime") == "crime")
        for status in AlertStatus.allCases {
            #expect(status.label == status.rawValue.lowercased().replacingOccurrences(of: "_", with: " "))
        }
    }

    @Test("the queue's times are UK time, British Summer Time included, and say so")
    func ukTimes() async throws {
        let schedule = MeetingSchedule()
        // Greenwich Mean Time in winter, British Summer Time (an hour ahead of UTC) in summer.
        #expect(schedule.minute(ofStoreText: "2026-11-27T08:00:00.000Z") == "2026-11-27 08:00")
        #expect(schedule.minute(ofStoreText: "2026-07-01T07:30:00.000Z") == "2026-07-01 08:30")
        #expect(schedule.minute(ofStoreText: "2026-03-29T00:59:59.000Z") == "2026-03-29 00:59")
        #expect(schedule.minute(ofStoreText: "2026-03-29T01:00:00.000Z") == "2026-03-29 02:00")
        #expect(schedule.minute(ofStoreText: "2026-12-31T23:30:00.000Z") == "2026-12-31 23:30")
        #expect(schedule.minute(ofStoreText: "2026-06-30T23:30:00.000Z") == "2026-07-01 00:30")
        #expect(schedule.minute(ofStoreText: "1960-01-01T12:05:00.000Z") == "1960-01-01 12:05")
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            #expect(try await reviewer.get("/alerts").text.contains("<th scope=\"col\">Updated (UK time)</th>"))
        }
    }
}

import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct AccessReviewTests {
    @Test("who opened an employee's alert, and what a user opened, are listed; the review itself is logged")
    func review() async throws {
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.giveReason("duplicate check", type: "alert", id: "2", returnTo: "/alerts/2")
            try await reviewer.get("/alerts/2")
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let byEmployee = try await supervisor.get("/access-review?subject=employee&id=E901")
            #expect(byEmployee.text.contains("duplicate check"))
            #expect(byEmployee.text.contains("<td>rev</td>"))
            let byUser = try await supervisor.get("/access-review?subject=user&id=rev")
            #expect(byUser.text.contains("GET /alerts/{id}"))
            let outOfRange = try await supervisor.get(
                "/access-review?subject=employee&id=E901&from=2020-01-01&to=2020-12-31"
            )
            #expect(outOfRange.text.contains("Nothing recorded in this period"))
            #expect(!outOfRange.text.contains("Export the audit trail"))
        }
        let reviews = try world.auditEntries().filter { $0.event.objectType == "audit" && $0.event.actor == "sup" }
        #expect(reviews.count == 3)
        #expect(reviews[0].event.detail.contains("reveals: employee E901"))
        let whoLooked = try world.store.read { db in
            try AccessReview.entries(
                about: .object(AuditObject(type: "employee", id: "E901")),
                from: Date(timeIntervalSince1970: 0),
                to: Date(timeIntervalSince1970: 4_000_000_000),
                in: db
            )
        }
        #expect(Set(whoLooked.map(\.event.actor)) == ["rev", "sup"])
    }

    @Test("the default period is the last three months")
    func defaultPeriod() throws {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let period = try ReviewPeriod.parse(from: "", to: "", now: now)
        #expect(period.to == now)
        let days = now.timeIntervalSince(period.from) / 86_400
        #expect((89...92).contains(days))
        #expect(
            throws: FormProblem("From must be a real day written as year-month-day, such as 2026-01-31.", field: "from")
        ) {
            try ReviewPeriod.parse(from: "2026-02-30", to: "", now: now)
        }
        #expect(
            throws: FormProblem(
                "To must be a real day written as year-month-day, such as 2026-01-31.",
                field: "export-to"
            )
        ) {
            try ReviewPeriod.parse(
                from: "",
                to: "2026--01",
                now: now,
                fields: ReviewPeriod.FieldIDs(from: "export-from", to: "export-to")
            )
        }
        #expect(throws: FormProblem("The end of the range (To) must not come before its start (From).", field: "to")) {
            try ReviewPeriod.parse(from: "2026-03-01", to: "2026-02-01", now: now)
        }
    }

    @Test("a range is shown back as typed, so resubmitting keeps it, and the export is named for its last day")
    func rangeRoundTrip() async throws {
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let period = try ReviewPeriod.parse(from: "2026-11-01", to: "2026-11-30", now: now)
        #expect(period.lastDay == "2026-11-30")
        #expect(try ReviewPeriod.parse(from: ReviewPeriod.text(period.from), to: period.lastDay, now: now) == period)
        let today = try ReviewPeriod.parse(from: "", to: "", now: now)
        #expect(today.lastDay == ReviewPeriod.text(now))
        let world = try await TestWorld()
        try await world.application().test(.router) { client in
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let page = try await auditor.get("/access-review?subject=employee&id=E901&from=2026-11-01&to=2026-11-30")
            #expect(page.text.components(separatedBy: "value=\"2026-11-30\"").count == 3)
            #expect(!page.text.contains("2026-12-01"))
            let csv = try await auditor.post(
                "/access-review/export",
                ["from": "2026-11-01", "to": "2026-12-01", "recipient": "ICO case 123"]
            )
            #expect(
                csv.headers[.contentDisposition] == "attachment; filename=\"vigil-audit-2026-11-01-2026-12-01.csv\""
            )
        }
    }

    @Test("the auditor's CSV export escapes formulas and is logged as a disclosure with its recipient")
    func export() async throws {
        let world = try await TestWorld()
        _ = try world.store.write { db in
            try AuditIndex.record(
                AuditEvent(
                    at: world.clock.now,
                    actor: "rev",
                    action: .consultation,
                    objectType: "alert",
                    objectIDs: ["2"],
                    reason: "=HYPERLINK(\"http://evil.example\",\"click\")"
                ),
                in: db
            )
        }
        try await world.application().test(.router) { client in
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let missing = try await auditor.post("/access-review/export", [:])
            #expect(missing.status == .unprocessableContent)
            #expect(missing.text.contains("<a href=\"#recipient\">Name who will receive the export"))
            let csv = try await auditor.post("/access-review/export", ["recipient": "ICO case 123"])
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.hasPrefix("attachment;") == true)
            #expect(csv.text.hasPrefix("seq,at,actor,action,object_type,object_ids,reason,detail,hash\r\n"))
            #expect(csv.text.contains("\"'=HYPERLINK("))
            #expect(!csv.text.contains(",=HYPERLINK"))
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            #expect(try await supervisor.post("/access-review/export", ["recipient": "me"]).status == .forbidden)
        }
        let disclosure = try world.auditEntries().last { $0.event.action == .disclosure }
        #expect(disclosure?.event.actor == "aud")
        #expect(disclosure?.event.detail.contains("recipient: ICO case 123") == true)
    }
}

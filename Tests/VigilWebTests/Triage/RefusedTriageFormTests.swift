import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// The triage forms refused: each comes back on the page it was sent from (the alert, the queue, the
/// suppressions) with what was typed, the problem at its field and a 4xx status; nothing is saved, and
/// the page sent back is recorded as the consultation it is, as opening that page would be.
@Suite struct RefusedTriageFormTests {
    private func summary(_ page: String) -> String { RefusedFormTests.summary(page) }
    private func field(_ id: String, _ page: String) -> String { RefusedFormTests.field(id, in: page) }
    private func marked(_ id: String, first: String? = nil, _ page: String) -> Bool {
        RefusedFormTests.marked(id, first: first, in: page)
    }

    @Test("a refused decision comes back on the alert's page with everything typed, saving nothing")
    func decisionKeepsInput() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.get("/alerts/1")
            try await reviewer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "looking"])
            let before = try world.auditCount()
            let refused = try await reviewer.post(
                "/alerts/1/decision",
                ["status": "NOT_A_MATCH", "reason": "a cousin <b>", "review_on": "45/13/2026\""]
            )
            #expect(refused.status == .unprocessableContent)
            let html = refused.text
            #expect(html.contains("<title>Error: Alert 1 – Vigil</title>"))
            #expect(summary(html).contains("<a href=\"#review_on\">The review date must be a date after today"))
            #expect(marked("review_on", html))
            #expect(field("review_on", html).contains("value=\"45/13/2026&quot;\""))
            #expect(html.contains(">a cousin &lt;b&gt;</textarea>"))
            #expect(html.contains("id=\"status-NOT_A_MATCH\" name=\"status\" value=\"NOT_A_MATCH\" required checked"))
            // The whole alert page: the same page the form was on.
            #expect(html.contains("Aoife O&#39;Brien (E900)"))
            #expect(html.contains("Why it matched"))
            #expect(try world.status(ofAlert: 1) == "UNDER_REVIEW")
            #expect(try world.count("suppression") == 0)
            #expect(try world.count("decision") == 1)
            let written = try world.auditEntries(after: before).map(\.event)
            #expect(written.count == 1)
            #expect(written.first?.action == .consultation)
            #expect(written.first?.objectIDs == ["1"])
            #expect(written.first?.reason == "own queue")
            #expect(written.first?.detail.contains("reveals: employee E900") == true)
        }
    }

    @Test("a decision with several fields wrong lists every problem and marks every field at fault")
    func decisionListsEveryProblem() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.get("/alerts/1")
            try await reviewer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "looking"])
            let dated = try await reviewer.post(
                "/alerts/1/decision",
                ["status": "NOT_A_MATCH", "reason": " ", "review_on": "2027-13-01"]
            )
            #expect(dated.status == .unprocessableContent)
            let listed = summary(dated.text)
            #expect(listed.contains("<li><a href=\"#reason\">Give a reason for the decision"))
            #expect(listed.contains("<li><a href=\"#review_on\">The review date must be a date after today"))
            #expect(marked("reason", dated.text))
            #expect(marked("review_on", dated.text))
            let referred = try await reviewer.post("/alerts/1/decision", ["status": "REFERRED", "reason": "x"])
            #expect(referred.status == .unprocessableContent)
            #expect(summary(referred.text).components(separatedBy: "<li>").count == 3)
            #expect(marked("referral", referred.text))
            #expect(marked("case_reference", referred.text))
            #expect(!marked("reason", referred.text))
            #expect(try world.status(ofAlert: 1) == "UNDER_REVIEW")
        }
    }

    @Test("a note too long comes back in its box as typed; a form for an alert needing a reason still refuses")
    func noteKeepsInput() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.get("/alerts/1")
            let long = String(repeating: "x", count: 5_000) + "<i>"
            let refused = try await reviewer.post("/alerts/1/notes", ["text": long])
            #expect(refused.status == .unprocessableContent)
            #expect(summary(refused.text).contains("<a href=\"#note-text\">Write a note of 1 to 5,000 characters."))
            #expect(marked("note-text", refused.text))
            #expect(refused.text.contains(String(repeating: "x", count: 5_000) + "&lt;i&gt;</textarea>"))
            #expect(try world.count("note") == 0)
            // Deny by default holds: an alert outside the queue, with no reason given, is not shown back.
            let other = try await reviewer.post("/alerts/2/notes", ["text": " "])
            #expect(other.status == .forbidden)
            #expect(!other.text.contains("E901"))
        }
    }

    @Test("a refused assignment comes back as the queue with its filters, the ticks and the choice kept")
    func queueAssignmentKeepsInput() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            try await supervisor.get("/alerts?status=all")
            let before = try world.auditCount()
            let nothing = try await supervisor.post(
                "/alerts/assign",
                ["shown": "1,5,2", "assignee": "rev2", "return": "/alerts?status=all&sort=probability"]
            )
            #expect(nothing.status == .unprocessableContent)
            let html = nothing.text
            let first = try #require(
                html.components(separatedBy: "<input type=\"checkbox\" id=\"").dropFirst().first?.prefix { $0 != "\"" }
            )
            #expect(summary(html).contains("<a href=\"#\(first)\">Select at least one alert to assign.</a>"))
            #expect(marked(String(first), html))
            #expect(html.contains("<option value=\"all\" selected>"))
            #expect(html.contains("<option value=\"probability\" selected>"))
            #expect(html.contains("<option value=\"rev2\" selected>"))
            let notTriager = try await supervisor.post(
                "/alerts/assign",
                ["shown": "1,5", "alert_5": "1", "assignee": "aud", "return": "/alerts?status=all"]
            )
            #expect(notTriager.status == .unprocessableContent)
            #expect(marked("assignee", notTriager.text))
            #expect(notTriager.text.contains("<option value=\"aud\" selected>aud</option>"))
            #expect(field("select-5", notTriager.text).contains("checked"))
            #expect(!field("select-1", notTriager.text).contains("checked"))
            #expect(try world.count("alert_history") == 0)
            let written = try world.auditEntries(after: before).map(\.event)
            #expect(written.count == 2)
            #expect(written.allSatisfy { $0.action == .consultation && $0.detail.hasPrefix("POST /alerts/assign") })
        }
    }

    @Test("an alert's own assignment form is authorised as the alert is, and comes back on its page")
    func alertAssignmentKeepsInput() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            // Alert 1 is assigned to someone else and no reason was given: refused, nothing shown.
            let noReason = try await supervisor.post("/alerts/1/assign", ["assignee": "rev2"])
            #expect(noReason.status == .forbidden)
            #expect(!noReason.text.contains("E900"))
            try await supervisor.giveReason("rebalancing the queue", type: "alert", id: "1", returnTo: "/alerts/1")
            let page = try await supervisor.get("/alerts/1").text
            #expect(page.contains("<form method=\"post\" action=\"/alerts/1/assign\">"))
            let refused = try await supervisor.post("/alerts/1/assign", ["assignee": "aud"])
            #expect(refused.status == .unprocessableContent)
            #expect(refused.text.contains("<title>Error: Alert 1 – Vigil</title>"))
            #expect(summary(refused.text).contains("<a href=\"#assignee\">aud is not a reviewer or supervisor"))
            #expect(refused.text.contains("<option value=\"aud\" selected>aud</option>"))
            let assigned = try await supervisor.post("/alerts/1/assign", ["assignee": "rev2"])
            #expect(assigned.headers[.location] == "/alerts/1?done=assigned&count=1&to=rev2#history")
            let stored = try world.store.read { db in
                try String.fetchOne(db, sql: "SELECT assigned_to FROM alert WHERE id = 1")
            }
            #expect(stored == "rev2")
        }
    }

    @Test("an assignee who may not have an alert is told why, naming each alert at fault")
    func assigneeBarredSaysWhy() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        // Alert 7 is about someone else (E902) but shares its event with alert 6, about rev (E100).
        try world.store.write { db in
            try TestWorld.insertAlert(7, employee: "E902", assignedTo: nil, in: db)
            try db.execute(sql: "UPDATE alert SET event_id = 'EV6' WHERE id = 7")
        }
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            try await supervisor.get("/alerts?status=all")
            let one = try await supervisor.post(
                "/alerts/assign",
                ["shown": "5,7", "alert_5": "1", "alert_7": "1", "assignee": "rev", "return": "/alerts?status=all"]
            )
            #expect(one.status == .unprocessableContent)
            #expect(
                summary(one.text).contains(
                    "rev may not have alert 7: it shares an event with a record about them. Choose someone else, "
                        + "or untick it."
                )
            )
            #expect(!one.text.contains("about themselves"))
            #expect(marked("select-7", first: "assignee", one.text))
            #expect(!marked("select-5", first: "assignee", one.text))
            let several = try await supervisor.post(
                "/alerts/assign",
                ["shown": "5,6,7", "alert_6": "1", "alert_7": "1", "alert_5": "1", "assignee": "rev"]
            )
            #expect(
                summary(several.text).contains(
                    "rev may not have alerts 6 and 7 (alert 6: is about them; alert 7: shares an event with a "
                        + "record about them)."
                )
            )
            try await supervisor.giveReason("rebalancing the queue", type: "alert", id: "7", returnTo: "/alerts/7")
            let page = try await supervisor.post("/alerts/7/assign", ["assignee": "rev"])
            #expect(page.status == .unprocessableContent)
            #expect(
                summary(page.text).contains("rev may not have this alert: it shares an event with a record about them.")
            )
            #expect(try world.count("alert_history") == 0)
        }
    }

    @Test("a queue export without a recipient comes back as the queue with its filters, recorded as a view")
    func exportKeepsFilters() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.get("/alerts")
            let before = try world.auditCount()
            let refused = try await reviewer.post(
                "/alerts/export",
                ["status": "all", "source": "crime", "recipient": ""]
            )
            #expect(refused.status == .unprocessableContent)
            #expect(refused.headers[.contentDisposition] == nil)
            #expect(marked("recipient", refused.text))
            #expect(refused.text.contains("<option value=\"crime\" selected>"))
            #expect(refused.text.contains("<input type=\"hidden\" name=\"source\" value=\"crime\">"))
            let written = try world.auditEntries(after: before).map(\.event)
            #expect(written.map(\.action) == [.consultation])
            #expect(written.first?.detail.contains("recipient") == false)
        }
    }

    @Test("lifting a suppression without a reason comes back as the list, the field marked, nothing lifted")
    func liftKeepsInput() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try RouteProbe.insertSuppressions(in: world)
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            try await supervisor.get("/suppressions")
            let before = try world.auditCount()
            let empty = try await supervisor.post("/suppressions/2/lift", ["reason": "  "])
            #expect(empty.status == .unprocessableContent)
            #expect(empty.text.contains("<title>Error: Suppressions – Vigil</title>"))
            #expect(summary(empty.text).contains("<a href=\"#lift-2\">Give a reason for lifting suppression 2"))
            #expect(marked("lift-2", empty.text))
            #expect(!marked("lift-1", empty.text))
            let long = String(repeating: "y", count: 1_000) + "\"<"
            let tooLong = try await supervisor.post("/suppressions/2/lift", ["reason": long])
            #expect(tooLong.status == .unprocessableContent)
            #expect(
                field("lift-2", tooLong.text).contains("value=\"\(String(repeating: "y", count: 1_000))&quot;&lt;\"")
            )
            #expect(field("lift-1", tooLong.text).contains("value=\"\""))
            #expect(try world.store.read { db in try SuppressionTable.find(2, in: db) }?.liftedAt == nil)
            let written = try world.auditEntries(after: before).map(\.event)
            #expect(written.count == 2)
            #expect(written.allSatisfy { $0.action == .consultation && $0.objectType == "suppression" })
            let approveAgain = try await supervisor.post("/suppressions/2/approve")
            #expect(approveAgain.status == .conflict)
            #expect(summary(approveAgain.text).contains("<a href=\"#suppression-2\">Not approved: suppression 2 is"))
            #expect(try await supervisor.post("/suppressions/2/lift", ["reason": "new evidence"]).status == .seeOther)
            let again = try await supervisor.post("/suppressions/2/lift", ["reason": "twice"])
            #expect(again.status == .conflict)
            #expect(summary(again.text).contains("Not lifted: suppression 2 is already lifted."))
        }
    }
}

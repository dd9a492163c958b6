import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

@Suite struct WorkflowRouteTests {
    @Test("the panel offers only the allowed transitions, and a decision is written with its audit event")
    func allowedTransition() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let page = try await reviewer.get("/alerts/1").text
            #expect(page.contains("value=\"UNDER_REVIEW\""))
            #expect(page.contains("value=\"DUPLICATE\""))
            #expect(!page.contains("value=\"NOT_A_MATCH\""))
            let before = try world.auditCount()
            let response = try await reviewer.post(
                "/alerts/1/decision",
                ["status": "UNDER_REVIEW", "reason": "checking the custody record"]
            )
            #expect(response.status == .seeOther)
            #expect(try world.status(ofAlert: 1) == "UNDER_REVIEW")
            let changes = try world.auditEntries(after: before).map(\.event).filter { $0.action == .alteration }
            #expect(changes.count == 1)
            #expect(changes.first?.actor == "rev")
            #expect(changes.first?.detail == "status NEW → UNDER_REVIEW; reveals: employee E900")
            #expect(changes.first?.reason == "decision: under review")
            let after = try await reviewer.get("/alerts/1").text
            #expect(after.contains("new → under review: checking the custody record"))
            #expect(after.contains("value=\"NOT_A_MATCH\""))
        }
    }

    @Test("a decision's one audit entry is found by alert and by employee, and holds no free text")
    func decisionAudit() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.get("/alerts/1")
            let secret = "the subject is the reviewer's neighbour"
            #expect(
                try await reviewer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": secret]).status
                    == .seeOther
            )
            #expect(try await reviewer.post("/alerts/1/notes", ["text": secret]).status == .seeOther)
            let auditor = try await RouteProbe.browser("aud", client: client, world: world)
            let byAlert = try await auditor.get("/access-review?subject=alert&id=1")
            #expect(byAlert.text.contains("decision: under review"))
            #expect(byAlert.text.contains("note added"))
            #expect(!byAlert.text.contains("neighbour"))
            let byEmployee = try await auditor.get("/access-review?subject=employee&id=E900")
            #expect(byEmployee.text.contains("decision: under review"))
            let csv = try await auditor.post("/access-review/export", ["recipient": "ICO case 123"])
            #expect(csv.status == .ok)
            #expect(!csv.text.contains("neighbour"))
            // The words stay with the alert, for those who may see it.
            #expect(try await reviewer.get("/alerts/1").text.contains("neighbour"))
        }
        let changes = try world.auditEntries().filter { $0.event.action == .alteration && $0.event.actor == "rev" }
        #expect(changes.count == 2)
    }

    @Test("a form posted outside the queue before a reason is given is refused with 403 and saves nothing")
    func reasonFirst() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let before = try world.auditCount()
            let note = try await reviewer.post("/alerts/\(TestWorld.othersAlert)/notes", ["text": "spoke to HR"])
            #expect(note.status == .forbidden)
            #expect(note.text.contains("Nothing was saved"))
            #expect(note.text.contains("give a reason first"))
            #expect(note.text.contains("href=\"/alerts/\(TestWorld.othersAlert)\""))
            #expect(!note.text.contains("E901"))
            let decision = try await reviewer.post(
                "/alerts/\(TestWorld.othersAlert)/decision",
                ["status": "UNDER_REVIEW", "reason": "checking"]
            )
            #expect(decision.status == .forbidden)
            #expect(try world.count("note") == 0)
            #expect(try world.status(ofAlert: TestWorld.othersAlert) == "NEW")
            #expect(try world.auditCount() == before)
            try await reviewer.giveReason(
                "covering for rev2 today",
                type: "alert",
                id: String(TestWorld.othersAlert),
                returnTo: "/alerts/\(TestWorld.othersAlert)"
            )
            let saved = try await reviewer.post("/alerts/\(TestWorld.othersAlert)/notes", ["text": "spoke to HR"])
            #expect(saved.status == .seeOther)
            #expect(try world.count("note") == 1)
        }
    }

    @Test("a transition the workflow does not allow is refused with 409 on the alert's page, and writes nothing")
    func refusedTransition() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.get("/alerts/1")
            let before = try world.auditCount()
            let response = try await reviewer.post("/alerts/1/decision", ["status": "REFERRED", "reason": "too soon"])
            #expect(response.status == .conflict)
            #expect(response.text.contains("An alert that is new cannot become referred"))
            // The alert's own page comes back, with the reason as typed.
            #expect(response.text.contains("Aoife O&#39;Brien (E900)"))
            #expect(response.text.contains(">too soon</textarea>"))
            #expect(try world.status(ofAlert: 1) == "NEW")
            #expect(try world.count("decision") == 0)
            #expect(try world.count("alert_history") == 0)
            // Nothing but the page's consultation, as for opening the alert.
            let written = try world.auditEntries(after: before).map(\.event)
            #expect(written.count == 1)
            #expect(written.first?.action == .consultation)
            #expect(written.first?.objectIDs == ["1"])
            #expect(written.first?.detail.hasPrefix("POST /alerts/{id}/decision") == true)
        }
    }

    @Test("a decision needs a reason, and a referral its kind and case reference (422, nothing written)")
    func incompleteDecisions() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.get("/alerts/1")
            let noReason = try await reviewer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "  "])
            #expect(noReason.status == .unprocessableContent)
            #expect(noReason.text.contains("Give a reason"))
            try await reviewer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "looking"])
            let noKind = try await reviewer.post(
                "/alerts/1/decision",
                ["status": "REFERRED", "reason": "assault", "case_reference": "PSD-1"]
            )
            #expect(noKind.status == .unprocessableContent)
            let noReference = try await reviewer.post(
                "/alerts/1/decision",
                ["status": "REFERRED", "reason": "assault", "referral": "misconduct"]
            )
            #expect(noReference.status == .unprocessableContent)
            #expect(noReference.text.contains("external case reference"))
            #expect(noReference.text.contains("assault"))
            #expect(try world.status(ofAlert: 1) == "UNDER_REVIEW")
            let referred = try await reviewer.post(
                "/alerts/1/decision",
                ["status": "REFERRED", "reason": "assault", "referral": "misconduct", "case_reference": "PSD-2027-1"]
            )
            #expect(referred.status == .seeOther)
            let stored = try world.store.read { db in
                try Row.fetchOne(db, sql: "SELECT referral, case_reference FROM decision WHERE to_status = 'REFERRED'")
            }
            #expect(stored?["referral"] == "misconduct")
            #expect(stored?["case_reference"] == "PSD-2027-1")
            let closed = try await reviewer.get("/alerts/1").text
            #expect(closed.contains("This alert is closed"))
            #expect(closed.contains("referred for misconduct, case reference PSD-2027-1"))
            let again = try await reviewer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "reopen"])
            #expect(again.status == .conflict)
        }
    }

    @Test("every path through the workflow: review, awaiting information, duplicate, no further action")
    func everyTransition() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            try await supervisor.giveReason("triage walk-through", type: "alert", id: "5", returnTo: "/alerts/5")
            for (status, expected) in [
                ("UNDER_REVIEW", HTTPResponse.Status.seeOther), ("AWAITING_INFO", .seeOther),
                ("UNDER_REVIEW", .seeOther), ("AWAITING_INFO", .seeOther), ("NO_FURTHER_ACTION", .seeOther),
                ("DUPLICATE", .conflict),
            ] {
                let response = try await supervisor.post("/alerts/5/decision", ["status": status, "reason": "step"])
                #expect(response.status == expected, "\(status)")
            }
            #expect(try world.status(ofAlert: 5) == "NO_FURTHER_ACTION")
            try await supervisor.giveReason("triage walk-through", type: "alert", id: "2", returnTo: "/alerts/2")
            #expect(
                try await supervisor.post("/alerts/2/decision", ["status": "DUPLICATE", "reason": "same as 1"])
                    .status == .seeOther
            )
            #expect(try world.status(ofAlert: 2) == "DUPLICATE")
        }
    }

    @Test("notes are appended, shown in the history in time order, and never empty")
    func notes() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.get("/alerts/1")
            #expect(try await reviewer.post("/alerts/1/notes", ["text": "first note"]).status == .seeOther)
            world.clock.advance(by: 5)
            #expect(try await reviewer.post("/alerts/1/notes", ["text": "second note"]).status == .seeOther)
            #expect(try await reviewer.post("/alerts/1/notes", ["text": " "]).status == .unprocessableContent)
            let text = try await reviewer.get("/alerts/1").text
            let first = try #require(text.range(of: "first note"))
            let second = try #require(text.range(of: "second note"))
            #expect(first.lowerBound < second.lowerBound)
            #expect(try world.count("note") == 2)
            #expect(throws: (any Error).self) {
                try world.store.write { db in try db.execute(sql: "UPDATE note SET text = 'changed'") }
            }
        }
    }

    @Test("supervisors assign one or many alerts; reviewers cannot; nobody is given an alert about themselves")
    func assignment() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            try await supervisor.get("/alerts")
            let bulk = try await supervisor.post(
                "/alerts/assign",
                ["shown": "1,5,2", "alert_1": "1", "alert_5": "1", "assignee": "rev2", "return": "/alerts?status=all"]
            )
            #expect(bulk.status == .seeOther)
            #expect(bulk.headers[.location] == "/alerts?status=all&done=assigned&count=2&to=rev2")
            let assigned = try world.store.read { db in
                try Row.fetchAll(db, sql: "SELECT id, assigned_to FROM alert WHERE id IN (1, 2, 5) ORDER BY id")
                    .map { "\($0["id"] as Int64)=\($0["assigned_to"] as String? ?? "")" }
            }
            #expect(assigned == ["1=rev2", "2=rev2", "5=rev2"])
            #expect(try world.count("alert_history") == 2)
            let event = try world.auditEntries().last { $0.event.detail.contains("assigned to rev2") }
            #expect(event?.event.objectIDs == ["1", "5"])
            let selfAssign = try await supervisor.post(
                "/alerts/assign",
                ["shown": "6", "alert_6": "1", "assignee": "rev"]
            )
            #expect(selfAssign.status == .unprocessableContent)
            #expect(selfAssign.text.contains("rev may not have alert 6: it is about them."))
            let notTriager = try await supervisor.post(
                "/alerts/assign",
                ["shown": "5", "alert_5": "1", "assignee": "aud"]
            )
            #expect(notTriager.status == .unprocessableContent)
            let nothing = try await supervisor.post("/alerts/assign", ["shown": "5", "assignee": "rev"])
            #expect(nothing.status == .unprocessableContent)
            let own = try await supervisor.post("/alerts/assign", ["shown": "4", "alert_4": "1", "assignee": "rev"])
            #expect(own.status == .notFound)
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let refused = try await reviewer.post("/alerts/assign", ["shown": "5", "alert_5": "1", "assignee": "rev"])
            #expect(refused.status == .forbidden)
            #expect(try world.count("alert_history") == 2)
        }
    }
}

import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// A form refused because someone else got there first (the alert closed, the suppression lifted) has
/// no form left to put the words back into: the page shows what was typed, read-only and escaped, under
/// "What you typed (not saved)", and saves nothing.
@Suite struct UnsavedInputTests {
    /// The "What you typed (not saved)" block of a page, or "" when it has none.
    static func unsaved(_ page: String) -> String {
        page.components(separatedBy: "<div class=\"unsaved\">").dropFirst().first?
            .components(separatedBy: "</div>").first ?? ""
    }

    @Test("a decision on an alert someone else closed first keeps the transition, reason and referral to copy")
    func closedAlertKeepsDecision() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            try await reviewer.get("/alerts/1")
            try await reviewer.post("/alerts/1/decision", ["status": "UNDER_REVIEW", "reason": "looking"])
            // Another user closes the alert while the reviewer is still typing.
            let now = world.clock.now
            try world.store.write { db in
                let decision = AlertWorkflow.Decision(status: .noFurtherAction, reason: "sup decided first")
                try AlertWorkflow.decide(alertID: 1, decision, by: "sup", at: now, in: db)
            }
            let decisions = try world.count("decision")
            let before = try world.auditCount()
            let refused = try await reviewer.post(
                "/alerts/1/decision",
                [
                    "status": "REFERRED", "reason": "two paragraphs \"quoted\" <i>x</i>",
                    "referral": "misconduct", "case_reference": "PSD-<7>",
                ]
            )
            #expect(refused.status == .conflict)
            let html = refused.text
            #expect(html.contains("This alert is closed (no further action)."))
            #expect(!html.contains("<textarea id=\"reason\""))
            let typed = Self.unsaved(html)
            #expect(typed.contains("What you typed (not saved)"))
            #expect(typed.contains("<dd class=\"typed\">Referred (choose where, and give the case reference)</dd>"))
            #expect(typed.contains("<dd class=\"typed\">two paragraphs &quot;quoted&quot; &lt;i&gt;x&lt;/i&gt;</dd>"))
            #expect(typed.contains("<dt>Referred for</dt><dd class=\"typed\">misconduct</dd>"))
            #expect(typed.contains("<dd class=\"typed\">PSD-&lt;7&gt;</dd>"))
            #expect(!typed.contains("Review the suppression on"))
            #expect(!html.contains("<i>x</i>"))
            #expect(try world.status(ofAlert: 1) == "NO_FURTHER_ACTION")
            #expect(try world.count("decision") == decisions)
            let written = try world.auditEntries(after: before).map(\.event)
            #expect(written.map(\.action) == [.consultation])
            // An ordinary refusal, with the form still there, shows no such block.
            let open = try await reviewer.post("/alerts/1/notes", ["text": " "])
            #expect(Self.unsaved(open.text).isEmpty)
        }
    }

    @Test("a lift reason for a suppression someone else lifted first is shown to copy; a pending one is rejected")
    func liftedSuppressionKeepsReason() async throws {
        let world = try await TestWorld()
        try world.seedTriage()
        try RouteProbe.insertSuppressions(in: world)
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            try await supervisor.get("/suppressions")
            #expect(try await supervisor.post("/suppressions/2/lift", ["reason": "first"]).status == .seeOther)
            let again = try await supervisor.post("/suppressions/2/lift", ["reason": "typed <b>again</b>"])
            #expect(again.status == .conflict)
            let typed = Self.unsaved(again.text)
            #expect(typed.contains("<dt>Reason</dt><dd class=\"typed\">typed &lt;b&gt;again&lt;/b&gt;</dd>"))
            let stored = try world.store.read { db in try SuppressionTable.find(2, in: db) }
            #expect(stored?.liftedReason?.hasPrefix("first") == true)
            // Rejecting a pending suppression without a reason says "rejecting", as its button does.
            let pending = try await supervisor.post("/suppressions/1/lift", ["reason": ""])
            #expect(pending.status == .unprocessableContent)
            let summary = RefusedFormTests.summary(pending.text)
            #expect(summary.contains("<a href=\"#lift-1\">Give a reason for rejecting suppression 1"))
            #expect(!summary.contains("lifting"))
        }
    }
}

import Foundation
import GRDB
import HTTPTypes
import HummingbirdTesting
import Testing
import VigilStore

@testable import VigilWeb

/// The insight pages over the fixture: what they show, to whom, and what they record.
@Suite struct InsightPageTests {
    static let trendsPath = "/trends?from=\(TestWorld.insightFrom)&to=\(TestWorld.insightTo)"

    private func world() async throws -> TestWorld {
        let world = try await TestWorld()
        try await world.insertInsightFixture()
        return world
    }

    @Test("the timeline shows roster details, the start date and flags events before it; it is recorded")
    func timeline() async throws {
        let world = try await world()
        let before = try world.auditCount()
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let page = try await reviewer.get("/employees/\(TestWorld.timelineEmployee)")
            #expect(page.status == .ok)
            #expect(page.text.contains("Alice &lt;b&gt;Ames&lt;/b&gt;"))
            #expect(!page.text.contains("<b>Ames</b>"))
            #expect(page.text.contains("<strong>Start date</strong>"))
            #expect(page.text.contains("<strong class=\"flag\">before start</strong>"))
            #expect(page.text.contains("CR-1"))
            #expect(page.text.contains("<a href=\"/alerts/27\">alert 27</a>"))
            #expect(page.text.contains("Response North"))
            #expect(!page.text.contains("Your reason for access"))
        }
        let event = try #require(try world.auditEntries(after: before).first { $0.event.action == .consultation })
        #expect(event.event.objectType == "employee")
        #expect(event.event.objectIDs == [TestWorld.timelineEmployee])
        #expect(event.event.reason == "own queue")
    }

    @Test("an employee outside the queue needs a reason; one's own record is missing, even with a reason")
    func objectRule() async throws {
        let world = try await world()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let prompt = try await supervisor.get("/employees/E900/home")
            #expect(prompt.text.contains("Reason for access"))
            #expect(!prompt.text.contains("High Street"))
            try await supervisor.giveReason("pattern review for TRM", type: "employee", id: "E900", returnTo: "/")
            let home = try await supervisor.get("/employees/E900/home")
            #expect(home.status == .ok)
            #expect(home.text.contains("Other people may live at this address"))
            #expect(home.text.contains("INC1") && home.text.contains("domestic") && home.text.contains("2026-01-15"))
            #expect(home.text.contains("address identical (12 HIGH STREET DY1 1AA vs 12 HIGH STREET DY1 1AA): +12.5"))
            #expect(home.text.contains("Your reason for access: pattern review for TRM"))
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let own = try await reviewer.get("/employees/E100")
            #expect(own.status == .notFound)
            try await reviewer.giveReason("I want to see myself", type: "employee", id: "E100", returnTo: "/")
            #expect(try await reviewer.get("/employees/E100/home").status == .notFound)
            #expect(try await reviewer.get("/employees/NOBODY").status == .notFound)
        }
        let events = try world.auditEntries().filter { $0.event.action == .consultation && $0.event.actor == "sup" }
        #expect(events.contains { $0.event.objectIDs == ["E900"] && $0.event.reason == "pattern review for TRM" })
    }

    @Test("trends show the known figures, every chart has its data table, and listed people are recorded")
    func trends() async throws {
        let world = try await world()
        // Reopened by new evidence after "not a match", alert 23 makes E901 a repeat suspect again.
        try world.store.write { db in try db.execute(sql: "UPDATE alert SET status = 'REOPENED' WHERE id = 23") }
        let before = try world.auditCount()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let page = try await supervisor.get(Self.trendsPath)
            #expect(page.status == .ok)
            let html = page.text
            #expect(html.contains("8 alerts raised from 2026-01-05 to 2026-01-25"))
            #expect(html.contains("<a href=\"/employees/E900\">E900</a>"))
            #expect(html.contains("<a href=\"/employees/E901\">E901</a>"))
            #expect(html.contains("12 High Street"))
            #expect(html.contains("Alerts decided not a match or a duplicate are not counted"))
            #expect(html.contains("<td class=\"number\">50.0%</td>"))
            #expect(html.contains("<td class=\"number\">100.0%</td>"))
            let figures = html.components(separatedBy: "<figure class=\"chart\"").dropFirst()
            #expect(figures.count == 7)
            for figure in figures {
                #expect(figure.contains("<svg class=\"chart\""))
                #expect(figure.contains("role=\"img\""))
                #expect(figure.contains("<title id="))
                #expect(figure.contains("<desc id="))
                #expect(figure.contains("<table class=\"chart-data\">"))
                #expect(!figure.contains("style="))
            }
            let byTeam = try #require(figures.first { $0.contains("id=\"by-team\"") })
            #expect(byTeam.contains("<tr><th scope=\"row\">Response North</th><td class=\"number\">5</td></tr>"))
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let own = try await reviewer.get(Self.trendsPath)
            #expect(own.status == .ok)
        }
        let event = try #require(
            try world.auditEntries(after: before).first { $0.event.action == .consultation && $0.event.actor == "sup" }
        )
        #expect(event.event.objectType == "employee")
        #expect(event.event.objectIDs == ["E900", "E901"])
    }

    @Test("a leaver stays a repeat victim or suspect, tagged with the day they left, and the caption counts leavers")
    func repeatLeavers() async throws {
        let world = try await world()
        try world.store.write { db in
            try db.execute(sql: "UPDATE alert SET status = 'REOPENED' WHERE id = 23")
            // E901 dropped off the roster on 20 January: the queue tags their withdrawn alerts the same way.
            try db.execute(sql: "UPDATE employee SET active = 0, left_on = '2026-01-20' WHERE employee_id = 'E901'")
        }
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let html = try await supervisor.get(Self.trendsPath).text
            func table(_ caption: String) throws -> String {
                try #require(
                    html.components(separatedBy: "<caption>\(caption)").dropFirst().first?
                        .components(separatedBy: "</table>").first
                )
            }
            let suspects = try table("Repeat suspects and offenders")
            #expect(suspects.hasPrefix(": 1 listed, who has left the force</caption>"))
            #expect(suspects.contains("<td>Bob Brown <span class=\"tag-warn\">Left 2026-01-20</span></td>"))
            let victims = try table("Repeat victims")
            #expect(victims.hasPrefix(": 1 listed, who has not left the force</caption>"))
            #expect(!victims.contains("tag-warn"))
            #expect(html.contains("tagged with the day they left"))
        }
    }

    @Test("a period typed wrongly comes back as typed with 422, showing and recording nothing")
    func trendsPeriodKeepsInput() async throws {
        let world = try await world()
        try await world.application().test(.router) { client in
            let supervisor = try await RouteProbe.browser("sup", client: client, world: world)
            let after = try world.auditCount()
            let refused = try await supervisor.get("/trends?from=2026-02-30&to=2026-01-25")
            #expect(refused.status == .unprocessableContent)
            #expect(RefusedFormTests.summary(refused.text).contains("<a href=\"#from\">From must be a real day"))
            #expect(RefusedFormTests.marked("from", in: refused.text))
            #expect(RefusedFormTests.field("from", in: refused.text).contains("value=\"2026-02-30\""))
            #expect(RefusedFormTests.field("to", in: refused.text).contains("value=\"2026-01-25\""))
            #expect(!refused.text.contains("E900"))
            let reversed = try await supervisor.get("/trends?from=2026-01-25&to=2026-01-05")
            #expect(reversed.status == .unprocessableContent)
            #expect(RefusedFormTests.marked("to", in: reversed.text))
            // One end typed, on the wrong side of the default other end: refused as typed, never swapped.
            let onlyTo = try await supervisor.get("/trends?to=2000-01-01")
            #expect(onlyTo.status == .unprocessableContent)
            #expect(RefusedFormTests.summary(onlyTo.text).contains("<a href=\"#to\">To must not come before"))
            #expect(RefusedFormTests.field("to", in: onlyTo.text).contains("value=\"2000-01-01\""))
            #expect(RefusedFormTests.field("from", in: onlyTo.text).contains("value=\"\""))
            let onlyFrom = try await supervisor.get("/trends?from=2999-01-01&to=")
            #expect(onlyFrom.status == .unprocessableContent)
            #expect(RefusedFormTests.marked("from", in: onlyFrom.text))
            #expect(RefusedFormTests.field("from", in: onlyFrom.text).contains("value=\"2999-01-01\""))
            #expect(RefusedFormTests.field("to", in: onlyFrom.text).contains("value=\"\""))
            // Both days wrong: both listed and both marked, so one round trip fixes the form.
            let both = try await supervisor.get("/trends?from=abc&to=x%27y")
            #expect(both.status == .unprocessableContent)
            let listed = RefusedFormTests.summary(both.text)
            #expect(listed.contains("<li><a href=\"#from\">From must be a real day"))
            #expect(listed.contains("<li><a href=\"#to\">To must be a real day"))
            #expect(RefusedFormTests.marked("from", in: both.text))
            #expect(RefusedFormTests.marked("to", in: both.text))
            #expect(RefusedFormTests.field("to", in: both.text).contains("value=\"x&#39;y\""))
            #expect(try world.auditCount() == after)
        }
    }

    @Test("runs list their status and figures; a run's page shows inputs and its quality report, gate failures marked")
    func runs() async throws {
        let world = try await world()
        try await world.application().test(.router) { client in
            let admin = try await RouteProbe.browser("adm", client: client, world: world)
            let history = try await admin.get("/runs")
            #expect(history.status == .ok)
            #expect(history.text.contains("<a href=\"/runs/2\">2</a>"))
            #expect(history.text.contains("<strong class=\"status-problem\">degraded</strong>"))
            let run = try await admin.get("/runs/2")
            #expect(run.status == .ok)
            let html = run.text
            #expect(html.contains("cd34ef"))
            #expect(html.contains("/data/rejects.csv"))
            #expect(html.contains("<li class=\"problem\">data-quality gate failed: crime: date of birth missing"))
            #expect(html.contains("<tr class=\"gate-failed\"><th scope=\"row\">date of birth"))
            #expect(html.contains("rejected: duplicate id"))
            // An outward code alone is counted apart from invalid postcodes.
            #expect(html.contains("<th scope=\"col\">Partial (outward code only)</th>"))
            #expect(html.contains("<td class=\"number\">3</td><td class=\"number\">7</td>"))
            #expect(html.contains("Change from the previous run"))
            #expect(html.contains("<td class=\"number\">59.8%</td>"))
            #expect(html.contains("31.25") || html.contains("31.2"))
            let first = try await admin.get("/runs/1")
            #expect(first.text.contains("Every data-quality gate passed."))
            #expect(first.text.contains("No previous run to compare with."))
            #expect(try await admin.get("/runs/99").status == .notFound)
            #expect(try await admin.get("/runs/abc").status == .notFound)
        }
    }

    @Test("the bar chart draws one bar segment per non-zero value and tabulates every value")
    func chartMatchesTable() {
        let chart = BarChart(
            id: "c",
            title: "Alerts <per> week",
            categories: ["2026-01-05", "2026-01-12"],
            series: [.init(name: "crime", values: [3, 0]), .init(name: "custody", values: [1, 2])]
        )
        let html = chart.html.markup
        #expect(html.components(separatedBy: "<rect ").count - 1 == 3)
        #expect(html.contains("<title id=\"c-title\">Alerts &lt;per&gt; week</title>"))
        #expect(
            html.contains(
                "<tr><th scope=\"row\">2026-01-05</th><td class=\"number\">3</td><td class=\"number\">1</td>"
                    + "<td class=\"number\">4</td></tr>"
            )
        )
        #expect(chart.summary.contains("the largest is 2026-01-05 with 4"))
        let empty = BarChart(id: "e", title: "Nothing", categories: ["a"], series: [.init(name: "x", values: [0])])
        #expect(empty.summary == "Nothing: nothing to show in this period.")
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

/// `GET /trends`: patterns over a period — alerts per week by source, role and outcome, by team and by
/// career stage, the false-positive rate and time to decision, and the repeat victims, suspects and
/// locations.
///
/// Counts of alerts are not personal data on their own, but the repeat lists name employees and
/// their homes, so the route is declared as showing employees and records each one it lists (a page
/// with no repeats still records that the trends were viewed). A period typed wrongly (not a real day, or
/// ending before it starts, one end given alone counting against the default other end) comes back as the
/// form, as typed, with 422 and every problem listed, reading and recording nothing: never swapped.
enum TrendsPage {
    /// Supervisors and reviewers: the people who look for patterns, never under a grant.
    static let access = RouteAccess(roles: [.supervisor, .reviewer], showsPersonalData: "employee")

    static func handle(_ context: PageContext) async throws -> PageResult {
        if let problem = InsightText.periodProblem(context.query, now: context.now) {
            // The period as typed, and nothing read: no figures, no names, so nothing is recorded.
            let typed = filter(from: context.query.trimmed("from"), to: context.query.trimmed("to"), problem: problem)
            return .page(
                Page("Patterns and trends", context, content: typed, problem: problem),
                status: .unprocessableContent
            )
        }
        let period = InsightText.period(context.query, now: context.now)
        let own = try context.requireUser().employeeID
        let (trends, repeats) = try await context.store.asyncRead { db in
            let concerns = try OwnConcerns.load(employeeID: own, in: db)
            return (
                try AlertTrends.load(period, in: db),
                try RepeatSubjects.load(period, hiding: concerns, in: db).excluding(own)
            )
        }
        let weeks = trends.weeks.map(\.description)
        func weekly(
            _ id: String,
            _ title: String,
            _ series: [AlertTrends.Series],
            words: (String) -> String = PlainWords.code
        ) -> HTML {
            BarChart(
                id: id,
                title: title,
                categories: weeks,
                series: series.map { .init(name: words($0.name), values: $0.counts.map(Double.init)) }
            ).html
        }
        let content: HTML = """
            \(filter(from: period.from.description, to: period.to.description, problem: nil))
            <p>\(trends.alertCount) alerts raised from \(period.from.description) to \(period.to.description). \
            Weeks run Monday to Sunday (UTC); an alert counts in the week it was raised.</p>
            <h2>Alerts per week by source</h2>
            \(weekly("by-source", "Alerts per week by source", trends.bySource))
            <h2>Alerts per week by role in the event</h2>
            <p>An alert naming the employee in two roles counts under each.</p>
            \(weekly("by-role", "Alerts per week by role", trends.byRole))
            <h2>Alerts per week by outcome</h2>
            \(weekly("by-outcome", "Alerts per week by outcome", trends.byOutcome, words: PlainWords.outcome))
            <h2>Alerts by team</h2>
            \(tallyChart("by-team", "Alerts by team", "Team", trends.byTeam))
            <h2>Alerts by career stage</h2>
            <p>Years from the employee's start date to the event (or to the alert, for undated events).</p>
            \(tallyChart("by-career-stage", "Alerts by career stage", "Career stage", trends.byCareerStage))
            \(decisions(trends.decisions))
            \(TrendsPage.repeats(repeats))
            """
        return .page(
            Page("Patterns and trends", context, content: content),
            consulted: repeats.employeeIDs.map { AuditObject(type: "employee", id: $0) }
        )
    }

    /// The period form, with the days shown (or typed, when they came back refused).
    private static func filter(from: String, to: String, problem: FormProblem?) -> HTML {
        """
        <form class="period" method="get" action="/trends"><fieldset><legend>Period</legend>\
        <p><label for="from">From</label>\(Forms.message(problem, field: "from"))\
        <input id="from" name="from" type="date" value="\(from)"\(Forms.invalid(problem, field: "from"))></p>\
        <p><label for="to">To</label>\(Forms.message(problem, field: "to"))\
        <input id="to" name="to" type="date" value="\(to)"\(Forms.invalid(problem, field: "to"))></p>\
        <p><button type="submit">Show</button></p></fieldset></form>
        """
    }

    private static func tallyChart(
        _ id: String,
        _ title: String,
        _ label: String,
        _ tallies: [AlertTrends.Tally]
    ) -> HTML {
        guard !tallies.isEmpty else { return "<p>No alerts in this period.</p>" }
        return BarChart(
            id: id,
            title: title,
            categoryLabel: label,
            categories: tallies.map(\.name),
            series: [.init(name: "alerts", values: tallies.map { Double($0.count) })]
        ).html
    }

    private static func decisions(_ weeks: [DecisionWeek]) -> HTML {
        let rate = BarChart(
            id: "false-positive-rate",
            title: "False-positive rate per week (the share of decisions that were not a match)",
            categories: weeks.map(\.week.description),
            series: [.init(name: "not a match", values: weeks.map { $0.falsePositiveRate ?? 0 })],
            format: { BarChart.percent($0) }
        )
        let time = BarChart(
            id: "time-to-decision",
            title: "Median days from alert to decision per week",
            categories: weeks.map(\.week.description),
            series: [.init(name: "median days", values: weeks.map { $0.medianDays ?? 0 })],
            format: { String(format: "%.1f", $0) }
        )
        let rows: [HTML] = weeks.map { week in
            """
            <tr><th scope="row">\(week.week.description)</th><td class="number">\(week.decided)</td>\
            <td class="number">\(week.notAMatch)</td>\
            <td class="number">\(week.falsePositiveRate.map(BarChart.percent) ?? "–")</td>\
            <td class="number">\(InsightText.days(week.medianDays))</td>\
            <td class="number">\(InsightText.days(week.p90Days))</td></tr>
            """
        }
        return """
            <h2>False-positive rate and time to decision</h2>
            <p>Closing decisions (not a match, no further action, referred, duplicate) in the week they were made; \
            the time is from the alert being raised to the decision.</p>
            \(rate.html)\(time.html)
            <table class="decisions"><caption>Decisions per week</caption><thead><tr><th scope="col">Week</th>\
            <th scope="col">Decided</th><th scope="col">Not a match</th><th scope="col">False-positive rate</th>\
            <th scope="col">Median days</th><th scope="col">90th percentile days</th></tr></thead>\
            <tbody>\(rows)</tbody></table>
            """
    }
}

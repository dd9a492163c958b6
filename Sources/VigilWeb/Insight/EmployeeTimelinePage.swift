import Foundation
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

/// `GET /employees/{id}`: one employee's roster details and every event and alert over time, with the
/// start date marked and earlier events flagged.
///
/// The object rule refuses the user's own record (answered as missing) and asks for a reason unless
/// one of the employee's alerts is in the user's queue; the page records the employee and every alert
/// it lists as consulted. What concerns the reader (``OwnConcerns``: their own events, their home and
/// the alerts about them) is left out of anyone else's timeline.
enum EmployeeTimelinePage {
    /// Reviewers and supervisors, and break-glass grant holders; one employee per request.
    static let access = RouteAccess(
        roles: [.reviewer, .supervisor],
        underGrant: true,
        showsPersonalData: "employee",
        objects: .employee(parameter: "id")
    )

    static func handle(_ context: PageContext) async throws -> PageResult {
        guard let object = context.object else { throw WebError.notFound }
        let id = object.employeeID
        let own = try context.requireUser().employeeID
        guard
            let timeline = try await context.store.asyncRead({ db in
                let concerns = try OwnConcerns.load(employeeID: own, in: db)
                return try EmployeeTimeline.load(employeeID: id, hiding: concerns, in: db)
            })
        else { throw WebError.notFound }
        let consulted =
            [AuditObject(type: "employee", id: id)]
            + timeline.alertIDs.map { AuditObject(type: "alert", id: String($0)) }
        let content: HTML = """
            \(InsightText.reasonNotice(object))
            \(details(timeline))
            <p><a href="/employees/\(InsightText.pathComponent(id))/home">Incidents at the home address</a></p>
            <h2>Events per year</h2>
            \(chart(timeline))
            <h2>Timeline</h2>
            \(table(timeline))
            """
        return .page(Page("Employee \(id)", context, content: content), consulted: consulted)
    }

    private static func details(_ timeline: EmployeeTimeline) -> HTML {
        let employee = timeline.employee
        let address = [employee.addressLine, employee.town, employee.postcode].filter { !$0.isEmpty }
            .joined(separator: ", ")
        return """
            <h2>Roster details</h2>
            <dl class="facts"><dt>Employee number</dt><dd>\(employee.employeeID)</dd>\
            <dt>Name</dt><dd>\(employee.forenames) \(employee.surname)</dd>\
            <dt>Previous surnames</dt><dd>\(employee.previousSurnames.isEmpty ? "none" : employee.previousSurnames.joined(separator: ", "))</dd>\
            <dt>Date of birth</dt><dd>\(employee.dateOfBirth?.description ?? "not given")</dd>\
            <dt>Address</dt><dd>\(address.isEmpty ? "not given" : address)</dd>\
            <dt>Role</dt><dd>\(employee.role)</dd><dt>Team</dt><dd>\(employee.team)</dd>\
            <dt>Start date</dt><dd>\(employee.startDate?.description ?? "not given")</dd>\
            <dt>On the current roster</dt><dd>\(timeline.active ? "yes" : "no (a leaver)")</dd></dl>
            """
    }

    private static func chart(_ timeline: EmployeeTimeline) -> HTML {
        let years = timeline.entriesPerYear
        guard !years.isEmpty else { return "<p>No dated events.</p>" }
        return BarChart(
            id: "events-per-year",
            title: "Events and alerts per year",
            categoryLabel: "Year",
            categories: years.map { String($0.year) },
            series: [
                .init(name: "person records", values: years.map { Double($0.records) }),
                .init(name: "incidents at home", values: years.map { Double($0.incidents) }),
                .init(name: "alerts raised", values: years.map { Double($0.alerts) }),
            ]
        ).html
    }

    private static func table(_ timeline: EmployeeTimeline) -> HTML {
        guard !timeline.entries.isEmpty else { return "<p>Vigil holds no events or alerts for this employee.</p>" }
        var rows: [HTML] = []
        var startMarked = timeline.employee.startDate == nil
        for entry in timeline.entries {
            if !startMarked, let start = timeline.employee.startDate, let date = entry.date, date >= start {
                rows.append(startRow(start))
                startMarked = true
            }
            let evidence: HTML =
                entry.alertID.map { id -> HTML in " (<a href=\"/alerts/\(id)\">alert \(id)</a>)" } ?? ""
            let reference: HTML =
                entry.kind == .alert
                ? "<a href=\"/alerts/\(entry.reference)\">alert \(entry.reference)</a>"
                : "\(entry.reference)\(evidence)"
            let flag: HTML = entry.predatesStart ? "<strong class=\"flag\">before start</strong>" : ""
            rows.append(
                """
                <tr\(entry.predatesStart ? HTML(" class=\"predates\"") : "")><td>\(entry.date?.description ?? "undated")</td>\
                <td>\(entry.kind.rawValue)</td><td>\(PlainWords.code(entry.source))</td><td>\(reference)</td><td>\(entry.detail)</td>\
                <td class="number">\(String(format: "%.3f", entry.probability))</td><td>\(flag)</td></tr>
                """
            )
        }
        if !startMarked, let start = timeline.employee.startDate { rows.append(startRow(start)) }
        return """
            <table class="timeline"><caption>Every event and alert, oldest first</caption>\
            <thead><tr><th scope="col">Date</th><th scope="col">What</th><th scope="col">Source or type</th>\
            <th scope="col">Reference</th><th scope="col">Role or status</th><th scope="col">Probability</th>\
            <th scope="col">Before start date</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }

    private static func startRow(_ start: CalendarDate) -> HTML {
        "<tr class=\"start-date\"><td>\(start.description)</td><td colspan=\"6\"><strong>Start date</strong></td></tr>"
    }
}

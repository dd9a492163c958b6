import Foundation
import VigilStore

/// `GET /alerts`: the morning queue: alerts new or updated since the last meeting first, filters,
/// counts by status, pages, and (for supervisors) assignment of one or many alerts.
///
/// A reviewer's queue holds the alerts assigned to them and the unassigned ones; a supervisor's holds
/// every alert. Nobody's queue lists an alert about themselves.
struct MorningQueuePage: Sendable {
    let context: PageContext
    let user: UserAccount
    let filter: QueueFilter
    let since: (date: Date, chosen: Bool)
    let page: AlertQueue.Page
    let teams: [String]
    let assignees: [UserAccount]
    let status: DataStatus
    let schedule: MeetingSchedule
    /// What the reader's last change did, in words (``ActionConfirmation``).
    var confirmation: String?
    /// What was typed into the assignment or export form that came back refused: the alerts ticked, the
    /// assignee, the recipient.
    var entered = FormFields()
    /// Why that form was refused.
    var problem: FormProblem?

    /// The field a problem with the selection points at until the page knows its first row (``TriageRoutes``
    /// swaps in that row's checkbox, `select-ID`).
    static let firstSelection = "select"

    var isSupervisor: Bool { user.role == .supervisor }

    /// The page.
    var html: HTML {
        let rule: HTML =
            since.chosen
            ? "chosen with <code>?since=</code>"
            : "the last meeting: 08:00 UK time on the latest working day, Monday to Friday"
        return """
            \(ActionConfirmation.html(confirmation))
            \(status.html(schedule: schedule))
            <p class="lead">\(page.newSinceMeeting) of \(page.total) alerts are new or updated since \
            <strong>\(schedule.text(since.date))</strong> (\(rule)); they are listed first and marked \
            <span class="tag-new">New</span>.</p>
            \(counts)
            \(filterForm)
            \(isSupervisor ? assignForm : table(selectable: false))
            \(pagination)
            \(exportForm)
            """
    }

    private var counts: HTML {
        let open = AlertStatus.allCases.filter { !$0.isClosed }.reduce(0) { $0 + (page.countsByStatus[$1] ?? 0) }
        var items: [HTML] = [
            "<li><a href=\"\(filter.link(status: "open"))\">Open</a>: \(open)</li>"
        ]
        for status in AlertStatus.allCases {
            let count = page.countsByStatus[status] ?? 0
            let current: HTML = filter.status == status.rawValue ? " aria-current=\"page\"" : ""
            items.append(
                "<li><a href=\"\(filter.link(status: status.rawValue))\"\(current)>\(status.label)</a>: \(count)</li>"
            )
        }
        return """
            <h2 id="counts">Alerts by status</h2>
            <ul class="counts" aria-labelledby="counts">\(items)</ul>
            """
    }

    private var filterForm: HTML {
        let statuses =
            [("open", "open (not closed)"), ("all", "all")] + AlertStatus.allCases.map { ($0.rawValue, $0.label) }
        let sorts = AlertQueue.Sort.allCases.map { ($0.rawValue, $0.label) }
        let sources: [(String, String)] =
            [("", "any")] + QueueFilter.sources.map { ($0, $0.replacingOccurrences(of: "_", with: " ")) }
        return """
            <h2>Filters</h2>
            <form class="filters" method="get" action="/alerts">
            \(Self.select("Status", name: "status", options: statuses, selected: filter.status))
            \(Self.select("Source", name: "source", options: sources, selected: filter.source))
            \(Self.select("Role in the event", name: "role", options: Self.any(QueueFilter.roles), selected: filter.role))
            \(Self.select("Confidence band", name: "band", options: Self.any(QueueFilter.bands), selected: filter.band))
            \(Self.select("Team", name: "team", options: Self.any(teams), selected: filter.team))
            \(Self.select("Sort by", name: "sort", options: sorts, selected: filter.sort.rawValue))
            <p><label for="since">New since (date or time)</label>
            <input id="since" name="since" type="text" value="\(filter.since)" placeholder="2026-11-27"></p>
            <p class="check"><input id="mine" name="mine" type="checkbox" value="1"\(filter.mine ? HTML(" checked") : "")>
            <label for="mine">Assigned to me</label></p>
            <p><button type="submit">Apply filters</button> <a href="/alerts">Clear</a></p>
            </form>
            """
    }

    /// "any" and then each value as its own label.
    static func any(_ values: [String]) -> [(String, String)] {
        [("", "any")] + values.map { ($0, $0) }
    }

    /// A labelled drop-down whose id is its name, marked invalid when `problem` concerns it.
    static func select(
        _ label: String,
        name: String,
        options: [(String, String)],
        selected: String,
        problem: FormProblem? = nil
    ) -> HTML {
        let items: [HTML] = options.map { value, text in
            "<option value=\"\(value)\"\(value == selected ? HTML(" selected") : "")>\(text)</option>"
        }
        return """
            <p><label for="\(name)">\(label)</label>\(Forms.message(problem, field: name))\
            <select id="\(name)" name="\(name)"\(Forms.invalid(problem, field: name))>\(items)</select></p>
            """
    }

    private func table(selectable: Bool) -> HTML {
        guard !page.alerts.isEmpty else { return "<p>No alerts match these filters.</p>" }
        let rows: [HTML] = page.alerts.map { row($0, selectable: selectable) }
        let select: HTML = selectable ? "<th scope=\"col\">Select</th>" : ""
        return """
            <table class="queue"><caption>Alerts, page \(page.page) of \(page.pageCount) \
            (\(page.total) in all), sorted by \(filter.sort.label) after the new ones</caption>
            <thead><tr>\(select)<th scope="col">Alert</th><th scope="col">Employee</th><th scope="col">Team</th>\
            <th scope="col">Source and event</th><th scope="col">Role</th><th scope="col">Status</th>\
            <th scope="col">Probability</th><th scope="col">Assigned to</th><th scope="col">Updated (UK time)</th></tr></thead>
            <tbody>\(rows)</tbody></table>
            """
    }

    private func row(_ alert: QueuedAlert, selectable: Bool) -> HTML {
        let box = "select-\(alert.id)"
        let ticked: HTML = entered.trimmed("alert_\(alert.id)") == "1" ? " checked" : ""
        let select: HTML =
            selectable
            ? """
            <td>\(Forms.message(problem, field: box))<input type="checkbox" id="\(box)" name="alert_\(alert.id)" \
            value="1"\(ticked)\(Forms.invalid(problem, field: box))>\
            <label class="visually-hidden" for="\(box)">Select alert \(alert.id)</label></td>
            """
            : ""
        let new: HTML = alert.isNewSinceMeeting ? " <span class=\"tag-new\">New</span>" : ""
        let withdrawn: HTML =
            alert.evidenceWithdrawn ? LeaverTag.evidenceWithdrawn(employeeLeftOn: alert.employeeLeftOn) : ""
        let predates: HTML = alert.predatesStart ? " <span class=\"tag\">Before start</span>" : ""
        let event = [Self.spaced(alert.source), alert.eventID, alert.eventDate ?? ""]
            .filter { !$0.isEmpty }.joined(separator: " · ")
        return """
            <tr\(alert.isNewSinceMeeting ? HTML(" class=\"fresh\"") : "")>\(select)\
            <td><a href="/alerts/\(alert.id)">Alert \(alert.id)</a>\(new)</td>\
            <td>\(alert.employeeName.isEmpty ? "—" : alert.employeeName) <span class="muted">\(alert.employeeID)</span></td>\
            <td>\(alert.team)</td><td>\(event)\(predates)</td><td>\(alert.roles)</td>\
            <td>\(alert.status.label)\(withdrawn)</td><td>\(Self.threeDecimals(alert.probability)) (\(alert.band))</td>\
            <td>\(alert.assignedTo ?? "unassigned")</td><td>\(schedule.minute(ofStoreText: alert.updatedAt))</td></tr>
            """
    }

    /// `incident_location` as "incident location" (without Foundation: it runs for every row).
    static func spaced(_ name: String) -> String {
        guard name.utf8.contains(UInt8(ascii: "_")) else { return name }
        return String(name.map { $0 == "_" ? " " : $0 })
    }

    /// A probability with three decimals exactly as `%.3f` writes it, without `String(format:)` (slow on
    /// Linux) except for values so near a tie that multiplying by 1,000 could round them the other way.
    static func threeDecimals(_ value: Double) -> String {
        let scaled = value * 1000
        guard value.isFinite, value >= 0, value < 1_000_000, abs(scaled - scaled.rounded(.down) - 0.5) > 1e-6 else {
            return String(format: "%.3f", value)
        }
        let thousandths = Int(scaled.rounded())
        let fraction = String(thousandths % 1000)
        return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    private var assignForm: HTML {
        let ids = page.alerts.map { String($0.id) }.joined(separator: ",")
        var options: [(String, String)] =
            [("", "nobody (unassign)")] + assignees.map { ($0.username, "\($0.displayName) (\($0.username))") }
        let chosen = entered.trimmed("assignee")
        // A refused choice (someone who may not have the alerts) stays on screen, to be changed.
        if !options.contains(where: { $0.0 == chosen }) { options.append((chosen, chosen)) }
        return """
            <form method="post" action="/alerts/assign">
            \(Forms.csrfField(context.csrfToken))
            <input type="hidden" name="shown" value="\(ids)">
            <input type="hidden" name="return" value="\(filter.link(page: page.page))">
            \(table(selectable: true))
            <fieldset><legend>Assign the selected alerts</legend>
            \(Self.select(
                "Assign to",
                name: "assignee",
                options: options,
                selected: chosen,
                problem: problem
            ))
            <p><button type="submit">Assign selected</button></p></fieldset>
            </form>
            """
    }

    private var pagination: HTML {
        guard page.pageCount > 1 else { return "" }
        var links: [HTML] = []
        if page.page > 1 {
            links.append("<li><a href=\"\(filter.link(page: page.page - 1))\" rel=\"prev\">Previous page</a></li>")
        }
        links.append("<li>Page \(page.page) of \(page.pageCount)</li>")
        if page.page < page.pageCount {
            links.append("<li><a href=\"\(filter.link(page: page.page + 1))\" rel=\"next\">Next page</a></li>")
        }
        return "<nav aria-label=\"Pages\"><ul class=\"pages\">\(links)</ul></nav>"
    }

    private var exportForm: HTML {
        """
        <h2>Export for the meeting</h2>
        <form method="post" action="/alerts/export">
        \(Forms.csrfField(context.csrfToken))
        \(filter.hiddenFields)
        <p>Every alert these filters match (up to \(AlertQueue.maximumRows)), as CSV. The export is recorded \
        as a disclosure to the recipient you name.</p>
        \(Forms.field("Recipient", name: "recipient", value: entered["recipient"] ?? "", problem: problem))
        <p><button type="submit">Export CSV</button></p>
        </form>
        """
    }
}

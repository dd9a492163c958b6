import Foundation
import VigilCore
import VigilStore

/// The queue's filters as a person chose them in the form (or the export's hidden fields), turned
/// into an ``AlertQueue/Query`` and back into links.
///
/// Unknown values are ignored rather than refused, so an old bookmark still opens the queue.
struct QueueFilter: Sendable, Hashable {
    /// `open` (not closed, the default), `all`, or one status's raw value.
    var status = "open"
    var source = ""
    var role = ""
    var band = ""
    var team = ""
    var mine = false
    var sort = AlertQueue.Sort.updated
    var page = 1
    /// `?since=` as given (empty: the last meeting by the schedule).
    var since = ""

    static let sources = ["crime", "intelligence", "custody", "incident", "incident_location"]
    /// Every role any source names, in source order, each once.
    static let roles: [String] = SourceKind.allCases.flatMap(\.roles).reduce(into: []) { roles, role in
        if !roles.contains(role) { roles.append(role) }
    }
    static let bands = ["high", "medium", "low"]

    /// Reads the fields of a query string or form.
    init(_ fields: FormFields) {
        let status = fields.trimmed("status")
        if status == "all" || AlertStatus(rawValue: status) != nil { self.status = status }
        source = Self.sources.contains(fields.trimmed("source")) ? fields.trimmed("source") : ""
        role = Self.roles.contains(fields.trimmed("role")) ? fields.trimmed("role") : ""
        band = Self.bands.contains(fields.trimmed("band")) ? fields.trimmed("band") : ""
        team = String(fields.trimmed("team").prefix(100))
        mine = fields.trimmed("mine") == "1"
        sort = AlertQueue.Sort(rawValue: fields.trimmed("sort")) ?? .updated
        page = max(1, min(Int(fields.trimmed("page")) ?? 1, 100_000))
        since = String(fields.trimmed("since").prefix(40))
    }

    /// The instant "new since" counts from, and whether it came from `?since=`.
    func sinceDate(now: Date, schedule: MeetingSchedule) -> (date: Date, chosen: Bool) {
        if let chosen = schedule.since(since) { return (chosen, true) }
        return (schedule.lastMeeting(before: now), false)
    }

    /// The store query.
    func query(since: Date) -> AlertQueue.Query {
        var query = AlertQueue.Query(since: since)
        switch status {
        case "open": query.statuses = Set(AlertStatus.allCases.filter { !$0.isClosed })
        case "all": query.statuses = []
        default: query.statuses = AlertStatus(rawValue: status).map { [$0] } ?? []
        }
        query.source = source.isEmpty ? nil : source
        query.role = role.isEmpty ? nil : role
        query.band = band.isEmpty ? nil : band
        query.team = team.isEmpty ? nil : team
        query.assignedToViewer = mine
        query.sort = sort
        query.page = page
        return query
    }

    /// The filters as name–value pairs (the page left out), for links and hidden fields.
    var fields: [(String, String)] {
        var fields: [(String, String)] = [("status", status)]
        for (name, value) in [("source", source), ("role", role), ("band", band), ("team", team), ("since", since)]
        where !value.isEmpty {
            fields.append((name, value))
        }
        if mine { fields.append(("mine", "1")) }
        if sort != .updated { fields.append(("sort", sort.rawValue)) }
        return fields
    }

    /// `/alerts?...` with these filters and, optionally, other values in place of some.
    func link(page: Int? = nil, status: String? = nil) -> String {
        var pairs = fields
        if let status { pairs = pairs.map { $0.0 == "status" ? ("status", status) : $0 } }
        if let page, page > 1 { pairs.append(("page", String(page))) }
        let query = pairs.map { name, value in
            "\(name)=\(value.addingPercentEncoding(withAllowedCharacters: Self.unreserved) ?? "")"
        }
        return "/alerts?" + query.joined(separator: "&")
    }

    /// The characters a query value keeps as they are (RFC 3986's unreserved ones).
    private static let unreserved: CharacterSet = {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return allowed
    }()

    /// The filters as hidden inputs (for the export and assignment forms).
    var hiddenFields: HTML {
        let inputs: [HTML] = fields.map { name, value in
            "<input type=\"hidden\" name=\"\(name)\" value=\"\(value)\">"
        }
        return inputs.joined()
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

/// `GET /employees/{id}/home`: the incidents linked to an employee's current address, with the caveat
/// that other people live there, each with its type, date and the strongest reasons for the link.
enum HomeAddressPage {
    /// The timeline's audience; the object rule also answers the home of someone who lives with the
    /// reader as missing, before any reason is asked for.
    static let access = RouteAccess(
        roles: [.reviewer, .supervisor],
        underGrant: true,
        showsPersonalData: "employee",
        objects: .employeeHome(parameter: "id")
    )

    static let caveat: HTML = """
        <p class="notice">Other people may live at this address, and incidents are logged against places, \
        not people. An incident here says nothing by itself about the employee: read it with the \
        household in mind.</p>
        """

    static func handle(_ context: PageContext) async throws -> PageResult {
        guard let object = context.object else { throw WebError.notFound }
        let id = object.employeeID
        let own = try context.requireUser().employeeID
        // The home of someone who lives with the reader is the reader's own: answered as missing.
        guard
            let home = try await context.store.asyncRead({ db -> HomeAddressIncidents? in
                let concerns = try OwnConcerns.load(employeeID: own, in: db)
                if concerns?.sharesHome(id) == true { return nil }
                return try HomeAddressIncidents.load(employeeID: id, hiding: concerns, in: db)
            })
        else { throw WebError.notFound }
        let consulted =
            [AuditObject(type: "employee", id: id)]
            + Set(home.incidents.compactMap(\.alertID)).sorted().map { AuditObject(type: "alert", id: String($0)) }
        let content: HTML = """
            \(InsightText.reasonNotice(object))
            \(caveat)
            <dl class="facts"><dt>Employee</dt><dd><a href="/employees/\(InsightText.pathComponent(id))">\(id)</a></dd>\
            <dt>Current address (roster)</dt><dd>\(home.homeAddress.isEmpty ? "not given" : home.homeAddress)</dd>\
            <dt>Incidents linked</dt><dd>\(home.incidents.count)</dd></dl>
            \(table(home))
            """
        return .page(Page("Incidents at the home address of \(id)", context, content: content), consulted: consulted)
    }

    private static func table(_ home: HomeAddressIncidents) -> HTML {
        guard !home.incidents.isEmpty else { return "<p>No incidents are linked to this address.</p>" }
        let rows: [HTML] = home.incidents.map { incident in
            let reasons: [HTML] = incident.explanation.map { "<li>\($0)</li>" }
            let alert: HTML =
                incident.alertID.map { id -> HTML in "<a href=\"/alerts/\(id)\">alert \(id)</a>" } ?? "none"
            return """
                <tr><td>\(incident.date?.description ?? "undated")</td><td>\(incident.incidentType)</td>\
                <td>\(incident.incidentID)</td><td>\(incident.address)</td>\
                <td class="number">\(String(format: "%.3f", incident.probability))</td>\
                <td><ul class="reasons">\(reasons)</ul></td><td>\(alert)</td></tr>
                """
        }
        return """
            <table><caption>Incidents linked to the address, newest first</caption>\
            <thead><tr><th scope="col">Date</th><th scope="col">Type</th><th scope="col">Incident</th>\
            <th scope="col">Address in the log</th><th scope="col">Probability</th>\
            <th scope="col">Why it was linked</th><th scope="col">Alert</th></tr></thead><tbody>\(rows)</tbody></table>
            """
    }
}

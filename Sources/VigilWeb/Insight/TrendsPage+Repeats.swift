import Foundation
import HTTPTypes
import Hummingbird
import VigilCore
import VigilStore

extension TrendsPage {
    /// The repeat victims, suspects and locations: lists that name people, each linked to the
    /// employee's timeline (which asks for its own reason outside the queue).
    static func repeats(_ repeats: RepeatSubjects) -> HTML {
        """
        <h2>Repeat victims</h2>
        <p>Employees with \(RepeatSubjects.threshold) or more alerts as a victim in the period. Alerts decided \
        not a match or a duplicate are not counted (a reopened one counts again). Employees who have left the \
        force stay listed, as the pattern is evidence of their time here, tagged with the day they left.</p>
        \(people(repeats.victims, caption: "Repeat victims"))
        <h2>Repeat suspects and offenders</h2>
        <p>Employees with \(RepeatSubjects.threshold) or more alerts as a suspect or offender in the period. \
        Alerts decided not a match or a duplicate are not counted. Leavers stay listed, tagged in the same way.</p>
        \(people(repeats.suspects, caption: "Repeat suspects and offenders"))
        <h2>Repeat locations</h2>
        <p>Employees' home addresses with \(RepeatSubjects.threshold) or more incidents in the period. Others \
        may live there. An incident whose link to the home was decided not a match, or is suppressed, is not \
        counted.</p>
        \(locations(repeats.locations))
        """
    }

    private static func people(_ people: [RepeatSubjects.Person], caption: String) -> HTML {
        guard !people.isEmpty else { return "<p>None in this period.</p>" }
        let rows: [HTML] = people.map { person in
            """
            <tr><th scope="row"><a href="/employees/\(InsightText.pathComponent(person.employeeID))">\
            \(person.employeeID)</a></th><td>\(person.name)\(person.leftOn.map(LeaverTag.left(on:)) ?? "")</td>\
            <td>\(person.team)</td><td class="number">\(person.alerts)</td>\
            <td>\(person.latestEvent?.description ?? "undated")</td></tr>
            """
        }
        let counted = count(listed: people.count, leavers: RepeatSubjects.leavers(among: people))
        return """
            <table><caption>\(caption): \(counted)</caption><thead><tr><th scope="col">Employee</th><th scope="col">Name</th>\
            <th scope="col">Team</th><th scope="col">Alerts</th><th scope="col">Latest event</th></tr></thead>\
            <tbody>\(rows)</tbody></table>
            """
    }

    /// The caption's count: "3 listed, 1 of whom has left the force".
    static func count(listed count: Int, leavers: Int) -> String {
        let listed = "\(count) listed"
        switch (leavers, count) {
        case (0, 1): return "\(listed), who has not left the force"
        case (0, _): return "\(listed), none of whom has left the force"
        case (1, 1): return "\(listed), who has left the force"
        case (1, _): return "\(listed), 1 of whom has left the force"
        case (count, _): return "\(listed), all of whom have left the force"
        default: return "\(listed), \(leavers) of whom have left the force"
        }
    }

    private static func locations(_ locations: [RepeatSubjects.Location]) -> HTML {
        guard !locations.isEmpty else { return "<p>None in this period.</p>" }
        let rows: [HTML] = locations.map { location in
            let employees: [HTML] = location.employeeIDs.map {
                "<a href=\"/employees/\(InsightText.pathComponent($0))\">\($0)</a> "
            }
            return """
                <tr><th scope="row">\(location.address)</th><td>\(location.postcode)</td>\
                <td class="number">\(location.incidents)</td><td>\(employees)</td></tr>
                """
        }
        return """
            <table><caption>Repeat locations</caption><thead><tr><th scope="col">Address</th>\
            <th scope="col">Postcode</th><th scope="col">Incidents</th><th scope="col">Employees living there</th>\
            </tr></thead><tbody>\(rows)</tbody></table>
            """
    }
}

import Foundation
import VigilCore
import VigilStore

/// The demo's script of extracts: which of the generated world's records arrive on which simulated
/// day, and the records a day adds, extends or changes, so that the run history has new, updated and
/// reopened alerts, a new starter found in the history and a leaver.
///
/// Day one publishes the world's history less a few held-back records; each later day brings some of
/// those (dated the week they arrive), plus the changes the store asks for (``DemoChanges``).
struct DemoScenario: Sendable {
    /// The world's roster.
    let roster: DemoTable
    /// The world's person records.
    let records: DemoTable
    /// Which employee each truly linked record is about.
    let truth: [String: String]
    /// Held-back record indices, one list per later day.
    let heldBack: [[Int]]
    /// Row index of every record id.
    let recordIndex: [String: Int]
    /// A person in the records who is not an employee, and joins the force on ``newStarterDay``.
    let newStarter: [String]

    /// The later day (1-based after day one) on which the new starter appears on the roster.
    let newStarterDay: Int
    /// The later day on which one employee with alerts leaves.
    let leaverDay: Int

    /// The new starter's employee id.
    static let newStarterID = "NS-000001"

    /// Loads the world in `folder` and plans `laterDays` days after the first.
    init(world folder: String, laterDays: Int) throws {
        let roster = try DemoTable(path: folder + "/roster.csv")
        let records = try DemoTable(path: folder + "/person_records.csv")
        let truthTable = try DemoTable(path: folder + "/truth_person.csv")
        let truth = Dictionary(truthTable.rows.map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })
        let idColumn = records.column("record_id")
        var plan = [[Int]](repeating: [], count: laterDays)
        var employeeSeen = 0
        var othersSeen = 0
        let birthColumn = records.column("date_of_birth")
        // Small deltas with a placeholder birth date would trip the data-quality gate on their own.
        for (index, row) in records.rows.enumerated() where Self.isPlausibleBirthDate(row[birthColumn]) {
            if truth[row[idColumn]] != nil {
                employeeSeen += 1
                if employeeSeen % 37 == 5 { plan[employeeSeen / 37 % laterDays].append(index) }
            } else {
                othersSeen += 1
                if othersSeen % 151 == 17 { plan[othersSeen / 151 % laterDays].append(index) }
            }
        }
        let held = Set(plan.joined())
        let columns = ["forenames", "surname", "date_of_birth", "postcode", "address_line"].map(records.column)
        let starter = records.rows.indices.first { index in
            let row = records.rows[index]
            return index > records.rows.count / 2 && !held.contains(index) && truth[row[idColumn]] == nil
                && columns.allSatisfy { !row[$0].isEmpty } && row[columns[2]].contains("-")
        }
        guard let starter else {
            throw DemoError("the world is too small to find a new starter in the records: use more --records")
        }
        let source = records.rows[starter]
        newStarter = roster.header.map { name in
            switch name {
            case "employee_id": Self.newStarterID
            case "forenames", "surname", "date_of_birth", "address_line", "town", "postcode":
                source[records.column(name)]
            case "role": "PCSO"
            case "team": "New starters"
            default: ""
            }
        }
        recordIndex = Dictionary(
            records.rows.enumerated().map { ($0.element[idColumn], $0.offset) },
            uniquingKeysWith: { first, _ in first }
        )
        self.roster = roster
        self.records = records
        self.truth = truth
        heldBack = plan
        newStarterDay = min(3, laterDays)
        leaverDay = min(4, laterDays)
    }

    /// Day one's records: the whole history but the held-back rows.
    func historyRecords() -> DemoTable {
        let held = Set(heldBack.joined())
        return records.with(rows: records.rows.indices.filter { !held.contains($0) }.map { records.rows[$0] })
    }

    /// A later day's held-back records, dated in the week before `day`.
    func arrivals(onLaterDay later: Int, day: Date) -> [[String]] {
        let dateColumn = records.column("event_date")
        return heldBack[later - 1].enumerated().map { offset, index in
            var row = records.rows[index]
            row[dateColumn] = CalendarDate.utcDay(day.addingTimeInterval(-Double(1 + offset % 6) * 86_400)).description
            return row
        }
    }

    /// The roster as it stands on a later day (0 is day one): the new starter joins, the leaver goes.
    func roster(onLaterDay later: Int, day: Date, leaver: String?) -> DemoTable {
        let idColumn = roster.column("employee_id")
        var rows = roster.rows.filter { leaver == nil || later < leaverDay || $0[idColumn] != leaver }
        if later >= newStarterDay {
            var starter = newStarter
            let start = day.addingTimeInterval(-Double(7 * (later - newStarterDay)) * 86_400)
            starter[roster.column("start_date")] = CalendarDate.utcDay(start).description
            rows.append(starter)
        }
        return roster.with(rows: rows)
    }

    /// A second record of the same event, about the same person: new evidence for an existing alert.
    func supplementary(to recordID: String, suffix: String) -> [String]? {
        guard let index = recordIndex[recordID], isPlausible(index) else { return nil }
        var row = records.rows[index]
        row[records.column("record_id")] = recordID + "-" + suffix
        row[records.column("role")] = Self.otherRole(row[records.column("role")])
        return row
    }

    /// The same record with its role in the event corrected on a later day: changed evidence for an
    /// existing alert (each day's correction differs from the day before's).
    func corrected(_ recordID: String, onLaterDay later: Int) -> [String]? {
        guard let index = recordIndex[recordID], isPlausible(index) else { return nil }
        var row = records.rows[index]
        let column = records.column("role")
        let choices = ["witness", "victim", "other relevant"].filter { $0 != row[column] }
        row[column] = choices[later % choices.count]
        return row
    }

    /// Whether a record is truly about an employee (the generated world's ground truth).
    func isTrueMatch(recordID: String, employeeID: String) -> Bool {
        truth[recordID] == employeeID
    }

    private func isPlausible(_ index: Int) -> Bool {
        Self.isPlausibleBirthDate(records.rows[index][records.column("date_of_birth")])
    }

    /// A birth date that is not missing, 1 January or in 1901 or earlier (the placeholders the
    /// data-quality gate counts).
    static func isPlausibleBirthDate(_ text: String) -> Bool {
        guard let year = Int(text.hasPrefix("1") || text.hasPrefix("2") ? text.prefix(4) : text.suffix(4)),
            year > 1901
        else { return false }
        return !(text.hasSuffix("-01-01") || text.hasPrefix("01/01/"))
    }

    private static func otherRole(_ role: String) -> String {
        role == "witness" ? "victim" : "witness"
    }
}

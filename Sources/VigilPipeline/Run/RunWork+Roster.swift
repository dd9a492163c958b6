import Foundation
import GRDB
import VigilCore
import VigilIngest
import VigilStore

extension RunWork {
    /// Brings the stored employees in line with today's roster: new starters, changes, returners,
    /// leavers, and erasure of leavers past retention.
    mutating func updateRoster(_ db: Database) throws {
        let mapping =
            try configuration.rosterMapping.map { try ColumnMapping.load(path: $0, expecting: .roster) }
            ?? .canonical(.roster)
        var employees: [Employee] = []
        var rejectedIDs = Set<String>()
        var profiler = DataQualityProfiler(source: "roster", file: configuration.roster, kind: .roster, readDay: today)
        var rejects = RejectsWriter(path: rejectsPath(source: "roster"))
        let (input, summary) = try ExtractPass.read(
            source: "roster",
            path: configuration.roster,
            named: DistinctFileNames.lastComponent(of: configuration.roster),
            rejects: &rejects,
            open: { try ExtractReader<Employee>(path: $0, mapping: mapping) },
            progress: progress,
            body: { batch in
                employees += batch.records
                for reject in batch.rejects { if let id = reject.recordID { rejectedIDs.insert(id) } }
                profiler.add(batch)
            }
        )
        try ExtractPass.finish(&rejects, source: "roster")
        inputs.append(input)
        if let hint = summary.encodingHint { messages.append("roster: " + hint) }
        profiler.add(summary)
        qualityReports.append(profiler.report())
        guard !employees.isEmpty else {
            throw PipelineError(
                .unusableInput,
                "roster: \(configuration.roster) has no valid employees (only a header, or every row rejected); "
                    + "nothing was changed"
            )
        }
        let states = try EmployeeTable.states(db)
        let previouslyActive = states.values.filter(\.active).count
        var onRoster = Set<String>()
        for employee in employees {
            onRoster.insert(employee.employeeID)
            let hash = RecordFingerprint.content(of: employee)
            let state = states[employee.employeeID]
            guard state == nil || state?.contentHash != hash || state?.active == false else { continue }
            try EmployeeTable.save(employee, contentHash: hash, run: run, in: db)
            changedEmployees.insert(employee.employeeID)
            count(state == nil ? "employees new" : state?.active == false ? "employees returned" : "employees changed")
        }
        employees += try keepRejectedEmployees(rejectedIDs, states: states, onRoster: &onRoster, in: db)
        let leavers = states.filter { $0.value.active && !onRoster.contains($0.key) }.keys.sorted()
        if previouslyActive >= 10, leavers.count * 2 > previouslyActive {
            throw PipelineError(
                .rosterCollapse,
                "roster: \(leavers.count) of \(previouslyActive) employees are missing from \(configuration.roster); "
                    + "that looks like a broken extract, so nobody was marked as a leaver and nothing was published"
            )
        }
        for leaver in leavers {
            try EmployeeTable.deactivate(leaver, on: today, run: run, in: db)
            changedEmployees.insert(leaver)
        }
        count("employees left", leavers.count)
        try eraseLeavers(db)
        rosterEmployees = employees
    }

    /// The stored employees whose roster rows were rejected today but still named their id: they are
    /// on the roster, so they are not leavers, and they are linked as the store last knew them. Marking
    /// them as leavers would withdraw their alerts and, after the retention period, erase them.
    private mutating func keepRejectedEmployees(
        _ ids: Set<String>,
        states: [String: EmployeeTable.State],
        onRoster: inout Set<String>,
        in db: Database
    ) throws -> [Employee] {
        var kept: [Employee] = []
        for id in ids.sorted() where !onRoster.contains(id) && states[id]?.active == true {
            guard let employee = try EmployeeTable.find(id, in: db) else { continue }
            onRoster.insert(id)
            kept.append(employee)
        }
        guard !kept.isEmpty else { return kept }
        count("employees kept, row rejected", kept.count)
        messages.append(
            "roster: \(kept.count.counted("employee")) whose \(kept.count.agreeing("row was", plural: "rows were")) "
                + "rejected today \(kept.count.agreeing("was", plural: "were")) kept as the store last knew "
                + "\(kept.count.agreeing("them")), not marked as "
                + "\(kept.count.agreeing("a leaver", plural: "leavers")); correct "
                + "\(kept.count.agreeing("that row", plural: "those rows")) in the roster (see the rejects file)"
        )
        return kept
    }

    /// Erases the personal data of leavers who left more than the retention period ago.
    private mutating func eraseLeavers(_ db: Database) throws {
        let cutoff = CalendarDate.utcDay(time.addingTimeInterval(-Double(configuration.leaverRetentionDays) * 86_400))
        let due = try EmployeeTable.dueForErasure(leftBefore: cutoff, in: db)
        guard !due.isEmpty else { return }
        for employeeID in due {
            try EmployeeTable.erase(employeeID, on: today, in: db)
        }
        count("employees erased", due.count)
        try AuditTrail.append(
            AuditEvent(
                at: time,
                actor: actor,
                action: .erasure,
                objectType: "employee",
                objectIDs: due,
                reason: "retention: left more than \(configuration.leaverRetentionDays.counted("day")) ago",
                detail: "personal data erased for \(due.count.counted("leaver")); employee ids and dates kept"
            ),
            in: db
        )
    }
}

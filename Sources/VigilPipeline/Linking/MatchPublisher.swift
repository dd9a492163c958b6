import Foundation
import GRDB
import VigilCore
import VigilStore

/// Replaces a record's current matches with what linking found now, and tells the alert ledger.
///
/// A match that moved to another employee, fell below the threshold, or whose record was withdrawn
/// withdraws its evidence (the alert stays, with its history); a new or changed match is offered as
/// evidence, which raises, updates or reopens an alert, or is held back by a suppression. A record whose
/// event id changed is withdrawn from the old event's alert as it is offered to the new one.
struct MatchPublisher {
    let run: Int64
    let time: Date
    let roster: IndexedRoster
    /// What the run did to each alert it touched (see ``AlertTally``).
    private var alerts = AlertTally()
    private(set) var matchesSaved = 0
    private(set) var matchesRemoved = 0

    init(run: Int64, time: Date, roster: IndexedRoster) {
        self.run = run
        self.time = time
        self.roster = roster
    }

    mutating func publishPerson(
        row: Int64,
        record: PersonRecord,
        contentHash: Int64,
        identityHash: Int64,
        outcome: ParallelLinker.PersonOutcome,
        newRow: Bool = false,
        modelVersion: String,
        in db: Database
    ) throws {
        // A row stored just now has no matches yet: skipping the look-up saves a query per record.
        let old = newRow ? [] : try MatchTable.matches(kind: .person, row: row, in: db)
        let new = outcome.match
        for match in old where match.employeeID != new?.employeeID {
            try remove(match, reason: reason(leaving: match.employeeID, for: new?.employeeID), in: db)
        }
        guard let new else { return }
        try MatchTable.save(
            StoredMatch(
                kind: .person,
                row: row,
                employeeID: new.employeeID,
                matchWeight: new.matchWeight,
                probability: new.matchProbability,
                ambiguous: new.isAmbiguous,
                runnerUp: new.runnerUp.map { roster.employees[$0.index].employeeID } ?? "",
                explanation: outcome.explanation,
                modelVersion: modelVersion
            ),
            run: run,
            in: db
        )
        if old.isEmpty { matchesSaved += 1 }
        let employee = roster.employees[new.employeeIndex]
        try offer(
            AlertEvidence(
                kind: .person,
                employeeID: new.employeeID,
                source: record.source.rawValue,
                eventID: record.eventID,
                eventDate: record.eventDate,
                role: record.role,
                row: row,
                contentHash: contentHash,
                identityHash: identityHash,
                probability: new.matchProbability,
                predatesStart: Self.predates(record.eventDate, employee.startDate)
            ),
            in: db
        )
    }

    mutating func publishLocation(
        row: Int64,
        location: IncidentLocation,
        contentHash: Int64,
        identityHash: Int64,
        outcome: ParallelLinker.LocationOutcome,
        newRow: Bool = false,
        modelVersion: String,
        in db: Database
    ) throws {
        let old = newRow ? [] : try MatchTable.matches(kind: .homeAddress, row: row, in: db)
        let newIDs = Set(outcome.matches.map(\.result.employeeID))
        for match in old where !newIDs.contains(match.employeeID) {
            let reason =
                roster.position(of: match.employeeID) == nil
                ? "the employee is no longer on the roster"
                : "the incident location no longer matches the employee's home address"
            try remove(match, reason: reason, in: db)
        }
        let oldIDs = Set(old.map(\.employeeID))
        for (result, explanation) in outcome.matches {
            try MatchTable.save(
                StoredMatch(
                    kind: .homeAddress,
                    row: row,
                    employeeID: result.employeeID,
                    matchWeight: result.matchWeight,
                    probability: result.matchProbability,
                    explanation: explanation,
                    modelVersion: modelVersion
                ),
                run: run,
                in: db
            )
            if !oldIDs.contains(result.employeeID) { matchesSaved += 1 }
            let employee = roster.employees[result.employeeIndex]
            try offer(
                AlertEvidence(
                    kind: .homeAddress,
                    employeeID: result.employeeID,
                    source: "incident_location",
                    eventID: location.incidentID,
                    eventDate: location.eventDate,
                    role: location.incidentType,
                    row: row,
                    contentHash: contentHash,
                    identityHash: identityHash,
                    probability: result.matchProbability,
                    predatesStart: Self.predates(location.eventDate, employee.startDate)
                ),
                in: db
            )
        }
    }

    /// How many alerts ended the run under each outcome, each alert counted once however much of its
    /// evidence changed.
    var outcomes: [AlertOutcome: Int] { alerts.counts }

    /// Removes every current match of a withdrawn record or location.
    mutating func withdraw(kind: MatchKind, row: Int64, reason: String, in db: Database) throws {
        for match in try MatchTable.matches(kind: kind, row: row, in: db) {
            try remove(match, reason: reason, in: db)
        }
    }

    private mutating func remove(_ match: StoredMatch, reason: String, in db: Database) throws {
        try MatchTable.delete(kind: match.kind, row: match.row, employeeID: match.employeeID, in: db)
        matchesRemoved += 1
        alerts.note(
            try AlertLedger.withdraw(
                kind: match.kind,
                row: match.row,
                employeeID: match.employeeID,
                reason: reason,
                run: run,
                at: time,
                in: db
            )
        )
    }

    private mutating func offer(_ evidence: AlertEvidence, in db: Database) throws {
        let outcome = try AlertLedger.offer(evidence, run: run, at: time, in: db)
        alerts.note(outcome, alertKey: evidence.alertKey)
        // A person record's event id can be corrected (or filled in): its evidence moves to the new event's
        // alert, and the old one records the withdrawal. A suppressed pair's evidence stays where it was.
        guard evidence.kind == .person, outcome != .suppressed else { return }
        alerts.note(try AlertLedger.withdrawFromOtherEvents(evidence, run: run, at: time, in: db))
    }

    private func reason(leaving employeeID: String, for newEmployeeID: String?) -> String {
        if roster.position(of: employeeID) == nil { return "the employee is no longer on the roster" }
        if let newEmployeeID { return "the record now matches employee \(newEmployeeID) better" }
        return "the record no longer matches above the threshold"
    }

    static func predates(_ event: CalendarDate?, _ start: CalendarDate?) -> Bool {
        guard let event, let start else { return false }
        return event < start
    }
}

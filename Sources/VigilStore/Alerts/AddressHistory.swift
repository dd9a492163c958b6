import Foundation
import GRDB
import VigilCore

/// What an employee's other matched records say about a record that gives another address.
///
/// Same-name, same-birthday strangers are the commonest false match, and they look exactly like the
/// employee recorded at a former home. A record that gives another address can be from a former home only
/// if it is older than every record placing the employee at their current home. When confident matches
/// (probability 0.9 or more) at the current home are dated before it, the reviewer is told so: it may be
/// a namesake, or the employee may have been staying elsewhere (a domestic-abuse victim at a friend's or
/// a refuge, say). Advisory only: the match's weight is not changed (see DEVELOPERS.md, "Known
/// limitations", for why).
public struct AddressHistory: Hashable, Sendable {
    /// Matches at or above this probability place the employee at their current home.
    public static let confidentProbability = 0.9

    /// How many confident matches, dated before the record, give the current home.
    public var recordsAtHome: Int
    /// The earliest of their dates.
    public var earliest: CalendarDate
    /// The latest of their dates (still before the record's).
    public var latest: CalendarDate
    /// The record's own date.
    public var recordDate: CalendarDate

    /// The history for one piece of person evidence, or `nil` when there is nothing to say: the match
    /// agrees with the current home, or has no date, or no earlier confident match places the employee
    /// at home. Records of events hidden from the reader (`concerns`) are left out of the count.
    public static func load(
        evidence: AlertDossier.Evidence,
        employeeID: String,
        hiding concerns: OwnConcerns?,
        in db: Database
    ) throws -> AddressHistory? {
        guard evidence.kind == .person, !evidence.withdrawn, let explanation = evidence.explanation,
            explanation.givesAnotherAddress, let recordDate = evidence.record?.record.eventDate
        else { return nil }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT r.source, r.event_id, r.event_date, m.explanation FROM person_match m
                JOIN person_record r ON r.id = m.record_row
                WHERE m.employee_id = ? AND m.record_row != ? AND m.probability >= ? AND r.withdrawn_run IS NULL
                    AND r.event_date IS NOT NULL AND r.event_date < ?
                """,
            arguments: [employeeID, evidence.row, confidentProbability, recordDate.description]
        )
        let decoder = JSONDecoder()
        let dates = rows.compactMap { row -> CalendarDate? in
            let source: String = row["source"]
            let eventID: String = row["event_id"]
            guard concerns?.hides(source: source, eventID: eventID) != true,
                let json: String = row["explanation"],
                let match = try? decoder.decode(MatchExplanation.self, from: Data(json.utf8)),
                match.placesAtCurrentHome
            else { return nil }
            return CalendarDate(storeText: row["event_date"])
        }
        guard let earliest = dates.min(), let latest = dates.max() else { return nil }
        return AddressHistory(recordsAtHome: dates.count, earliest: earliest, latest: latest, recordDate: recordDate)
    }
}

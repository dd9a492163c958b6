import Foundation
import GRDB

/// One alert as the queue lists it: the alert's summary with the employee's name and team.
public struct QueuedAlert: Hashable, Sendable {
    /// The alert's id.
    public var id: Int64
    /// `person` or `home_address`.
    public var kind: String
    /// The employee it is about.
    public var employeeID: String
    /// The employee's names as the roster gives them (empty once erased or never stored).
    public var employeeName: String
    /// The employee's team.
    public var team: String
    /// crime, intelligence, custody, incident or incident_location.
    public var source: String
    /// The event (crime reference, log number).
    public var eventID: String
    /// When the event happened (`YYYY-MM-DD`), if known.
    public var eventDate: String?
    /// The employee's roles in the event ("suspect, witness") or the incident type.
    public var roles: String
    /// Where the alert is in the workflow.
    public var status: AlertStatus
    /// The best match probability of its evidence.
    public var probability: Double
    /// `high`, `medium` or `low`.
    public var band: String
    /// Whether the event happened before the employee started.
    public var predatesStart: Bool
    /// Whether none of its evidence holds any more.
    public var evidenceWithdrawn: Bool
    /// Who it is assigned to, if anyone.
    public var assignedTo: String?
    /// When it was raised (store text).
    public var raisedAt: String
    /// When it last changed (store text).
    public var updatedAt: String
    /// Whether it is new or updated since the queue's "since" instant.
    public var isNewSinceMeeting: Bool
    /// The day the employee left (`YYYY-MM-DD`), if they have: their matches are withdrawn.
    public var employeeLeftOn: String?

    init(row: Row) {
        id = row["id"]
        kind = row["kind"]
        employeeID = row["employee_id"]
        let forenames: String = row["forenames"] ?? ""
        let surname: String = row["surname"] ?? ""
        employeeName = [forenames, surname].filter { !$0.isEmpty }.joined(separator: " ")
        team = row["team"] ?? ""
        source = row["source"]
        eventID = row["event_id"]
        eventDate = row["event_date"]
        roles = row["roles"]
        status = AlertStatus(rawValue: row["status"]) ?? .new
        probability = row["probability"]
        band = row["band"]
        predatesStart = row["predates_start"]
        evidenceWithdrawn = row["evidence_withdrawn"]
        assignedTo = row["assigned_to"]
        raisedAt = row["raised_at"]
        updatedAt = row["updated_at"]
        isNewSinceMeeting = row["fresh"] ?? false
        employeeLeftOn = row["left_on"]
    }
}

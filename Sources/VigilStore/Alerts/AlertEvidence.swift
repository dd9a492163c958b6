import VigilCore

/// One match offered to the alert ledger: who, which record, what it says, and how sure.
public struct AlertEvidence: Hashable, Sendable {
    /// Person or home address.
    public var kind: MatchKind
    /// The employee matched.
    public var employeeID: String
    /// crime, intelligence, custody, incident; `incident_location` for home-address matches.
    public var source: String
    /// The event the record belongs to (crime reference, log number); alerts group by it.
    public var eventID: String
    /// When the event happened.
    public var eventDate: CalendarDate?
    /// The person's role in it (suspect, victim, ...) or the incident type for a home address.
    public var role: String
    /// The record's or location's row id.
    public var row: Int64
    /// Fingerprint of the record's every field.
    public var contentHash: Int64
    /// Fingerprint of the fields that say who (or where) it is.
    public var identityHash: Int64
    /// Match probability.
    public var probability: Double
    /// Whether the event happened before the employee's start date.
    public var predatesStart: Bool

    /// Creates evidence.
    public init(
        kind: MatchKind,
        employeeID: String,
        source: String,
        eventID: String,
        eventDate: CalendarDate?,
        role: String,
        row: Int64,
        contentHash: Int64,
        identityHash: Int64,
        probability: Double,
        predatesStart: Bool
    ) {
        self.kind = kind
        self.employeeID = employeeID
        self.source = source
        self.eventID = eventID
        self.eventDate = eventDate
        self.role = role
        self.row = row
        self.contentHash = contentHash
        self.identityHash = identityHash
        self.probability = probability
        self.predatesStart = predatesStart
    }

    /// The alert this evidence belongs to: one per employee, kind, source and event.
    public var alertKey: String {
        [kind.rawValue, employeeID, source, eventID.isEmpty ? "row-\(row)" : eventID].joined(separator: "|")
    }
}

/// What offering evidence or withdrawing it did to the alerts.
public enum AlertOutcome: String, Hashable, Sendable, CaseIterable {
    /// A new alert was raised.
    case raised
    /// An open alert gained or changed evidence.
    case updated
    /// A closed alert got new evidence and was reopened.
    case reopened
    /// Nothing new: the same evidence was offered again.
    case unchanged
    /// Withdrawn evidence came back unchanged: it holds again, and the alert keeps its status (a decided
    /// alert is not reopened by evidence it was decided on).
    case restored
    /// A suppression ("not a match", approved) holds and the record has not materially changed.
    case suppressed
    /// The evidence no longer holds (record withdrawn, or it now matches someone else), and it was the
    /// alert's last: none of its evidence holds now.
    case withdrawn
    /// The evidence no longer holds, but other evidence of the alert still does.
    case partlyWithdrawn = "partly withdrawn"
}

/// What one offer or withdrawal did to one alert, named by its key (``AlertEvidence/alertKey``).
public struct AlertChange: Hashable, Sendable {
    /// The alert's key: employee, kind, source and event.
    public var alertKey: String
    /// What happened to it.
    public var outcome: AlertOutcome

    /// Creates a change.
    public init(alertKey: String, outcome: AlertOutcome) {
        self.alertKey = alertKey
        self.outcome = outcome
    }
}

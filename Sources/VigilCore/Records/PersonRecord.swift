/// A named person in a crime, intelligence report, custody record or incident log.
public struct PersonRecord: Hashable, Sendable {
    public var recordID: String
    public var source: SourceKind
    public var eventID: String
    public var eventDate: CalendarDate?
    /// The person's role in the event (suspect, victim, detained person, ...), as recorded.
    public var role: String
    public var forenames: String
    public var surname: String
    public var dateOfBirth: CalendarDate?
    public var addressLine: String
    public var town: String
    public var postcode: String
    public var uprn: String

    public init(
        recordID: String,
        source: SourceKind,
        eventID: String = "",
        eventDate: CalendarDate? = nil,
        role: String = "",
        forenames: String,
        surname: String,
        dateOfBirth: CalendarDate?,
        addressLine: String = "",
        town: String = "",
        postcode: String = "",
        uprn: String = ""
    ) {
        self.recordID = recordID
        self.source = source
        self.eventID = eventID
        self.eventDate = eventDate
        self.role = role
        self.forenames = forenames
        self.surname = surname
        self.dateOfBirth = dateOfBirth
        self.addressLine = addressLine
        self.town = town
        self.postcode = postcode
        self.uprn = uprn
    }
}

/// Where an incident happened, for the home-address check.
public struct IncidentLocation: Hashable, Sendable {
    public var incidentID: String
    public var eventDate: CalendarDate?
    public var incidentType: String
    public var addressLine: String
    public var town: String
    public var postcode: String
    public var uprn: String

    public init(
        incidentID: String,
        eventDate: CalendarDate? = nil,
        incidentType: String = "",
        addressLine: String,
        town: String = "",
        postcode: String = "",
        uprn: String = ""
    ) {
        self.incidentID = incidentID
        self.eventDate = eventDate
        self.incidentType = incidentType
        self.addressLine = addressLine
        self.town = town
        self.postcode = postcode
        self.uprn = uprn
    }
}

/// One person on the HR roster, holding only the fields the roster gives.
///
/// Text fields are as received (trimmed); normalisation happens in the linkage engine so that
/// explanations can show the original values.
public struct Employee: Hashable, Sendable {
    public var employeeID: String
    public var forenames: String
    public var surname: String
    public var dateOfBirth: CalendarDate?
    public var addressLine: String
    public var town: String
    public var postcode: String
    public var role: String
    public var team: String
    public var startDate: CalendarDate?
    /// Earlier surnames (maiden or former married names), if the roster gives them.
    public var previousSurnames: [String]
    /// Unique Property Reference Number of the home address, if known.
    public var uprn: String

    public init(
        employeeID: String,
        forenames: String,
        surname: String,
        dateOfBirth: CalendarDate?,
        addressLine: String = "",
        town: String = "",
        postcode: String = "",
        role: String = "",
        team: String = "",
        startDate: CalendarDate? = nil,
        previousSurnames: [String] = [],
        uprn: String = ""
    ) {
        self.employeeID = employeeID
        self.forenames = forenames
        self.surname = surname
        self.dateOfBirth = dateOfBirth
        self.addressLine = addressLine
        self.town = town
        self.postcode = postcode
        self.role = role
        self.team = team
        self.startDate = startDate
        self.previousSurnames = previousSurnames
        self.uprn = uprn
    }
}

/// An address line split into the parts that address comparison needs, normalised to uppercase ASCII.
///
/// Built by ``AddressParser``. House number and street carry most of the evidence; a flat number
/// separates neighbours in one building, which matters because relatives and neighbours at the same
/// address are the commonest false positives.
public struct ParsedAddress: Hashable, Sendable {
    /// The sub-building number: "3" for "FLAT 3", "APARTMENT 3", "UNIT 3" or "3/12 HIGH STREET".
    public var flat: String?
    /// The house number: "12", "12A" or the range "12-14".
    public var houseNumber: String?
    /// A building or house name: "ROSE COTTAGE", "THE MAILBOX".
    public var houseName: String?
    /// The street's tokens with abbreviations expanded: `["HIGH", "STREET"]`.
    public var streetTokens: [String]
    /// A locality between street and town, such as "HARBORNE" in "12 HIGH STREET, HARBORNE".
    public var locality: String?
    /// The normalised town, "BIRMINGHAM".
    public var town: String?
    /// Whether the address line was empty or a placeholder (NFA, NO FIXED ABODE, UNKNOWN).
    public var isMissing: Bool

    /// Creates an address from parts that are already normalised.
    public init(
        flat: String? = nil,
        houseNumber: String? = nil,
        houseName: String? = nil,
        streetTokens: [String] = [],
        locality: String? = nil,
        town: String? = nil,
        isMissing: Bool = false
    ) {
        self.flat = flat
        self.houseNumber = houseNumber
        self.houseName = houseName
        self.streetTokens = streetTokens
        self.locality = locality
        self.town = town
        self.isMissing = isMissing
    }

    /// The street's tokens joined by one space, "HIGH STREET"; empty when there is no street.
    public var street: String { streetTokens.joined(separator: " ") }

    /// A missing address, keeping a town if one was given.
    public static func missing(town: String? = nil) -> ParsedAddress {
        ParsedAddress(town: town, isMissing: true)
    }
}

/// An address prepared for comparison.
public struct AddressFeatures: Hashable, Sendable {
    /// The normalised postcode ("B1 1AA"), or a foreign/unrecognised code in compact uppercase form.
    public var postcode: String?
    /// The postcode sector ("B1 1") when the postcode is a valid UK one.
    public var sector: String?
    /// Whether the postcode is non-geographic (GIR 0AA, BFPO, ZZ99): never evidence of a shared address.
    public var postcodeIsSpecial: Bool
    /// The house number ("12", "12A").
    public var houseNumber: String?
    /// The flat or sub-building ("3", "B").
    public var flat: String?
    /// The house name, when the address has one instead of (or besides) a number.
    public var houseName: String?
    /// The street with abbreviations expanded ("HIGH STREET").
    public var street: String? {
        didSet { streetBytes = street.map { Array($0.utf8) } ?? [] }
    }
    /// The street's bytes, for the string comparators.
    public private(set) var streetBytes: [UInt8] = []
    /// The town ("BIRMINGHAM").
    public var town: String? {
        didSet { townBytes = town.map { Array($0.utf8) } ?? [] }
    }
    /// The town's bytes, for the string comparators.
    public private(set) var townBytes: [UInt8] = []
    /// The Unique Property Reference Number.
    public var uprn: String?
    /// The relative frequency of the postcode, for term-frequency adjustment.
    public var postcodeFrequency: Double

    public init(
        postcode: String? = nil,
        sector: String? = nil,
        postcodeIsSpecial: Bool = false,
        houseNumber: String? = nil,
        flat: String? = nil,
        houseName: String? = nil,
        street: String? = nil,
        town: String? = nil,
        uprn: String? = nil,
        postcodeFrequency: Double = 0
    ) {
        self.postcode = postcode
        self.sector = sector
        self.postcodeIsSpecial = postcodeIsSpecial
        self.houseNumber = houseNumber
        self.flat = flat
        self.houseName = houseName
        self.street = street
        self.streetBytes = street.map { Array($0.utf8) } ?? []
        self.town = town
        self.townBytes = town.map { Array($0.utf8) } ?? []
        self.uprn = uprn
        self.postcodeFrequency = postcodeFrequency
    }

    /// Whether nothing usable is known of the address.
    public var isMissing: Bool {
        postcode == nil && street == nil && town == nil && uprn == nil && houseName == nil
    }

    /// A geographic postcode usable as evidence.
    public var evidencePostcode: String? {
        postcodeIsSpecial ? nil : postcode
    }

    /// The address in one line, for explanations.
    public var summary: String {
        var parts: [String] = []
        if let flat { parts.append("FLAT \(flat)") }
        if let houseName { parts.append(houseName) }
        let street = [houseNumber, street].compactMap { $0 }.joined(separator: " ")
        if !street.isEmpty { parts.append(street) }
        if let town { parts.append(town) }
        if let postcode { parts.append(postcode) }
        return parts.joined(separator: ", ")
    }
}

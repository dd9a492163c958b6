/// An address prepared for comparison.
public struct AddressFeatures: Hashable, Sendable {
    /// The normalised postcode ("B1 1AA"), or a foreign/unrecognised code in compact uppercase form.
    public var postcode: String?
    /// The postcode sector ("B1 1") when the postcode is a valid UK one.
    public var sector: String?
    /// The postcode district, its outward code ("B1"), when the postcode is a valid geographic UK one or
    /// the field held an outward code alone (then `postcode` is that outward code too).
    public var district: String?
    /// Whether the postcode is non-geographic (GIR 0AA, BFPO, ZZ99): never evidence of a shared address.
    public var postcodeIsSpecial: Bool
    /// The house number ("12", "12A").
    public var houseNumber: String?
    /// The flat or sub-building ("3", "B").
    public var flat: String?
    /// The house name, when the address has one instead of (or besides) a number.
    public var houseName: String? {
        get { place.houseName }
        set { place = AddressPlace(houseName: newValue, street: place.street, town: place.town) }
    }
    /// The street with abbreviations expanded ("HIGH STREET").
    public var street: String? {
        get { place.street }
        set { place = AddressPlace(houseName: place.houseName, street: newValue, town: place.town) }
    }
    /// The town ("BIRMINGHAM").
    public var town: String? {
        get { place.town }
        set { place = AddressPlace(houseName: place.houseName, street: place.street, town: newValue) }
    }
    /// The Unique Property Reference Number.
    public var uprn: String?
    /// The relative frequency of the postcode, for term-frequency adjustment.
    public var postcodeFrequency: Double
    /// House name, street and town, shared with every address on the street.
    private(set) var place: AddressPlace

    public init(
        postcode: String? = nil,
        sector: String? = nil,
        district: String? = nil,
        postcodeIsSpecial: Bool = false,
        houseNumber: String? = nil,
        flat: String? = nil,
        houseName: String? = nil,
        street: String? = nil,
        town: String? = nil,
        uprn: String? = nil,
        postcodeFrequency: Double = 0
    ) {
        self.init(
            postcode: postcode,
            sector: sector,
            district: district,
            postcodeIsSpecial: postcodeIsSpecial,
            houseNumber: houseNumber,
            flat: flat,
            place: .of(houseName: houseName, street: street, town: town),
            uprn: uprn,
            postcodeFrequency: postcodeFrequency
        )
    }

    init(
        postcode: String? = nil,
        sector: String? = nil,
        district: String? = nil,
        postcodeIsSpecial: Bool = false,
        houseNumber: String? = nil,
        flat: String? = nil,
        place: AddressPlace,
        uprn: String? = nil,
        postcodeFrequency: Double = 0
    ) {
        self.postcode = postcode
        self.sector = sector
        self.district = district
        self.postcodeIsSpecial = postcodeIsSpecial
        self.houseNumber = houseNumber
        self.flat = flat
        self.place = place
        self.uprn = uprn
        self.postcodeFrequency = postcodeFrequency
    }

    public static func == (left: AddressFeatures, right: AddressFeatures) -> Bool {
        left.postcode == right.postcode && left.sector == right.sector
            && left.district == right.district && left.postcodeIsSpecial == right.postcodeIsSpecial
            && left.houseNumber == right.houseNumber
            && left.flat == right.flat && left.houseName == right.houseName && left.street == right.street
            && left.town == right.town && left.uprn == right.uprn && left.postcodeFrequency == right.postcodeFrequency
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(postcode)
        hasher.combine(sector)
        hasher.combine(district)
        hasher.combine(postcodeIsSpecial)
        hasher.combine(houseNumber)
        hasher.combine(flat)
        hasher.combine(houseName)
        hasher.combine(street)
        hasher.combine(town)
        hasher.combine(uprn)
        hasher.combine(postcodeFrequency)
    }

    /// Whether nothing usable is known of the address.
    public var isMissing: Bool {
        postcode == nil && street == nil && town == nil && uprn == nil && houseName == nil
    }

    /// Whether the postcode field held only an outward code ("WV10"): half a postcode, which names the
    /// district but not the street.
    public var postcodeIsOutwardCodeOnly: Bool {
        district != nil && district == postcode
    }

    /// Whether all the address gives is its place, a town or an outward code ("WV10") or both, so that
    /// only the town or district can be compared.
    var givesOnlyThePlace: Bool {
        AddressCodes(self).isPlaceOnly
    }

    /// A geographic postcode usable as evidence: never a special one, nor an outward code alone, which
    /// agrees with every postcode in its district.
    public var evidencePostcode: String? {
        postcodeIsSpecial || postcodeIsOutwardCodeOnly ? nil : postcode
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

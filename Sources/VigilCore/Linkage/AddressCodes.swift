/// An address's comparable parts as 64-bit hashes, precomputed once per person.
///
/// The comparator runs for every candidate pair; comparing two `AddressFeatures` directly copies seven
/// strings and two arrays out of each person (a reference count apiece), while these codes are plain
/// integers. Equal hashes stand for equal values: with 64-bit FNV-1a over short strings a collision is
/// far rarer than a keying error in the source. Zero means the part is absent.
struct AddressCodes: Sendable {
    /// Nothing usable is known of the address.
    var isMissing = true
    /// All the address gives is where it is, not which house: a town, an outward code ("WV10"), or both,
    /// with no house, street, whole postcode or UPRN. Only the district or the town can be compared.
    var isPlaceOnly = false
    var uprn: UInt64 = 0
    /// The postcode when it is usable as evidence (not a special, non-geographic one).
    var evidencePostcode: UInt64 = 0
    var sector: UInt64 = 0
    /// The postcode's outward code, from a whole postcode or from an outward code given alone.
    var district: UInt64 = 0
    var houseNumber: UInt64 = 0
    /// The flat within the house, when given.
    var flat: UInt64 = 0
    var houseName: UInt64 = 0
    var street: UInt64 = 0
    var town: UInt64 = 0
    /// The postcode's relative frequency, for term-frequency adjustment.
    var postcodeFrequency = 0.0
    /// The town's place in the roster's `InternedTowns`; -1 outside a roster or when there is no town.
    var townIndex: Int32 = -1

    init() {}

    init(_ address: borrowing AddressFeatures) {
        isMissing = address.isMissing
        uprn = Self.code(address.uprn)
        evidencePostcode = Self.code(address.evidencePostcode)
        sector = Self.code(address.sector)
        district = Self.code(address.district)
        houseNumber = Self.code(address.houseNumber)
        flat = Self.code(address.flat)
        // The place's parts were hashed once, when the place was made.
        let place = address.place
        houseName = place.houseNameCode
        street = place.streetCode
        town = place.townCode
        postcodeFrequency = address.postcodeFrequency
        // A special postcode (ZZ99) names no place, so it does not stop a town from being all there is.
        isPlaceOnly =
            (town != 0 || district != 0) && uprn == 0 && evidencePostcode == 0 && houseNumber == 0 && flat == 0
            && houseName == 0 && street == 0
    }

    /// A part's hash: FNV-1a of its bytes (never 0), or 0 when it is absent.
    static func code(_ text: String?) -> UInt64 {
        guard let text else { return 0 }
        let hash = BlockingKey.hash(text)
        return hash == 0 ? 1 : hash
    }

    /// Same house number, or same house name when either lacks a number; two different flats given at
    /// one number are two homes (flat 3 and flat 12 at 18 Queens Road are neighbours, not one address).
    /// Whether the two addresses can be compared house by house: both give a house number, or both a
    /// house name. A postcode alone, or a street with no number, leaves the house unknown.
    func housesComparable(_ other: AddressCodes) -> Bool {
        (houseNumber != 0 && other.houseNumber != 0) || (houseName != 0 && other.houseName != 0)
    }

    /// Whether the address's text contradicts a shared UPRN: both give a usable postcode and the two
    /// differ, or districts that differ (an outward code alone on either side), or both give a house
    /// number, or a street, and those differ.
    func contradicts(_ other: AddressCodes) -> Bool {
        func differ(_ a: UInt64, _ b: UInt64) -> Bool { a != 0 && b != 0 && a != b }
        return differ(evidencePostcode, other.evidencePostcode) || differ(district, other.district)
            || differ(houseNumber, other.houseNumber) || differ(street, other.street)
    }

    /// Whether one side gives an outward code alone and it agrees with the other's district: the two
    /// are in one district, which is all that half a postcode can say.
    func sameDistrictFromOutwardCode(_ other: AddressCodes) -> Bool {
        district != 0 && district == other.district && (evidencePostcode == 0 || other.evidencePostcode == 0)
    }

    func sameHouse(_ other: AddressCodes) -> Bool {
        if flat != 0 && other.flat != 0 && flat != other.flat { return false }
        if houseNumber != 0 && other.houseNumber != 0 { return houseNumber == other.houseNumber }
        if houseName != 0 && other.houseName != 0 { return houseName == other.houseName }
        return false
    }
}

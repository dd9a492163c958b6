/// The comparisons of the home-address model: is an incident location the employee's current address?
public enum HomeAddressComparison {
    public static let uprn = 0
    public static let postcode = 1
    public static let house = 2
    public static let street = 3
    public static let town = 4

    /// UPRN levels.
    public enum UPRNLevel: Int { case exact, other }
    /// Postcode levels. A postcode in another district (DY3 against DY1) is its own level, after the
    /// plain disagreement: streets of one name lie in neighbouring districts of one post town (High
    /// Street, Dudley, DY1 and High Street, Sedgley, DY3), and a typing slip seldom changes the outward
    /// code, so it is far stronger evidence of another address than a different inward code.
    public enum PostcodeLevel: Int { case exact, sector, other, otherDistrict }
    /// House levels.
    public enum HouseLevel: Int { case numberAndFlat, numberFlatMissing, name, numberFlatDiffers, other }
    /// Street levels.
    public enum StreetLevel: Int { case exact, close, other }
    /// Town levels.
    public enum TownLevel: Int { case exact, other }

    /// The untrained comparisons, with starting m and u.
    public static var untrained: [ComparisonParameters] {
        [
            ComparisonParameters(
                name: "uprn",
                label: "property reference (UPRN)",
                levels: [
                    LevelParameters(name: "exact", label: "identical", m: 0.95, u: 0.00001),
                    LevelParameters(name: "other", label: "different", m: 0.05, u: 0.99999),
                ]
            ),
            ComparisonParameters(
                name: "postcode",
                label: "postcode",
                levels: [
                    LevelParameters(name: "exact", label: "identical", m: 0.9, u: 0.0005, termFrequencyAdjusted: true),
                    LevelParameters(name: "sector", label: "same sector", m: 0.05, u: 0.01),
                    LevelParameters(name: "other", label: "different", m: 0.014, u: 0.69),
                    LevelParameters(name: "other_district", label: "in another district", m: 0.001, u: 0.2995),
                ],
                termFrequencyColumn: PersonFeatureExtractor.Column.postcode
            ),
            ComparisonParameters(
                name: "house",
                label: "house",
                levels: [
                    LevelParameters(name: "number_and_flat", label: "same number (and flat)", m: 0.85, u: 0.02),
                    LevelParameters(
                        name: "number_flat_missing",
                        label: "same number, flat given on one side only",
                        m: 0.08,
                        u: 0.01
                    ),
                    LevelParameters(name: "name", label: "same house name", m: 0.03, u: 0.0001),
                    LevelParameters(
                        name: "number_flat_differs",
                        label: "same number, different flat",
                        m: 0.01,
                        u: 0.01
                    ),
                    LevelParameters(name: "other", label: "different", m: 0.03, u: 0.9599),
                ]
            ),
            ComparisonParameters(
                name: "street",
                label: "street",
                levels: [
                    LevelParameters(name: "exact", label: "identical", m: 0.94, u: 0.002),
                    LevelParameters(name: "close", label: "very similar spelling", m: 0.05, u: 0.002),
                    LevelParameters(name: "other", label: "different", m: 0.01, u: 0.996),
                ]
            ),
            ComparisonParameters(
                name: "town",
                label: "town",
                levels: [
                    LevelParameters(name: "exact", label: "identical", m: 0.9, u: 0.3),
                    LevelParameters(name: "other", label: "different", m: 0.1, u: 0.7),
                ]
            ),
        ]
    }
}

/// Compares an incident location with an employee's home address.
public enum HomeAddressComparator {
    typealias House = HomeAddressComparison.HouseLevel

    /// Compares two addresses; `location` is the incident's side.
    public static func compare(_ location: AddressFeatures, _ home: AddressFeatures) -> ComparedPair {
        var pair = ComparedPair()
        if let x = location.uprn, let y = home.uprn {
            pair.vector[HomeAddressComparison.uprn] = (x == y ? 0 : 1)
        }
        if let x = location.evidencePostcode, let y = home.evidencePostcode {
            if x == y {
                pair.vector[HomeAddressComparison.postcode] = HomeAddressComparison.PostcodeLevel.exact.rawValue
                pair.frequencies[HomeAddressComparison.postcode] = max(
                    location.postcodeFrequency,
                    home.postcodeFrequency
                )
            } else if location.sector != nil && location.sector == home.sector {
                pair.vector[HomeAddressComparison.postcode] = HomeAddressComparison.PostcodeLevel.sector.rawValue
            } else if let x = location.district, let y = home.district, x != y {
                pair.vector[HomeAddressComparison.postcode] =
                    HomeAddressComparison.PostcodeLevel.otherDistrict.rawValue
            } else {
                pair.vector[HomeAddressComparison.postcode] = HomeAddressComparison.PostcodeLevel.other.rawValue
            }
        } else if location.postcodeIsOutwardCodeOnly || home.postcodeIsOutwardCodeOnly,
            let x = location.district, let y = home.district, x != y
        {
            // An outward code alone: another district is another postcode; the same district is not
            // compared, as it cannot say which postcode in it.
            pair.vector[HomeAddressComparison.postcode] = HomeAddressComparison.PostcodeLevel.otherDistrict.rawValue
        }
        pair.vector[HomeAddressComparison.house] = houseLevel(location, home)?.rawValue
        if let x = location.street, let y = home.street {
            let level: HomeAddressComparison.StreetLevel =
                x == y
                ? .exact : (location.place.streetSpelledAlike(home.place) ? .close : .other)
            pair.vector[HomeAddressComparison.street] = level.rawValue
        }
        if let x = location.town, let y = home.town {
            pair.vector[HomeAddressComparison.town] = x == y ? 0 : 1
        }
        return pair
    }

    static func houseLevel(_ a: AddressFeatures, _ b: AddressFeatures) -> House? {
        if let x = a.houseNumber, let y = b.houseNumber {
            guard x == y else { return .other }
            if a.flat == b.flat { return .numberAndFlat }
            if a.flat == nil || b.flat == nil { return .numberFlatMissing }
            return .numberFlatDiffers
        }
        if let x = a.houseName, let y = b.houseName { return x == y ? .name : .other }
        if (a.houseNumber ?? a.houseName) == nil || (b.houseNumber ?? b.houseName) == nil { return nil }
        return .other
    }

    /// The values each comparison looked at, for explanations (incident first).
    public static func comparedValues(_ location: AddressFeatures, _ home: AddressFeatures) -> [ComparedValues] {
        func house(_ a: AddressFeatures) -> String {
            [a.flat.map { "FLAT \($0)" }, a.houseNumber, a.houseName].compactMap { $0 }.joined(separator: " ")
        }
        return [
            ComparedValues(record: location.uprn ?? "", employee: home.uprn ?? ""),
            ComparedValues(record: location.postcode ?? "", employee: home.postcode ?? ""),
            ComparedValues(record: house(location), employee: house(home)),
            ComparedValues(record: location.street ?? "", employee: home.street ?? ""),
            ComparedValues(record: location.town ?? "", employee: home.town ?? ""),
        ]
    }
}

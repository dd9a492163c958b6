/// An in-memory index of employees' home addresses, probed once per incident location.
public struct AddressBlockingIndex: Sendable {
    /// The rules for addresses.
    public struct Rules: OptionSet, Hashable, Sendable {
        public let rawValue: Int
        public init(rawValue: Int) { self.rawValue = rawValue }

        /// Same UPRN.
        public static let uprn = Rules(rawValue: 1 << 0)
        /// Same postcode and house number or name.
        public static let postcodeAndHouse = Rules(rawValue: 1 << 1)
        /// Same street, house number and town (for addresses without a postcode).
        public static let streetAndHouse = Rules(rawValue: 1 << 2)
        /// What linking uses.
        public static let linking: Rules = [.uprn, .postcodeAndHouse, .streetAndHouse]
    }

    private var table: [UInt64: [Int32]] = [:]

    /// Indexes employees' home addresses.
    public init(addresses: [AddressFeatures]) {
        let rules: Rules = .linking
        for (index, address) in addresses.enumerated() {
            for key in Set(Self.keys(of: address, rules: rules)) {
                table[key, default: []].append(Int32(index))
            }
        }
    }

    /// Adds to `candidates` the employees whose home shares a block with `location`.
    public func candidates(for location: AddressFeatures, rules: Rules = .linking, into candidates: inout [Int32]) {
        for key in Self.keys(of: location, rules: rules) {
            guard let entries = table[key] else { continue }
            for entry in entries where !candidates.contains(entry) {
                candidates.append(entry)
            }
        }
    }

    static func keys(of address: AddressFeatures, rules: Rules) -> [UInt64] {
        var keys: [UInt64] = []
        if rules.contains(.uprn), let key = uprnKey(address) { keys.append(key) }
        if rules.contains(.postcodeAndHouse), let key = postcodeAndHouseKey(address) { keys.append(key) }
        if rules.contains(.streetAndHouse), let key = streetAndHouseKey(address) { keys.append(key) }
        return keys
    }

    /// The ``Rules/uprn`` key, when the address has a UPRN.
    static func uprnKey(_ address: AddressFeatures) -> UInt64? {
        guard let uprn = address.uprn else { return nil }
        return BlockingKey.make(.postcodeAndHouse) {
            $0.mix("UPRN")
            $0.mix(uprn)
        }
    }

    /// The ``Rules/postcodeAndHouse`` key, when the address has a valid postcode and a house number or name.
    static func postcodeAndHouseKey(_ address: AddressFeatures) -> UInt64? {
        guard let postcode = address.evidencePostcode, let house = address.houseNumber ?? address.houseName else {
            return nil
        }
        return BlockingKey.make(.postcodeAndHouse) {
            $0.mix(postcode)
            $0.mix(house)
        }
    }

    /// The ``Rules/streetAndHouse`` key, when the address has a street, a town and a house number or name.
    static func streetAndHouseKey(_ address: AddressFeatures) -> UInt64? {
        guard let street = address.street, let town = address.town,
            let house = address.houseNumber ?? address.houseName
        else { return nil }
        return BlockingKey.make(.postcodeAndHouse) {
            $0.mix(street)
            $0.mix(house)
            $0.mix(town)
        }
    }
}

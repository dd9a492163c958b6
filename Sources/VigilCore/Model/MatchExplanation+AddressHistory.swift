/// What a person match's address says about where the employee lived at the event's date: the words a
/// reviewer needs when one record gives the employee's current home and a later one another address.
extension MatchExplanation {
    /// Whether this person match's address agrees with the employee's current home at house level: the
    /// whole address, the postcode and house, or the street and house.
    public var placesAtCurrentHome: Bool {
        addressLevel.map { Self.homeLevels.contains($0) } ?? false
    }

    /// Whether this person match gives an address other than the employee's current home: a different
    /// address, or one that shares only the town.
    public var givesAnotherAddress: Bool {
        addressLevel.map { Self.otherAddressLevels.contains($0) } ?? false
    }

    /// The person address comparison's level, if the explanation has one.
    private var addressLevel: String? {
        guard kind == .person else { return nil }
        let name = PersonComparison.untrained[PersonComparison.address].name
        return terms.first { $0.comparison == name }?.level
    }

    private static let homeLevels: Set<String> = levelNames([.wholeAddress, .postcodeAndHouse, .streetAndHouse])
    private static let otherAddressLevels: Set<String> = levelNames([.town, .other])

    private static func levelNames(_ levels: [PersonComparison.AddressLevel]) -> Set<String> {
        let names = PersonComparison.untrained[PersonComparison.address].levels.map(\.name)
        return Set(levels.map { names[$0.rawValue] })
    }
}

extension ModelTrainer {
    /// The chance that two different people at one house share a date of birth (twins), at the least.
    static let householdSharedBirthday = 0.01

    /// Address levels that mean "the same house".
    static let householdLevels: Set<Int> = [
        PersonComparison.AddressLevel.wholeAddress.rawValue, PersonComparison.AddressLevel.postcodeAndHouse.rawValue,
        PersonComparison.AddressLevel.streetAndHouse.rawValue,
    ]

    /// Whether a pair's addresses agree at house level, where the employee's relatives and twins live.
    @Sendable static func isAtOneHouse(_ pair: ComparedPair) -> Bool {
        pair.vector[PersonComparison.address].map { householdLevels.contains($0) } ?? false
    }

    /// u for the surname among people who share a house but are clearly not the same person (forename
    /// and date of birth both disagree, or the forename disagrees and a date is missing).
    ///
    /// Counted directly rather than by EM: the pairs are unambiguous, and a shared house changes how
    /// often a surname agrees by chance (families) but not how often a forename or birthday does.
    /// Returns `nil` when too few such pairs exist to say.
    func householdU(_ sameHouse: [ComparedPair], comparisons: [ComparisonParameters]) -> ConditionalU? {
        let surname = PersonComparison.surname
        let otherForename = PersonComparison.ForenameLevel.other.rawValue
        let otherDate = PersonComparison.DateLevel.other.rawValue
        var counts = [Double](repeating: 0.5, count: comparisons[surname].levels.count)
        var pairs = 0
        for pair in sameHouse {
            let vector = pair.vector
            guard let address = vector[PersonComparison.address], Self.householdLevels.contains(address),
                vector[PersonComparison.forename] == otherForename,
                (vector[PersonComparison.dateOfBirth] ?? otherDate) >= otherDate,
                let level = vector[surname]
            else { continue }
            counts[level] += 1
            pairs += 1
        }
        guard pairs >= 30 else { return nil }
        let total = counts.reduce(0, +)
        var u = comparisons.map { $0.levels.map(\.u) }
        u[surname] = counts.map { $0 / total }
        // Twins: at one house a shared birthday is far likelier than between strangers.
        let date = PersonComparison.dateOfBirth
        let exactDate = PersonComparison.DateLevel.exact.rawValue
        if u[date][exactDate] < Self.householdSharedBirthday {
            let rest = 1 - u[date][exactDate]
            u[date] = u[date].enumerated().map { level, value in
                level == exactDate ? Self.householdSharedBirthday : value * (1 - Self.householdSharedBirthday) / rest
            }
        }
        return ConditionalU(
            context: "people at the same address",
            comparison: PersonComparison.address,
            levels: Self.householdLevels.sorted(),
            u: u,
            exceptWhenAll: ConditionalU.householdExceptions
        )
    }
}

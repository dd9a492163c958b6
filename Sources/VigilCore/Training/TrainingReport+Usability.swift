extension TrainingReport {
    /// The blocking rule of the person session whose matches set the prior and the address's m.
    static let priorSessionRule = "same date of birth"

    /// The fewest pairs a session that sets a model's prior must see. Below it the session's share of
    /// matches is a guess from almost nothing (none at all gives a prior of 10⁻¹², so that nothing ever
    /// matches), and the model must not be written as if it had been learned.
    public static let minimumPriorPairs = 20

    /// Why the trained models cannot be used, in words that say what to train on instead; empty when
    /// every model saw enough pairs to be learned.
    public var problems: [String] {
        var problems: [String] = []
        let person = sessions.first { $0.kind == .person && $0.blockingRule == Self.priorSessionRule }
        if let person, person.pairs < Self.minimumPriorPairs {
            problems.append(
                "only \(person.pairs) pairs of a sampled person record and an employee share a date of birth "
                    + "(at least \(Self.minimumPriorPairs) are needed): training learns the chance of a match, and "
                    + "what an address is worth, from such pairs. Train on more records, and on records that hold "
                    + "dates of birth (crime and custody records usually do); the model links records without one as "
                    + "well"
            )
        }
        let home = sessions.first { $0.kind == .homeAddress }
        if let home, home.pairs < Self.minimumPriorPairs {
            problems.append(
                "only \(home.pairs) pairs of an incident location and an employee's home share a UPRN, a postcode "
                    + "and house, or a street, house and town (at least \(Self.minimumPriorPairs) are needed), so "
                    + "the home-address model cannot be learned. Train with more incident locations, or without them"
            )
        }
        return problems
    }
}

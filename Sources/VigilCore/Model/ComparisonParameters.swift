import Foundation

/// One comparison of a Fellegi–Sunter model (forename, date of birth, ...) and its learned levels.
///
/// Levels are ordered from strongest agreement to disagreement. For each level, `m` is the probability
/// of observing it for a true match and `u` for a non-match; `log2(m/u)` is the level's match weight.
public struct ComparisonParameters: Codable, Hashable, Sendable {
    /// A short identifier, such as `forename`.
    public var name: String
    /// How the comparison is described to a person, such as "forename".
    public var label: String
    /// The levels, strongest agreement first.
    public var levels: [LevelParameters]
    /// The term-frequency table this comparison adjusts with, if any (for example `surname`).
    public var termFrequencyColumn: String?

    public init(name: String, label: String, levels: [LevelParameters], termFrequencyColumn: String? = nil) {
        precondition(levels.count <= ComparisonVector.missing, "a comparison has at most 15 levels")
        self.name = name
        self.label = label
        self.levels = levels
        self.termFrequencyColumn = termFrequencyColumn
    }

    /// The least m a disagreement level keeps: one disagreeing field costs at most about ten bits.
    public static let minimumDisagreementM = 0.001

    /// The comparison with its disagreement levels (the last, and any named `other`) never counting in
    /// favour of a match, nor vetoing one on their own.
    ///
    /// EM can give disagreement a positive weight when no non-match in its sample happened to disagree
    /// (u at its floor); disagreeing is never evidence for a match, so its m is held at most at its u.
    public func disagreementNeverFavoursMatch() -> ComparisonParameters {
        var copy = self
        for index in copy.levels.indices where isDisagreement(level: index) {
            // Nor is one disagreeing field ever a veto: a married name not on the roster, a wrong birth
            // year typed in, must leave room for the other fields to speak.
            copy.levels[index].m = min(max(copy.levels[index].m, Self.minimumDisagreementM), copy.levels[index].u)
        }
        return copy
    }

    /// Whether a level is a disagreement level: the last, or one named `other`.
    public func isDisagreement(level: Int) -> Bool {
        level == levels.count - 1 || levels[level].name == "other"
    }

    /// The comparison with every agreement level weighing at least as much as its disagreement level.
    ///
    /// A nickname, a similar spelling or the same year and month is closer agreement than a different
    /// value, so it is never stronger evidence against a match. EM can break that when a training session
    /// saw too few matches at a level (its m at the floor); the level's m is then raised until its weight
    /// equals the disagreement level's. Run after `disagreementNeverFavoursMatch()`, which settles that weight.
    public func agreementNeverWeighsLessThanDisagreement() -> ComparisonParameters {
        let disagreements = levels.indices.filter { isDisagreement(level: $0) }
        guard let strongest = disagreements.max(by: { weight(ofLevel: $0) < weight(ofLevel: $1) }) else { return self }
        let ratio = levels[strongest].m / levels[strongest].u
        var copy = self
        for index in copy.levels.indices where !isDisagreement(level: index) {
            copy.levels[index].m = max(copy.levels[index].m, copy.levels[index].u * ratio)
        }
        return copy
    }

    /// The comparison with its levels held to what the domain knows where training cannot tell.
    ///
    /// The home-address model is trained on the pairs linking scores, which are chosen to agree on
    /// postcode and house, or on street and house, so EM sees almost no disagreement: it leaves those
    /// levels' m and u at its floor (a weight of 0) or near each other. A different street or postcode
    /// would then count for nothing, and an incident at the same number on another street in the
    /// employee's postcode would be taken for their home. So, against `prior` (the domain's starting
    /// values): a disagreement level weighs no more than the prior's; a level training never saw (its m
    /// and u in `trained`, before other adjustments, both below `unseen`) takes the prior's weight, no
    /// partial agreement weighing more than the whole value; and agreeing on the whole value never counts
    /// against a match. Only weights change (m is scaled to the level's u).
    public func heldToPrior(
        _ prior: ComparisonParameters,
        trained: ComparisonParameters,
        unseen: Double = 1e-5
    ) -> ComparisonParameters {
        var copy = self
        let whole = min(max(copy.weight(ofLevel: 0), 0), max(prior.weight(ofLevel: 0), 0))
        copy.levels[0].m = copy.levels[0].u * exp2(whole)
        for index in copy.levels.indices.dropFirst() where index < prior.levels.count {
            let never = trained.levels[index].m < unseen && trained.levels[index].u < unseen
            var weight = copy.weight(ofLevel: index)
            if isDisagreement(level: index) {
                weight = never ? prior.weight(ofLevel: index) : min(weight, prior.weight(ofLevel: index))
            } else if never {
                weight = min(prior.weight(ofLevel: index), whole)
            } else {
                weight = min(weight, max(prior.weight(ofLevel: index), 0))
            }
            copy.levels[index].m = copy.levels[index].u * exp2(weight)
        }
        return copy
    }

    /// The comparison with no partial agreement (a nickname, a similar spelling, an initial) weighing
    /// more than the whole value agreeing.
    ///
    /// EM can break that order when a level is rare among the random pairs that give u: an initial
    /// alone agreed by chance so seldom that its u sat at the floor, and "R Thistlewood" outscored
    /// "Robert Thistlewood". A level's m is lowered until its weight is at most the first level's (see
    /// also ``FellegiSunterModel/partialAgreementNeverOutweighsWhole()``, for common names).
    public func partialAgreementNeverOutweighsWhole() -> ComparisonParameters {
        let ceiling = levels[0].m / levels[0].u
        var copy = self
        for index in copy.levels.indices.dropFirst() where !isDisagreement(level: index) {
            copy.levels[index].m = min(copy.levels[index].m, copy.levels[index].u * ceiling)
        }
        return copy
    }

    /// The comparison with u freed of the true matches that random sampling drew too.
    ///
    /// Random pairs include true matches at the rate `prior`, so a level that matches nearly always show
    /// (the whole address) is counted as more common among non-matches than it is. Removing the expected
    /// matches, `u' = (u − prior·m) / (1 − prior)`, with `floor` as the least u, fixes that; it matters
    /// where matches are frequent (FEBRL's one-to-one files) and vanishes where they are rare.
    public func removingMatchesFromU(prior: Double, floor: Double) -> ComparisonParameters {
        var copy = self
        for index in copy.levels.indices {
            let level = copy.levels[index]
            copy.levels[index].u = max((level.u - prior * level.m) / (1 - prior), floor)
        }
        let total = copy.levels.reduce(0) { $0 + $1.u }
        for index in copy.levels.indices { copy.levels[index].u /= total }
        return copy
    }

    /// The u a level's term-frequency adjustment is taken against (its own, or that of the level it
    /// names in ``LevelParameters/termFrequencyRelativeTo``); `nil` when the level is not adjusted.
    public func termFrequencyU(ofLevel level: Int) -> Double? {
        let parameters = levels[level]
        guard parameters.termFrequencyAdjusted else { return nil }
        guard let name = parameters.termFrequencyRelativeTo else { return parameters.u }
        return levels.first { $0.name == name }?.u
    }

    /// The match weight (log2 Bayes factor) of a level.
    public func weight(ofLevel level: Int) -> Double {
        let parameters = levels[level]
        return log2(parameters.m / parameters.u)
    }
}

/// One level of a comparison, such as "date of birth identical".
public struct LevelParameters: Codable, Hashable, Sendable {
    /// A short identifier, such as `exact`.
    public var name: String
    /// Plain words for explanations, such as "identical".
    public var label: String
    /// P(level | match).
    public var m: Double
    /// P(level | non-match).
    public var u: Double
    /// Whether an agreement at this level is adjusted for how common the agreed value is.
    public var termFrequencyAdjusted: Bool
    /// The name of the level whose u the adjustment is taken against, when not this level's own: a
    /// partial agreement is adjusted as Splink adjusts one, by `log2(u_exact / frequency)`, so that a part
    /// of a hyphenated surname that is common (KHAN of PATEL-KHAN) is weakened exactly as the whole
    /// surname KHAN agreeing is. Absent (this level's own u) for the whole-value levels, and in model
    /// files written before format version 2.
    public var termFrequencyRelativeTo: String?
    /// The largest m training may give this level: domain knowledge that EM cannot see for itself.
    ///
    /// A true match almost never has a completely different forename or date of birth; without a cap EM
    /// can explain twins or relatives at the employee's address as matches with "different" values.
    public var maximumM: Double?

    public init(
        name: String,
        label: String,
        m: Double,
        u: Double,
        termFrequencyAdjusted: Bool = false,
        termFrequencyRelativeTo: String? = nil,
        maximumM: Double? = nil
    ) {
        self.name = name
        self.label = label
        self.m = m
        self.u = u
        self.termFrequencyAdjusted = termFrequencyAdjusted
        self.termFrequencyRelativeTo = termFrequencyRelativeTo
        self.maximumM = maximumM
    }
}

import Foundation

extension FellegiSunterModel {
    /// The model with no partial forename or surname agreement (a nickname, a similar spelling, an
    /// initial) weighing more than the whole name agreeing, and an initial alone weighing no more than
    /// even the commonest whole forename.
    ///
    /// The whole name's weight is adjusted for how common the name is, and the commonest names lose
    /// bits: "John" agreeing whole is weaker evidence than the average forename. An initial has no such
    /// adjustment, so capped at the average weight "J Smith" still outscored "John Smith". An initial
    /// says less than any whole forename, so it is capped at the whole forename's weight for the
    /// commonest value in the frequency table. Nicknames and spellings stay capped at the average: a
    /// lower cap cost them recall on the generated world (0.9404 → 0.9372 at 0.9). An initial is also
    /// capped at a known variant's weight: an initial says less than a nickname. The same holds among
    /// the people at one house (``householdPartialAgreementNeverOutweighsWhole()``).
    public func partialAgreementNeverOutweighsWhole() -> FellegiSunterModel {
        var model = self
        for index in [PersonComparison.forename, PersonComparison.surname] where index < comparisons.count {
            model.comparisons[index] = comparisons[index].partialAgreementNeverOutweighsWhole()
        }
        model.conditionalU = model.householdPartialAgreementNeverOutweighsWhole()
        let forename = model.comparisons[PersonComparison.forename]
        let initial = PersonComparison.ForenameLevel.initial.rawValue
        guard initial < forename.levels.count, forename.levels[0].termFrequencyAdjusted,
            let column = forename.termFrequencyColumn,
            let commonest = termFrequencies[column]?.frequencies.values.max()
        else { return model }
        let adjustment = min(0, log2(forename.levels[0].u / max(commonest, minimumFrequency)))
        let ceiling = forename.levels[0].m / forename.levels[0].u * exp2(adjustment)
        // Nor more than a known variant: "R Mowfield" must not outscore "Bob Mowfield" for Robert.
        let variant = forename.levels[PersonComparison.ForenameLevel.variant.rawValue]
        let variantRatio = variant.u > 0 ? variant.m / variant.u : ceiling
        model.comparisons[PersonComparison.forename].levels[initial].m = min(
            forename.levels[initial].m,
            forename.levels[initial].u * min(ceiling, variantRatio)
        )
        return model
    }

    /// The household correction with no partial surname agreement weighing more than the whole surname
    /// at one house: its u for a part, a spelling or a sound raised until the level's weight is at most
    /// the exact level's there.
    ///
    /// Surnames are shared at one house far more than parts of them, so the household u made "Imran
    /// Khan" at the employee's house score higher against Imran Patel-Khan (a part: about +3.9 on the
    /// generated world) than against Imran Khan (exact: about +0.5).
    func householdPartialAgreementNeverOutweighsWhole() -> ConditionalU? {
        let surname = PersonComparison.surname
        guard var household = conditionalU, surname < comparisons.count, surname < household.u.count,
            surname != household.comparison, household.u[surname].count == comparisons[surname].levels.count
        else { return conditionalU }
        let levels = comparisons[surname].levels
        let ceiling = levels[0].m / household.u[surname][0]
        for level in levels.indices.dropFirst() where !comparisons[surname].isDisagreement(level: level) {
            household.u[surname][level] = min(max(household.u[surname][level], levels[level].m / ceiling), 1)
        }
        return household
    }
}

extension LinkageModel {
    /// The model with the rules training now applies after EM applied to it too, so a model trained by
    /// an earlier vigil scores as a model trained today would in those respects.
    ///
    /// Each rule is idempotent, so a model trained today comes back unchanged:
    /// - the household correction is lifted when forename and date of birth both agree (twins do not
    ///   share a forename) — ``ConditionalU/householdExceptions``;
    /// - no partial forename or surname agreement weighs more than the whole name, even the commonest —
    ///   ``FellegiSunterModel/partialAgreementNeverOutweighsWhole()``;
    /// - the home-address levels are held to the domain's priors, so a different street or postcode
    ///   counts against a home — ``ComparisonParameters/heldToPrior(_:trained:unseen:)``;
    /// - a part or previous surname agreeing is adjusted for the part's frequency against the exact
    ///   level's u, as exact agreement is (format version 2) — ``surnamePartsAdjustedForFrequency()``.
    ///
    /// A model changed here is a different model: its version is recomputed when it is read, so stored
    /// matches are attributed to it and, in the daily run, linked again.
    public func upgraded() -> LinkageModel {
        var model = self
        if var household = model.person.conditionalU, household.exceptWhenAll == nil {
            household.exceptWhenAll = ConditionalU.householdExceptions
            model.person.conditionalU = household
        }
        model.person = model.person.partialAgreementNeverOutweighsWhole().surnamePartsAdjustedForFrequency()
        model.formatVersion = max(model.formatVersion, Self.currentFormatVersion)
        if let home = model.homeAddress {
            model.homeAddress?.comparisons = zip(home.comparisons, HomeAddressComparison.untrained).map {
                levels,
                prior in
                levels.heldToPrior(prior, trained: levels)
            }
        }
        return model
    }
}

extension FellegiSunterModel {
    /// The model with its surname's part or previous surname level adjusted for the agreeing part's
    /// frequency against the exact level's u, as untrained models have it (format version 2).
    ///
    /// A model trained before left that level unadjusted, so a common part (KHAN of PATEL-KHAN) weighed
    /// as much as a rare one, and "Imran Khan" could score higher against Imran Patel-Khan than against
    /// Imran Khan, whose exact KHAN was weakened as common. The level's m and u are kept: the adjustment
    /// is applied on top, as it is for exact agreement.
    public func surnamePartsAdjustedForFrequency() -> FellegiSunterModel {
        let surname = PersonComparison.surname
        let part = PersonComparison.SurnameLevel.previousOrPart.rawValue
        guard kind == .person, surname < comparisons.count, part < comparisons[surname].levels.count,
            comparisons[surname].levels[0].termFrequencyAdjusted,
            !comparisons[surname].levels[part].termFrequencyAdjusted
        else { return self }
        var model = self
        model.comparisons[surname].levels[part].termFrequencyAdjusted = true
        model.comparisons[surname].levels[part].termFrequencyRelativeTo = comparisons[surname].levels[0].name
        return model
    }
}

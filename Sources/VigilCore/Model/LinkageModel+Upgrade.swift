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
    ///   counts against a home — ``ComparisonParameters/heldToPrior(_:trained:unseen:)``.
    ///
    /// A model changed here is a different model: its version is recomputed when it is read, so stored
    /// matches are attributed to it and, in the daily run, linked again.
    public func upgraded() -> LinkageModel {
        var model = self
        if var household = model.person.conditionalU, household.exceptWhenAll == nil {
            household.exceptWhenAll = ConditionalU.householdExceptions
            model.person.conditionalU = household
        }
        model.person = model.person.partialAgreementNeverOutweighsWhole()
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

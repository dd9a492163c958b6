extension LinkageModel {
    /// What makes the model unusable by this build, or `nil`: its comparisons and their levels must be the
    /// ones this build compares, in the same order, since a pair's levels are looked up by position.
    ///
    /// A model trained by an older or newer vigil with a different set of levels would otherwise be
    /// scored against the wrong weights.
    public func structureProblem() -> String? {
        if let problem = Self.structureProblem(of: person, expected: PersonComparison.untrained) { return problem }
        if let homeAddress {
            return Self.structureProblem(of: homeAddress, expected: HomeAddressComparison.untrained)
        }
        return nil
    }

    private static func structureProblem(
        of model: FellegiSunterModel,
        expected: [ComparisonParameters]
    ) -> String? {
        let names = model.comparisons.map(\.name)
        let expectedNames = expected.map(\.name)
        guard names == expectedNames else {
            return "the \(model.kind.rawValue) model compares \(names.joined(separator: ", ")); "
                + "this vigil compares \(expectedNames.joined(separator: ", "))"
        }
        for (comparison, wanted) in zip(model.comparisons, expected) {
            let levels = comparison.levels.map(\.name)
            let wantedLevels = wanted.levels.map(\.name)
            if levels != wantedLevels {
                return
                    "the \(model.kind.rawValue) model's \(comparison.name) has levels \(levels.joined(separator: ", ")); "
                    + "this vigil's has \(wantedLevels.joined(separator: ", "))"
            }
        }
        return nil
    }
}

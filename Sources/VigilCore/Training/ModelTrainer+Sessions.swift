extension ModelTrainer {
    func trainPerson(
        employees: [PersonFeatures],
        records: [PersonFeatures],
        generator: inout SplitMix64,
        sessions: inout [TrainingReport.Session]
    ) -> FellegiSunterModel {
        let index = BlockingIndex(people: employees)
        let rules: [BlockingRules] = [.dateOfBirth, .forenameAndSurname]
        let space = TrainingSpace(
            records: records, targets: employees, compare: PersonComparator.compare,
            candidates: { record, rule, buffer in index.candidates(for: record, rules: rules[rule], into: &buffer) }
        )
        let untrained = space.estimateU(PersonComparison.untrained, pairs: randomPairs, using: &generator)
        let names: Set<Int> = [PersonComparison.forename, PersonComparison.surname, PersonComparison.nameSwap]
        let byDate = session(
            space, rule: 0, ruleName: "same date of birth", fixed: [PersonComparison.dateOfBirth],
            comparisons: untrained, kind: .person, sessions: &sessions
        )
        let byName = session(
            space, rule: 1, ruleName: "forename and surname sound alike", fixed: names,
            comparisons: byDate.comparisons, kind: .person, sessions: &sessions
        )
        var comparisons = byName.comparisons
        for index in names {
            comparisons[index] = byDate.comparisons[index]
        }
        // Share of true matches that land in the date-of-birth block: both dates present and identical.
        let datePresent = Double(records.filter { $0.dateOfBirth != nil }.count) / Double(max(records.count, 1))
        let reach = max(datePresent * comparisons[PersonComparison.dateOfBirth].levels[0].m, 1e-6)
        let prior = priorProbability(
            matchShare: byDate.matchShare, pairs: byDate.pairs, reach: reach,
            totalPairs: Double(records.count) * Double(employees.count)
        )
        return FellegiSunterModel(
            kind: .person, priorProbability: prior, comparisons: comparisons, threshold: personThreshold
        )
    }

    func trainHomeAddress(
        homes: [AddressFeatures],
        locations: [AddressFeatures],
        generator: inout SplitMix64,
        sessions: inout [TrainingReport.Session]
    ) -> FellegiSunterModel {
        let index = AddressBlockingIndex(addresses: homes)
        let rules: [AddressBlockingIndex.Rules] = [.postcode, .streetAndHouse]
        let space = TrainingSpace(
            records: locations, targets: homes, compare: HomeAddressComparator.compare,
            candidates: { location, rule, buffer in index.candidates(for: location, rules: rules[rule], into: &buffer) }
        )
        let untrained = space.estimateU(HomeAddressComparison.untrained, pairs: randomPairs, using: &generator)
        let byPostcode = session(
            space, rule: 0, ruleName: "same postcode", fixed: [HomeAddressComparison.postcode],
            comparisons: untrained, kind: .homeAddress, sessions: &sessions
        )
        let streetFixed: Set<Int> = [HomeAddressComparison.street, HomeAddressComparison.house, HomeAddressComparison.town]
        let byStreet = session(
            space, rule: 1, ruleName: "same street, house and town", fixed: streetFixed,
            comparisons: byPostcode.comparisons, kind: .homeAddress, sessions: &sessions
        )
        var comparisons = byPostcode.comparisons
        comparisons[HomeAddressComparison.postcode] = byStreet.comparisons[HomeAddressComparison.postcode]
        let postcodePresent =
            Double(locations.filter { $0.evidencePostcode != nil }.count) / Double(max(locations.count, 1))
        let reach = max(postcodePresent * comparisons[HomeAddressComparison.postcode].levels[0].m, 1e-6)
        let prior = priorProbability(
            matchShare: byPostcode.matchShare, pairs: byPostcode.pairs, reach: reach,
            totalPairs: Double(locations.count) * Double(homes.count)
        )
        return FellegiSunterModel(
            kind: .homeAddress, priorProbability: prior, comparisons: comparisons, threshold: homeAddressThreshold
        )
    }

    private struct SessionOutcome {
        var comparisons: [ComparisonParameters]
        var matchShare: Double
        var pairs: Int
    }

    private func session<R, T>(
        _ space: TrainingSpace<R, T>, rule: Int, ruleName: String, fixed: Set<Int>,
        comparisons: [ComparisonParameters], kind: MatchKind, sessions: inout [TrainingReport.Session]
    ) -> SessionOutcome {
        let patterns = space.patterns(rule: rule, fixed: fixed)
        let result = ExpectationMaximisation().run(
            patterns: patterns, comparisons: comparisons, fixed: fixed, initialMatchShare: 0.05
        )
        sessions.append(
            TrainingReport.Session(
                kind: kind, blockingRule: ruleName, fixedComparisons: fixed.sorted().map { comparisons[$0].name },
                pairs: patterns.pairCount, distinctPatterns: patterns.distinctPatterns,
                iterations: result.iterations, converged: result.converged, matchShare: result.matchShare
            )
        )
        return SessionOutcome(comparisons: result.comparisons, matchShare: result.matchShare, pairs: patterns.pairCount)
    }

    /// The chance a random pair matches: matches estimated in a session, scaled up by the share of all
    /// matches that session's block reaches, over all pairs.
    private func priorProbability(matchShare: Double, pairs: Int, reach: Double, totalPairs: Double) -> Double {
        let matches = matchShare * Double(pairs) / reach
        let prior = matches / max(totalPairs, 1)
        return min(max(prior, 1e-12), 0.5)
    }
}

extension ModelTrainer {
    func trainPerson(
        employees: [PersonFeatures],
        records: [PersonFeatures],
        generator: inout SplitMix64,
        sessions: inout [TrainingReport.Session]
    ) -> FellegiSunterModel {
        let index = BlockingIndex(people: employees)
        let rules: [BlockingRules] = [.dateOfBirth, .forenameAndSurname, .postcodeAndHouse]
        let space = TrainingSpace(
            records: records, targets: employees, compare: PersonComparator.compare,
            candidates: { record, rule, buffer in index.candidates(for: record, rules: rules[rule], into: &buffer) }
        )
        let untrained = space.estimateU(PersonComparison.untrained, pairs: randomPairs, using: &generator)
        let forename = PersonComparison.forename
        let surname = PersonComparison.surname
        let swap = PersonComparison.nameSwap
        let date = PersonComparison.dateOfBirth
        let address = PersonComparison.address
        // Each session learns what it can see without being fooled by who it blocked together:
        // 1. pairs at one address: the household u, and m for forename and date of birth (which tell the
        //    person from their relatives);
        // 2. pairs with one date of birth: m for surname and name order (forename and date held);
        // 3. pairs with sound-alike names: m for address (names and date held).
        var comparisons = untrained
        var household: ConditionalU?
        if let learned = householdSession(space, comparisons: untrained, sessions: &sessions) {
            household = learned.household
            comparisons[forename] = learned.comparisons[forename]
            comparisons[date] = learned.comparisons[date]
        }
        let held: Set<Int> = household == nil ? [] : [forename, date]
        let byDate = session(
            space, rule: 0, ruleName: "same date of birth", fixed: [date], holdingM: held,
            comparisons: comparisons, kind: .person, conditionalU: household, sessions: &sessions
        )
        comparisons[forename] = byDate.comparisons[forename]
        comparisons[surname] = byDate.comparisons[surname]
        comparisons[swap] = byDate.comparisons[swap]
        let byName = session(
            space, rule: 1, ruleName: "forename and surname sound alike", fixed: [forename, surname, swap],
            holdingM: household == nil ? [] : [date], comparisons: comparisons, kind: .person,
            conditionalU: household, sessions: &sessions
        )
        comparisons[date] = byName.comparisons[date]
        comparisons[address] = byName.comparisons[address]
        // Share of true matches that land in the date-of-birth block: both dates present and identical.
        let datePresent = Double(records.filter { $0.dateOfBirth != nil }.count) / Double(max(records.count, 1))
        let reach = max(datePresent * comparisons[PersonComparison.dateOfBirth].levels[0].m, 1e-6)
        let prior = priorProbability(
            matchShare: byDate.matchShare, pairs: byDate.pairs, reach: reach,
            totalPairs: Double(records.count) * Double(employees.count)
        )
        return FellegiSunterModel(
            kind: .person, priorProbability: prior, comparisons: comparisons, threshold: personThreshold,
            conditionalU: household
        )
    }

    /// Trains the home-address model on every pair that shares a postcode, a street and house, or a UPRN.
    ///
    /// Within that population neighbours dominate the non-matches, and they agree on postcode, street and
    /// town as often as true matches do, so u is estimated there by EM too (fastLink) rather than taken
    /// from random pairs, and the prior is the share of matches among those pairs. Linking only ever
    /// scores pairs from that population, so the probability it reports is the right one.
    func trainHomeAddress(
        homes: [AddressFeatures],
        locations: [AddressFeatures],
        generator: inout SplitMix64,
        sessions: inout [TrainingReport.Session]
    ) -> FellegiSunterModel {
        let index = AddressBlockingIndex(addresses: homes)
        let space = TrainingSpace(
            records: locations, targets: homes, compare: HomeAddressComparator.compare,
            candidates: { location, _, buffer in
                index.candidates(for: location, rules: [.postcode, .streetAndHouse, .uprn], into: &buffer)
            }
        )
        let start = space.estimateU(HomeAddressComparison.untrained, pairs: randomPairs, using: &generator)
        let patterns = space.patterns(rule: 0, fixed: [])
        let result = ExpectationMaximisation(estimatesU: true).run(
            patterns: patterns, comparisons: start, initialMatchShare: 0.3
        )
        sessions.append(
            TrainingReport.Session(
                kind: .homeAddress, blockingRule: "same postcode, or same street and house, or same UPRN",
                fixedComparisons: [], pairs: patterns.pairCount, distinctPatterns: patterns.distinctPatterns,
                iterations: result.iterations, converged: result.converged, matchShare: result.matchShare
            )
        )
        return FellegiSunterModel(
            kind: .homeAddress, priorProbability: min(max(result.matchShare, 1e-9), 0.5),
            comparisons: result.comparisons, threshold: homeAddressThreshold
        )
    }

    /// Learns how people at the same address compare, from pairs that share a postcode and house.
    ///
    /// Those pairs mix the employee's own records with their household's, who share the surname and the
    /// address but not the forename or date of birth. EM estimates u for this population (fastLink) and
    /// m for forename and date of birth, holding the surname's m at its prior so that the split it finds
    /// is "the person" against "their household" rather than "same surname" against "different surname".
    private func householdSession<R, T>(
        _ space: TrainingSpace<R, T>, comparisons: [ComparisonParameters], sessions: inout [TrainingReport.Session]
    ) -> (household: ConditionalU, comparisons: [ComparisonParameters])? {
        let address = PersonComparison.address
        let patterns = space.patterns(rule: 2, fixed: [address], frequencies: false)
        guard patterns.pairCount >= 50 else { return nil }
        // EM can settle on a wrong split here (twins taken for the person), so it starts from several
        // plausible households (a shared surname common; a shared forename or birthday, as with a junior
        // or twins, uncommon) and keeps the most likely fit.
        var best: ExpectationMaximisation.Result?
        for (share, sharedBirthday) in [(0.3, 0.02), (0.1, 0.02), (0.1, 0.1), (0.3, 0.1)] {
            var start = comparisons
            start[PersonComparison.surname].levels[0].u = 0.5
            start[PersonComparison.forename].levels[0].u = 0.02
            start[PersonComparison.dateOfBirth].levels[0].u = sharedBirthday
            let fit = ExpectationMaximisation(estimatesU: true).run(
                patterns: patterns, comparisons: start, fixed: [address], holdingM: [PersonComparison.surname],
                initialMatchShare: share
            )
            if fit.logLikelihood > best?.logLikelihood ?? -.infinity { best = fit }
        }
        guard let result = best else { return nil }
        sessions.append(
            TrainingReport.Session(
                kind: .person, blockingRule: "same postcode and house (household)", fixedComparisons: ["address"],
                pairs: patterns.pairCount, distinctPatterns: patterns.distinctPatterns, iterations: result.iterations,
                converged: result.converged, matchShare: result.matchShare
            )
        )
        let household = ConditionalU(
            context: "people at the same address", comparison: address,
            levels: [PersonComparison.AddressLevel.postcodeAndHouse.rawValue],
            u: result.comparisons.map { $0.levels.map(\.u) }
        )
        var learned = comparisons
        for index in learned.indices where index != address {
            for level in learned[index].levels.indices {
                learned[index].levels[level].m = result.comparisons[index].levels[level].m
            }
        }
        return (household, learned)
    }

    private struct SessionOutcome {
        var comparisons: [ComparisonParameters]
        var matchShare: Double
        var pairs: Int
    }

    private func session<R, T>(
        _ space: TrainingSpace<R, T>, rule: Int, ruleName: String, fixed: Set<Int>, holdingM: Set<Int> = [],
        comparisons: [ComparisonParameters], kind: MatchKind, conditionalU: ConditionalU? = nil,
        sessions: inout [TrainingReport.Session]
    ) -> SessionOutcome {
        let patterns = space.patterns(rule: rule, fixed: fixed)
        let result = ExpectationMaximisation().run(
            patterns: patterns, comparisons: comparisons, fixed: fixed, holdingM: holdingM, initialMatchShare: 0.05,
            conditionalU: conditionalU
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

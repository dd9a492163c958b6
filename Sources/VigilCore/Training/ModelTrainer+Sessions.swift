extension ModelTrainer {
    /// Trains the person model in three EM sessions, each learning what its block can show without being
    /// fooled by whom it put together.
    ///
    /// 1. Same date of birth, leaving out pairs at one house: m for forename, surname and name order.
    ///    Twins and relatives share the employee's house, so leaving out the house keeps them from
    ///    passing as matches with a "different" forename.
    /// 2. Same postcode and house, names held: m for date of birth.
    /// 3. Same date of birth, every pair, names held: m for address, and the prior.
    /// Then u for surname among people at one house (the household correction).
    func trainPerson(
        employees: [PersonFeatures],
        records: [PersonFeatures],
        generator: inout SplitMix64,
        sessions: inout [TrainingReport.Session]
    ) -> FellegiSunterModel {
        let index = BlockingIndex(people: employees)
        let rules: [BlockingRules] = [.dateOfBirth, .forenameAndSurname, .postcodeAndHouse]
        let space = TrainingSpace(
            records: records,
            targets: employees,
            compare: PersonComparator.compare,
            candidates: { record, rule, buffer in index.candidates(for: record, rules: rules[rule], into: &buffer) }
        )
        let forename = PersonComparison.forename
        let surname = PersonComparison.surname
        let swap = PersonComparison.nameSwap
        let date = PersonComparison.dateOfBirth
        let address = PersonComparison.address
        let household = Self.householdLevels
        let atOneHouse: @Sendable (ComparedPair) -> Bool = { pair in
            pair.vector[address].map { household.contains($0) } ?? false
        }
        var comparisons = space.estimateU(PersonComparison.untrained, pairs: randomPairs, using: &generator)
        let names = session(
            space,
            rule: 0,
            ruleName: "same date of birth, not at one house",
            fixed: [date, address],
            skipping: atOneHouse,
            comparisons: comparisons,
            kind: .person,
            sessions: &sessions
        )
        for index in [forename, surname, swap] { comparisons[index] = names.comparisons[index] }
        // At one house the names' m is now known, so relatives and twins fall out as non-matches and the
        // date of birth's m can be learned; u is learned too, as a household is not a random sample.
        let dates = session(
            space,
            rule: 2,
            ruleName: "same postcode and house",
            fixed: [address],
            holdingM: [forename, surname, swap],
            estimatesU: true,
            frequencies: false,
            comparisons: comparisons,
            kind: .person,
            sessions: &sessions
        )
        comparisons[date].levels = zip(comparisons[date].levels, dates.comparisons[date].levels).map {
            random,
            learned in
            var level = random
            level.m = learned.m
            return level
        }
        let conditional = householdU(space, comparisons: comparisons)
        let addresses = session(
            space,
            rule: 0,
            ruleName: "same date of birth",
            fixed: [date],
            holdingM: [forename, surname, swap],
            comparisons: comparisons,
            kind: .person,
            conditionalU: conditional,
            sessions: &sessions
        )
        comparisons[address] = addresses.comparisons[address]
        // Share of true matches that land in the date-of-birth block: both dates present and identical.
        let datePresent = Double(records.filter { $0.dateOfBirth != nil }.count) / Double(max(records.count, 1))
        let reach = max(datePresent * comparisons[date].levels[0].m, 1e-6)
        let prior = priorProbability(
            matchShare: addresses.matchShare,
            pairs: addresses.pairs,
            reach: reach,
            totalPairs: Double(records.count) * Double(employees.count)
        )
        let floor = 0.5 / Double(max(randomPairs, 1))
        comparisons = comparisons.map { $0.removingMatchesFromU(prior: prior, floor: floor) }
        return FellegiSunterModel(
            kind: .person,
            priorProbability: prior,
            comparisons: comparisons.map { $0.disagreementNeverFavoursMatch() },
            threshold: personThreshold,
            conditionalU: conditional
        )
    }

    /// The chance that two different people at one house share a date of birth (twins), at the least.
    static let householdSharedBirthday = 0.01

    /// Address levels that mean "the same house".
    static let householdLevels: Set<Int> = [
        PersonComparison.AddressLevel.wholeAddress.rawValue, PersonComparison.AddressLevel.postcodeAndHouse.rawValue,
        PersonComparison.AddressLevel.streetAndHouse.rawValue,
    ]

    /// u for the surname among people who share a house but are clearly not the same person (forename
    /// and date of birth both disagree, or the forename disagrees and a date is missing).
    ///
    /// Counted directly rather than by EM: the pairs are unambiguous, and a shared house changes how
    /// often a surname agrees by chance (families) but not how often a forename or birthday does.
    /// Returns `nil` when too few such pairs exist to say.
    func householdU<R, T>(_ space: TrainingSpace<R, T>, comparisons: [ComparisonParameters]) -> ConditionalU? {
        let surname = PersonComparison.surname
        let otherForename = PersonComparison.ForenameLevel.other.rawValue
        let otherDate = PersonComparison.DateLevel.other.rawValue
        var counts = [Double](repeating: 0.5, count: comparisons[surname].levels.count)
        var pairs = 0
        var buffer: [Int32] = []
        for record in space.records {
            buffer.removeAll(keepingCapacity: true)
            space.candidates(record, 2, &buffer)
            for target in buffer {
                let vector = space.compare(record, space.targets[Int(target)]).vector
                guard let address = vector[PersonComparison.address], Self.householdLevels.contains(address),
                    vector[PersonComparison.forename] == otherForename,
                    (vector[PersonComparison.dateOfBirth] ?? otherDate) >= otherDate,
                    let level = vector[surname]
                else { continue }
                counts[level] += 1
                pairs += 1
            }
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
            u: u
        )
    }

    /// Trains the home-address model on the pairs linking will score: same UPRN, same postcode and house,
    /// or same street, house and town.
    ///
    /// Within those pairs the non-matches are other flats at the same number or the same number on a
    /// namesake street, and they agree on postcode, street and town as often as true matches do, so u is
    /// learned there by EM too (fastLink) rather than taken from random pairs, and the prior is the share
    /// of matches among those pairs. EM starts from several match shares and keeps the most likely fit,
    /// since a mixture this lopsided can otherwise settle on "everything matches".
    func trainHomeAddress(
        homes: [AddressFeatures],
        locations: [AddressFeatures],
        generator: inout SplitMix64,
        sessions: inout [TrainingReport.Session]
    ) -> FellegiSunterModel {
        let index = AddressBlockingIndex(addresses: homes)
        let space = TrainingSpace(
            records: locations,
            targets: homes,
            compare: HomeAddressComparator.compare,
            candidates: { location, _, buffer in index.candidates(for: location, rules: .linking, into: &buffer) }
        )
        let start = space.estimateU(HomeAddressComparison.untrained, pairs: randomPairs, using: &generator)
        let patterns = space.patterns(rule: 0, fixed: [], frequencies: false)
        var best: ExpectationMaximisation.Result?
        for share in [0.2, 0.4, 0.6, 0.8] {
            var seeded = start
            // Among candidates, other flats share number, street, postcode and town but not the flat or UPRN.
            seeded[HomeAddressComparison.house].levels =
                HomeAddressComparison.untrained[HomeAddressComparison.house].levels
            seeded[HomeAddressComparison.house].levels[HomeAddressComparison.HouseLevel.numberFlatDiffers.rawValue].u =
                0.5
            seeded[HomeAddressComparison.uprn].levels[HomeAddressComparison.UPRNLevel.other.rawValue].u = 0.9
            seeded[HomeAddressComparison.uprn].levels[HomeAddressComparison.UPRNLevel.exact.rawValue].u = 0.1
            // The house and postcode comparisons' m stay at their priors (a true home has the same number,
            // flat and postcode, bar typos), so EM cannot take other flats in the building, or a street of
            // the same name in another part of the town, for the employee's own home.
            let fit = ExpectationMaximisation(estimatesU: true).run(
                patterns: patterns,
                comparisons: seeded,
                holdingM: [HomeAddressComparison.house, HomeAddressComparison.postcode],
                initialMatchShare: share
            )
            if fit.matchShare < 0.999, fit.logLikelihood > best?.logLikelihood ?? -.infinity { best = fit }
        }
        let result =
            best
            ?? ExpectationMaximisation(estimatesU: true).run(
                patterns: patterns,
                comparisons: start,
                initialMatchShare: 0.8
            )
        sessions.append(
            TrainingReport.Session(
                kind: .homeAddress,
                blockingRule: "same UPRN, same postcode and house, or same street, house and town",
                fixedComparisons: [],
                pairs: patterns.pairCount,
                distinctPatterns: patterns.distinctPatterns,
                iterations: result.iterations,
                converged: result.converged,
                matchShare: result.matchShare
            )
        )
        var comparisons = result.comparisons.map { $0.disagreementNeverFavoursMatch() }
        // A different postcode, even in the same sector, is never evidence for the same home; a shared
        // house name is no stronger than a shared number and flat.
        let postcode = HomeAddressComparison.postcode
        for level in comparisons[postcode].levels.indices.dropFirst() {
            comparisons[postcode].levels[level].m = min(
                comparisons[postcode].levels[level].m,
                comparisons[postcode].levels[level].u
            )
        }
        let house = HomeAddressComparison.house
        let name = HomeAddressComparison.HouseLevel.name.rawValue
        let numberAndFlat = HomeAddressComparison.HouseLevel.numberAndFlat.rawValue
        let ceiling = comparisons[house].levels[numberAndFlat].m / comparisons[house].levels[numberAndFlat].u
        comparisons[house].levels[name].m = min(
            comparisons[house].levels[name].m,
            comparisons[house].levels[name].u * ceiling
        )
        for index in comparisons.indices {
            for level in comparisons[index].levels.indices {
                comparisons[index].levels[level].termFrequencyAdjusted = false
            }
        }
        return FellegiSunterModel(
            kind: .homeAddress,
            priorProbability: min(max(result.matchShare, 1e-9), 0.999),
            comparisons: comparisons,
            threshold: homeAddressThreshold
        )
    }

    private struct SessionOutcome {
        var comparisons: [ComparisonParameters]
        var matchShare: Double
        var pairs: Int
    }

    private func session<R, T>(
        _ space: TrainingSpace<R, T>,
        rule: Int,
        ruleName: String,
        fixed: Set<Int>,
        holdingM: Set<Int> = [],
        estimatesU: Bool = false,
        frequencies: Bool = true,
        skipping skip: (@Sendable (ComparedPair) -> Bool)? = nil,
        comparisons: [ComparisonParameters],
        kind: MatchKind,
        conditionalU: ConditionalU? = nil,
        sessions: inout [TrainingReport.Session]
    ) -> SessionOutcome {
        let patterns = space.patterns(rule: rule, fixed: fixed, frequencies: frequencies, skipping: skip)
        let result = ExpectationMaximisation(estimatesU: estimatesU).run(
            patterns: patterns,
            comparisons: comparisons,
            fixed: fixed,
            holdingM: holdingM,
            initialMatchShare: 0.05,
            conditionalU: conditionalU
        )
        sessions.append(
            TrainingReport.Session(
                kind: kind,
                blockingRule: ruleName,
                fixedComparisons: fixed.sorted().map { comparisons[$0].name },
                pairs: patterns.pairCount,
                distinctPatterns: patterns.distinctPatterns,
                iterations: result.iterations,
                converged: result.converged,
                matchShare: result.matchShare
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

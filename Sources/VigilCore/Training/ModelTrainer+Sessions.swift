extension ModelTrainer {
    /// Weight, in matches, of the weak prior on m in the person sessions (see
    /// `ExpectationMaximisation.mPseudoMatches`): enough to keep a level no match in a session showed off
    /// the floor, too little to matter against the hundreds of matches a session sees.
    static let personPseudoMatches = 4.0

    /// Trains the person model in three EM sessions, each learning what its block can show without being
    /// fooled by whom it put together.
    ///
    /// 1. Same date of birth, leaving out pairs at one house: m for forename, surname and name order
    ///    among the matches away from the employee's house. Twins and relatives share the house, so
    ///    leaving it out keeps them from passing as matches with a "different" forename.
    /// 2. Same postcode and house, names held, u learned: m for date of birth. The date of birth tells
    ///    relatives from the employee, and the matches this session finds are counted for the names too.
    ///    The names' m is then one M-step over both sessions' expected matches: most matches are at the
    ///    employee's house, and session 1 alone sees too few to learn how often a nickname, a spelling
    ///    variant or a swapped name occurs (it saw none, and those levels fell to the floor).
    /// 3. Same date of birth, every pair, names held: m for address, and the prior.
    /// Then u for surname among people at one house (the household correction). Every session's m has a
    /// weak prior (`personPseudoMatches`), and no agreement level may weigh less than disagreement.
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
        let names = [PersonComparison.forename, PersonComparison.surname, PersonComparison.nameSwap]
        let date = PersonComparison.dateOfBirth
        let address = PersonComparison.address
        var comparisons = space.estimateU(PersonComparison.untrained, pairs: randomPairs, using: &generator)
        // Two sessions block on the date of birth and two steps on the house: each rule's pairs are
        // compared once.
        let sameBirthday = space.comparedPairs(rule: 0)
        let sameHouse = space.comparedPairs(rule: 2)
        let away = session(
            sameBirthday,
            ruleName: "same date of birth, not at one house",
            fixed: [date, address],
            skipping: Self.isAtOneHouse,
            comparisons: comparisons,
            kind: .person,
            sessions: &sessions
        )
        for index in names { comparisons[index] = away.comparisons[index] }
        // At one house the names' m from away keeps twins and relatives (a different forename) out of the
        // matches while the date of birth's m is learned; u is learned too, as a household is not a random
        // sample. The matches it finds then count towards the names' m.
        let atHouse = session(
            sameHouse,
            ruleName: "same postcode and house",
            fixed: [address],
            holdingM: Set(names),
            estimatesU: true,
            frequencies: false,
            comparisons: comparisons,
            kind: .person,
            sessions: &sessions
        )
        let pooling = ExpectationMaximisation(mPseudoMatches: Self.personPseudoMatches)
        for index in names {
            let m = pooling.mProbabilities(
                matchCounts: zip(away.matchCounts[index], atHouse.matchCounts[index]).map(+),
                prior: PersonComparison.untrained[index].levels.map(\.m),
                caps: comparisons[index].levels.map(\.maximumM)
            )
            for level in m.indices { comparisons[index].levels[level].m = m[level] }
        }
        for level in comparisons[date].levels.indices {
            comparisons[date].levels[level].m = atHouse.comparisons[date].levels[level].m
        }
        let conditional = householdU(sameHouse, comparisons: comparisons)
        let addresses = session(
            sameBirthday,
            ruleName: TrainingReport.priorSessionRule,
            fixed: [date],
            holdingM: Set(names),
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
        comparisons = comparisons.map {
            $0.removingMatchesFromU(prior: prior, floor: floor).disagreementNeverFavoursMatch()
                .agreementNeverWeighsLessThanDisagreement()
        }
        Self.deriveSurnameCrossedM(&comparisons)
        return FellegiSunterModel(
            kind: .person,
            priorProbability: prior,
            comparisons: comparisons,
            threshold: personThreshold,
            conditionalU: conditional
        )
    }

    /// Sets m for a surname in the forename's place with the forenames different (`surnameCrossed`).
    ///
    /// Among matches that is two things at once: names recorded the other way round, and a forename that
    /// differs. EM cannot learn it: at one house the pattern is a relative recorded the other way round (a
    /// twin shares the date of birth too), whom the address and date of birth make look like a match. Its
    /// m is the product of the two rates the sessions do learn, and the share it gives up goes back to
    /// "in the usual order". It is set last, after the rules that keep agreement above disagreement:
    /// this level holds a disagreement (the forenames) and may weigh less than "in the usual order".
    static func deriveSurnameCrossedM(_ comparisons: inout [ComparisonParameters]) {
        typealias Swap = PersonComparison.SwapLevel
        let swap = PersonComparison.nameSwap
        let swapped = comparisons[swap].levels[Swap.swapped.rawValue].m
        let forenameDiffers = comparisons[PersonComparison.forename].levels[
            PersonComparison.ForenameLevel.other.rawValue
        ].m
        let learned = comparisons[swap].levels[Swap.surnameCrossed.rawValue].m
        let derived = min(learned, swapped * forenameDiffers)
        comparisons[swap].levels[Swap.surnameCrossed.rawValue].m = derived
        comparisons[swap].levels[Swap.notSwapped.rawValue].m += learned - derived
    }

    private struct SessionOutcome {
        var comparisons: [ComparisonParameters]
        var matchShare: Double
        var pairs: Int
        /// Expected matches per comparison and level, for pooling sessions.
        var matchCounts: [[Double]]
    }

    private func session(
        _ pairs: [ComparedPair],
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
        let patterns = TrainingSpace<PersonFeatures, PersonFeatures>.patterns(
            among: pairs,
            fixed: fixed,
            frequencies: frequencies,
            skipping: skip
        )
        let result = ExpectationMaximisation(estimatesU: estimatesU, mPseudoMatches: Self.personPseudoMatches).run(
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
        return SessionOutcome(
            comparisons: result.comparisons,
            matchShare: result.matchShare,
            pairs: patterns.pairCount,
            matchCounts: result.matchCounts
        )
    }

    /// The chance a random pair matches: matches estimated in a session, scaled up by the share of all
    /// matches that session's block reaches, over all pairs.
    private func priorProbability(matchShare: Double, pairs: Int, reach: Double, totalPairs: Double) -> Double {
        let matches = matchShare * Double(pairs) / reach
        let prior = matches / max(totalPairs, 1)
        return min(max(prior, 1e-12), 0.5)
    }
}

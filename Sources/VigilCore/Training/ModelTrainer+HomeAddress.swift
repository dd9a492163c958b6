import Foundation

extension ModelTrainer {
    /// Random pairs drawn for the home-address model's starting u; EM then learns u among the candidates.
    static let homeAddressStartPairs = 100_000

    /// Trains the home-address model on the pairs linking will score: same UPRN, same postcode and house,
    /// or same street, house and town.
    ///
    /// Within those pairs the non-matches are other flats at the same number or the same number on a
    /// namesake street, and they agree on postcode, street and town as often as true matches do, so u is
    /// learned there by EM too (fastLink) rather than taken from random pairs, and the prior is the share
    /// of matches among those pairs. EM starts from several match shares and keeps the most likely fit,
    /// since a mixture this lopsided can otherwise settle on "everything matches".
    ///
    /// - Parameters:
    ///   - locations: every location kept for training; the first `sampled` are a uniform sample of all
    ///     locations (the random pairs are drawn from those), the rest are near an employee's home.
    func trainHomeAddress(
        homes: [AddressFeatures],
        locations: [AddressFeatures],
        sampled: Int,
        generator: inout SplitMix64,
        sessions: inout [TrainingReport.Session]
    ) -> FellegiSunterModel {
        let index = AddressBlockingIndex(addresses: homes)
        let candidates: @Sendable (AddressFeatures, Int, inout [Int32]) -> Void = { location, _, buffer in
            index.candidates(for: location, rules: .linking, into: &buffer)
        }
        let space = TrainingSpace(
            records: locations,
            targets: homes,
            compare: HomeAddressComparator.compare,
            candidates: candidates
        )
        // Random pairs only give EM its starting u (EM learns u here), so a smaller draw does, from the
        // uniform sample alone: the locations near a home would bias it.
        let sampleSpace =
            sampled == locations.count
            ? space
            : TrainingSpace(
                records: Array(locations[..<sampled]),
                targets: homes,
                compare: HomeAddressComparator.compare,
                candidates: candidates
            )
        let start = sampleSpace.estimateU(
            HomeAddressComparison.untrained,
            pairs: min(randomPairs, Self.homeAddressStartPairs),
            using: &generator
        )
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
        var comparisons = zip(result.comparisons, HomeAddressComparison.untrained).map { trained, prior in
            trained.disagreementNeverFavoursMatch().heldToPrior(prior, trained: trained)
        }
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
}

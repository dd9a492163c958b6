/// Links person records and incident locations to the roster with a trained model.
///
/// `Sendable` and read-only: workers share one linker and each keeps its own `PersonFeatureExtractor`
/// and candidate buffer.
public struct RecordLinker: Sendable {
    /// Two candidates within this many bits of each other are a near-tie, flagged as ambiguous.
    public static let ambiguityMargin = 1.0

    public let model: LinkageModel
    public let roster: IndexedRoster
    private let personTable: ScoringTable
    private let addressTable: ScoringTable?
    /// The most the address can add when two addresses share no UPRN, postcode or house (see
    /// `PersonComparator.addressesAreApart`): the best of `street`, `town` and `other`.
    private let apartAddressBound: Double
    /// The most the name-swap comparison can add at its levels that take no frequency: in the usual
    /// order, and crossed either way (see `namesBound`).
    private let notSwappedBound: Double
    private let crossedBound: Double

    public init(model: LinkageModel, roster: IndexedRoster) {
        self.model = model
        self.roster = roster
        let personTable = ScoringTable(model: model.person)
        self.personTable = personTable
        addressTable = model.homeAddress.map { ScoringTable(model: $0) }
        let apart: [PersonComparison.AddressLevel] = [.street, .town, .other]
        apartAddressBound =
            apart.map {
                personTable.levelBound(comparison: PersonComparison.address, level: $0.rawValue, frequency: 0)
            }.max() ?? 0
        notSwappedBound = personTable.levelBound(
            comparison: PersonComparison.nameSwap,
            level: PersonComparison.SwapLevel.notSwapped.rawValue,
            frequency: 0
        )
        crossedBound =
            [PersonComparison.SwapLevel.crossed, .surnameCrossed].map {
                personTable.levelBound(comparison: PersonComparison.nameSwap, level: $0.rawValue, frequency: 0)
            }.max() ?? 0
    }

    /// A fresh feature extractor using the model's term frequencies, one per worker.
    public func makeExtractor() -> PersonFeatureExtractor {
        PersonFeatureExtractor(termFrequencies: model.person.termFrequencies)
    }

    /// The best-scoring employee for a person record, whatever its score; `nil` when blocking found none.
    ///
    /// `candidates` is a reusable buffer; after the call it holds the blocked candidates.
    public func bestPersonMatch(
        for record: PersonRecord,
        extractor: inout PersonFeatureExtractor,
        candidates: inout [Int32]
    ) -> LinkResult? {
        bestPersonMatch(features: extractor.features(of: record), recordID: record.recordID, candidates: &candidates)
    }

    /// The best-scoring employee for a person record already turned into features.
    ///
    /// With a `scoringFloor` (a match weight), a candidate whose date of birth and address leave it unable
    /// to reach the floor whatever its names are is not compared by name at all: it can be neither the
    /// match nor a runner-up worth showing. The result is then `nil` when no candidate reaches the floor,
    /// and a runner-up below the floor is left out.
    /// Without one, every candidate is scored in full (evaluation sweeps every threshold).
    public func bestPersonMatch(
        features: PersonFeatures,
        recordID: String,
        candidates: inout [Int32],
        scoringFloor: Double? = nil
    ) -> LinkResult? {
        candidates.removeAll(keepingCapacity: true)
        roster.personIndex.candidates(for: features, into: &candidates)
        guard let scoringFloor else {
            return roster.features.withUnsafeBufferPointer { employees in
                best(kind: .person, recordID: recordID, candidates: candidates, threshold: model.person.threshold) {
                    personTable.weight(of: PersonComparator.compare(features, employees[$1]))
                }
            }
        }
        // With no candidate there is nothing to bound or score.
        guard !candidates.isEmpty else { return nil }
        let namesCanAdd = namesBound(features)
        let found = roster.features.withUnsafeBufferPointer { employees in
            roster.codes.withUnsafeBufferPointer { codes in
                withUnsafeTemporaryAllocation(of: Bool.self, capacity: candidates.count) { reachable in
                    // First every candidate's codes are read and bounded, in a loop of independent loads the
                    // processor overlaps (a candidate's codes are rarely in cache); only then is each
                    // candidate that can still reach the floor compared in full.
                    for (offset, candidate) in candidates.enumerated() {
                        reachable.initializeElement(
                            at: offset,
                            to: canReach(features, codes[Int(candidate)], namesCanAdd: namesCanAdd, floor: scoringFloor)
                        )
                    }
                    return roster.towns.withTowns { town in
                        best(
                            kind: .person,
                            recordID: recordID,
                            candidates: candidates,
                            threshold: model.person.threshold,
                            floor: scoringFloor
                        ) { offset, index in
                            guard reachable[offset] else { return -.infinity }
                            var pair = ComparedPair()
                            PersonComparator.compareDateAndAddress(
                                features,
                                codes[index],
                                employee: { employees[index] },
                                town: town,
                                into: &pair
                            )
                            let cheap = personTable.partialBound(
                                of: pair,
                                comparisons: (PersonComparison.dateOfBirth, PersonComparison.address)
                            )
                            guard cheap + namesCanAdd >= scoringFloor else { return -.infinity }
                            PersonComparator.compareNames(features, employees[index], into: &pair)
                            return personTable.weight(of: pair)
                        }
                    }
                }
            }
        }
        guard var result = found else { return nil }
        if let runnerUp = result.runnerUp, runnerUp.weight < scoringFloor { result.runnerUp = nil }
        return result
    }

    /// The floor `bestPersonMatch` uses for a threshold: runner-ups more than `runnerUpWindow` bits
    /// below the threshold (a probability under about 1% at the default 0.9) are not worth scoring.
    public func scoringFloor(threshold: Double) -> Double {
        FellegiSunterModel.weight(ofProbability: threshold) - Self.runnerUpWindow
    }

    /// Whether a candidate whose codes are `employee` might still reach `floor`: false only when the two
    /// addresses have nothing in common (see `PersonComparator.addressesAreApart`) and the date of birth,
    /// the best apart address level and the most the names can add stay below it. Such a candidate is
    /// not compared by name at all.
    @inline(__always)
    private func canReach(
        _ record: PersonFeatures,
        _ employee: ComparisonCodes,
        namesCanAdd: Double,
        floor: Double
    ) -> Bool {
        guard PersonComparator.addressesAreApart(record.codes.address, employee.address) else { return true }
        var pair = ComparedPair()
        pair.vector[PersonComparison.dateOfBirth] = PersonComparator.dateLevel(record.codes, employee)?.rawValue
        let ceiling = personTable.partialBound(
            of: pair,
            comparisons: (PersonComparison.dateOfBirth, PersonComparison.address)
        )
        return ceiling + apartAddressBound + namesCanAdd >= floor
    }

    /// How far below the threshold (in bits) a runner-up is still scored and reported.
    public static let runnerUpWindow = 10.0

    /// The most a record's names can add to any pair's weight: both names agreeing exactly (with the
    /// rarest adjustment the record's own name frequencies allow), or a swap level.
    private func namesBound(_ features: PersonFeatures) -> Double {
        let forename = personTable.comparisonBound(
            PersonComparison.forename,
            frequencyFloor: features.forenameFrequency
        )
        let surname = personTable.comparisonBound(PersonComparison.surname, frequencyFloor: surnameFloor(features))
        // A swapped pair's frequency is at least the record's own product (`swappedFrequency`).
        let swapped = personTable.levelBound(
            comparison: PersonComparison.nameSwap,
            level: PersonComparison.SwapLevel.swapped.rawValue,
            frequency: max(features.forenameFrequency * features.surnameFrequency, personTable.minimumFrequency)
        )
        return max(forename + surname + max(0, notSwappedBound), max(0, swapped), max(0, crossedBound))
    }

    /// The least frequency a surname agreement of the record's can be adjusted by: its surname's, or a
    /// part's or previous surname's when one is rarer (`partFrequency`); any frequency at all when its
    /// names may be put back the other way round with its forename as the surname
    /// (`PersonComparator.mayPutBackItsForename`). Per record, never per candidate.
    private func surnameFloor(_ features: PersonFeatures) -> Double {
        if PersonComparator.mayPutBackItsForename(features) { return 0 }
        return features.surnameAlternatives.reduce(features.surnameFrequency) { min($0, $1.frequency) }
    }

    /// Every employee whose home is the incident location with a score; the best first.
    ///
    /// More than one employee can live at one address, so all candidates are returned, not only the best.
    public func homeAddressMatches(
        for location: IncidentLocation,
        extractor: inout PersonFeatureExtractor,
        candidates: inout [Int32]
    ) -> [LinkResult] {
        homeAddressMatches(
            for: extractor.features(of: location),
            incidentID: location.incidentID,
            candidates: &candidates
        )
    }

    /// Every employee whose home is an incident location already turned into features; the best first.
    public func homeAddressMatches(
        for features: AddressFeatures,
        incidentID: String,
        candidates: inout [Int32]
    ) -> [LinkResult] {
        guard let addressTable else { return [] }
        candidates.removeAll(keepingCapacity: true)
        roster.addressIndex.candidates(for: features, into: &candidates)
        var results = candidates.map { index -> LinkResult in
            let employee = Int(index)
            let weight = addressTable.weight(
                of: HomeAddressComparator.compare(features, roster.features[employee].address)
            )
            return LinkResult(
                kind: .homeAddress,
                recordID: incidentID,
                employeeIndex: employee,
                employeeID: roster.employees[employee].employeeID,
                matchWeight: weight,
                candidateCount: candidates.count
            )
        }
        results.sort { $0.matchWeight > $1.matchWeight }
        return results
    }

    /// How a person record compares with one employee, level by level (for diagnostics).
    public func personComparison(
        for record: PersonRecord,
        employeeIndex: Int,
        extractor: inout PersonFeatureExtractor
    ) -> ComparedPair {
        PersonComparator.compare(extractor.features(of: record), roster.features[employeeIndex])
    }

    /// How an incident location compares with one employee's home, level by level (for diagnostics).
    public func homeAddressComparison(for features: AddressFeatures, employeeIndex: Int) -> ComparedPair {
        HomeAddressComparator.compare(features, roster.features[employeeIndex].address)
    }

    /// The explanation of a person match.
    public func explainPerson(_ record: PersonRecord, employeeIndex: Int) -> MatchExplanation {
        var extractor = makeExtractor()
        return explainPerson(features: extractor.features(of: record), employeeIndex: employeeIndex)
    }

    /// The explanation of a person match from the record's features (as the linker computed them).
    public func explainPerson(features: PersonFeatures, employeeIndex: Int) -> MatchExplanation {
        let employee = roster.features[employeeIndex]
        let pair = PersonComparator.compare(features, employee)
        var explanation = model.person.explain(pair, values: PersonComparator.comparedValues(features, employee))
        // Swapped or crossed names are weighed by the swap comparison alone; say so rather than "missing".
        if let swap = pair.vector[PersonComparison.nameSwap], swap != PersonComparison.SwapLevel.notSwapped.rawValue {
            let names: Set<String> = [
                model.person.comparisons[PersonComparison.forename].name,
                model.person.comparisons[PersonComparison.surname].name,
            ]
            for index in explanation.terms.indices
            where names.contains(explanation.terms[index].comparison) && explanation.terms[index].level == "missing" {
                explanation.terms[index].levelLabel =
                    "not compared on its own (the two names are weighed together below)"
            }
        }
        explanation.sayWhatLevelsMean(features, employee, model: model.person)
        explanation.sayWhatWasSetAside(features, employee, model: model.person)
        return explanation
    }

    /// The explanation of a home-address match.
    public func explainHomeAddress(_ location: IncidentLocation, employeeIndex: Int) -> MatchExplanation? {
        var extractor = makeExtractor()
        return explainHomeAddress(features: extractor.features(of: location), employeeIndex: employeeIndex)
    }

    /// The explanation of a home-address match from the location's features.
    public func explainHomeAddress(features: AddressFeatures, employeeIndex: Int) -> MatchExplanation? {
        guard let homeAddress = model.homeAddress else { return nil }
        let home = roster.features[employeeIndex].address
        var explanation = homeAddress.explain(
            HomeAddressComparator.compare(features, home),
            values: HomeAddressComparator.comparedValues(features, home)
        )
        explanation.sayWhatWasSetAside(location: features, home: home, model: homeAddress)
        return explanation
    }

    private func best(
        kind: MatchKind,
        recordID: String,
        candidates: [Int32],
        threshold: Double,
        floor: Double = -.infinity,
        weight: (_ offset: Int, _ index: Int) -> Double
    ) -> LinkResult? {
        var bestIndex = -1
        var bestWeight = -Double.infinity
        var secondIndex = -1
        var secondWeight = -Double.infinity
        for (offset, candidate) in candidates.enumerated() {
            let index = Int(candidate)
            let score = weight(offset, index)
            if score > bestWeight || (score == bestWeight && index < bestIndex) {
                secondIndex = bestIndex
                secondWeight = bestWeight
                bestIndex = index
                bestWeight = score
            } else if score > secondWeight {
                secondIndex = index
                secondWeight = score
            }
        }
        // Below the floor the result would be dropped: the employee is not looked up for it.
        guard bestIndex >= 0, bestWeight >= floor else { return nil }
        let thresholdWeight = FellegiSunterModel.weight(ofProbability: threshold)
        var result = LinkResult(
            kind: kind,
            recordID: recordID,
            employeeIndex: bestIndex,
            employeeID: roster.employees[bestIndex].employeeID,
            matchWeight: bestWeight,
            candidateCount: candidates.count
        )
        if secondIndex >= 0 {
            result.runnerUp = (secondIndex, secondWeight)
            result.isAmbiguous = secondWeight >= thresholdWeight && bestWeight - secondWeight < Self.ambiguityMargin
        }
        return result
    }
}

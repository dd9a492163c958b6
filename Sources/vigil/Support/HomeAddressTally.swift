import VigilCore

/// What a home-address evaluation keeps of the incident locations it has linked: each candidate's
/// probability and whether the truth names it, how many true homes blocking reached, the error patterns
/// at the threshold and which locations the truth names. Never the locations themselves, so
/// `vigil evaluate --locations` reads them batch by batch, as `vigil link` does, in memory that follows
/// the roster and the candidates, not the extract.
///
/// Every candidate of a location is a prediction, as more than one employee can live at one address.
/// Tallies of consecutive batches merged in file order give what one tally of every location would.
///
/// ```swift
/// var tally = HomeAddressTally()
/// tally.add(batch.records, context: context, extractor: &extractor)
/// whole.merge(tally)
/// ```
struct HomeAddressTally: Sendable {
    /// What every batch is linked and judged with.
    struct Context: Sendable {
        let linker: RecordLinker
        /// The true employees of each incident id.
        let truth: [String: [String]]
        /// Each employee id's position in the roster.
        let positions: [String: Int]
        /// The threshold the error patterns are judged at.
        let cut: Double
        /// Whether to tally the comparison patterns of the errors (`--errors`).
        let listsErrors: Bool

        init(linker: RecordLinker, truth: [String: [String]], cut: Double, listsErrors: Bool) {
            self.linker = linker
            self.truth = truth
            self.cut = cut
            self.listsErrors = listsErrors
            positions = Dictionary(
                linker.roster.employees.enumerated().map { ($1.employeeID, $0) },
                uniquingKeysWith: { first, _ in first }
            )
        }
    }

    /// Each candidate of each location, in file order.
    var predictions: [LinkageEvaluation.Prediction] = []
    /// True homes among the candidates blocking found.
    var reached = 0
    var patterns = ErrorPatternTally()
    /// The locations the truth file names, for its coverage warning.
    var truthIDsRead: [String] = []

    /// Links each location to its candidate homes and counts what the truth says of them.
    mutating func add(_ locations: [IncidentLocation], context: Context, extractor: inout PersonFeatureExtractor) {
        var candidates: [Int32] = []
        for location in locations {
            let trueEmployees = context.truth[location.incidentID] ?? []
            if !trueEmployees.isEmpty { truthIDsRead.append(location.incidentID) }
            let features = extractor.features(of: location)
            let results = context.linker.homeAddressMatches(
                for: features,
                incidentID: location.incidentID,
                candidates: &candidates
            )
            reached += results.filter { trueEmployees.contains($0.employeeID) }.count
            for result in results {
                predictions.append(
                    .init(probability: result.matchProbability, isCorrect: trueEmployees.contains(result.employeeID))
                )
            }
            if context.listsErrors {
                tallyErrors(of: (location.incidentID, features), results: results, trueEmployees, context)
            }
        }
    }

    /// Adds the tally of the locations that follow this one's in the file.
    mutating func merge(_ later: HomeAddressTally) {
        predictions += later.predictions
        reached += later.reached
        patterns.merge(later.patterns)
        truthIDsRead += later.truthIDsRead
    }

    /// Counts a location's errors at the threshold: each employee matched there who does not live there,
    /// and each who does but is not matched, with why.
    private mutating func tallyErrors(
        of location: (id: String, features: AddressFeatures),
        results: [LinkResult],
        _ trueEmployees: [String],
        _ context: Context
    ) {
        let linker = context.linker
        for result in results
        where result.matchProbability >= context.cut && !trueEmployees.contains(result.employeeID) {
            let pair = linker.homeAddressComparison(for: location.features, employeeIndex: result.employeeIndex)
            patterns.addFalsePositive(pair.vector, recordID: location.id)
        }
        for employee in trueEmployees {
            let found = results.first { $0.employeeID == employee }
            if let found, found.matchProbability >= context.cut { continue }
            guard let position = context.positions[employee] else {
                patterns.addMissed(nil, reason: .employeeNotOnRoster, recordID: location.id)
                continue
            }
            let pair = linker.homeAddressComparison(for: location.features, employeeIndex: position)
            patterns.addMissed(
                pair.vector,
                reason: found == nil ? .notReachedByBlocking : .belowThreshold,
                recordID: location.id
            )
        }
    }
}

import VigilCore

extension EvaluateCommand {
    /// Evaluates home-address matches: every candidate of every incident location is a prediction, as
    /// more than one employee can live at one address. With `--errors`, also the commonest comparison
    /// patterns among the false positives and the missed homes at the threshold.
    func evaluateAddresses(
        linker: RecordLinker,
        truth: TruthFile,
        locations: [IncidentLocation]
    ) -> LinkageEvaluation {
        var extractor = linker.makeExtractor()
        var candidates: [Int32] = []
        var predictions: [LinkageEvaluation.Prediction] = []
        var reached = 0
        var patterns = ErrorPatternTally()
        let cut = threshold ?? linker.model.homeAddress?.threshold ?? 0.9
        let positions = Dictionary(
            linker.roster.employees.enumerated().map { ($1.employeeID, $0) },
            uniquingKeysWith: { first, _ in first }
        )
        var truthIDsRead = Set<String>()
        for location in locations {
            let trueEmployees = truth.pairs[location.incidentID] ?? []
            if !trueEmployees.isEmpty { truthIDsRead.insert(location.incidentID) }
            let features = extractor.features(of: location)
            let results = linker.homeAddressMatches(
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
            if errors != nil {
                Self.tallyErrors(
                    of: (location.incidentID, features),
                    results: results,
                    trueEmployees: trueEmployees,
                    cut: cut,
                    context: (linker, positions),
                    into: &patterns
                )
            }
        }
        let warning = truth.coverageWarning(
            path: addressTruth ?? "",
            idsRead: truthIDsRead,
            roster: Set(positions.keys),
            what: "incident locations"
        )
        if let warning { Diagnostics.note(warning) }
        var evaluation = LinkageEvaluation(
            kind: .homeAddress,
            predictions: predictions,
            truePairs: truth.count,
            reachedByBlocking: reached,
            threshold: cut
        )
        if let errors, let model = linker.model.homeAddress {
            let rows = patterns.rows(model: model, limit: errors)
            evaluation.errorPatterns = .init(falsePositives: rows.falsePositives, missed: rows.missed)
        }
        return evaluation
    }

    /// Counts a location's errors at the threshold: each employee matched there who does not live there,
    /// and each who does but is not matched, with why.
    private static func tallyErrors(
        of location: (id: String, features: AddressFeatures),
        results: [LinkResult],
        trueEmployees: [String],
        cut: Double,
        context: (linker: RecordLinker, positions: [String: Int]),
        into patterns: inout ErrorPatternTally
    ) {
        let linker = context.linker
        for result in results where result.matchProbability >= cut && !trueEmployees.contains(result.employeeID) {
            let pair = linker.homeAddressComparison(for: location.features, employeeIndex: result.employeeIndex)
            patterns.addFalsePositive(pair.vector, recordID: location.id)
        }
        for employee in trueEmployees {
            let found = results.first { $0.employeeID == employee }
            if let found, found.matchProbability >= cut { continue }
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

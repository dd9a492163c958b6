import VigilCore
import VigilIngest

extension EvaluateCommand {
    /// Evaluates home-address matches: every candidate of every incident location is a prediction, as
    /// more than one employee can live at one address. With `--errors`, also the commonest comparison
    /// patterns among the false positives and the missed homes at the threshold.
    ///
    /// The locations stream in batches linked on every core, and only what the figures need is kept of
    /// them (``HomeAddressTally``), so memory follows the roster and the candidates, not the extract; the
    /// batches are taken in file order, so the report is what one pass over every location gives.
    func evaluateAddresses(
        linker: RecordLinker,
        truth: TruthFile,
        path: String,
        loading: inout ExtractLoading
    ) async throws -> LinkageEvaluation {
        var reader = try ExtractReader<IncidentLocation>(path: path, mapping: sources.locationsMappingValue())
        let pool = ExtractorPool(make: linker.makeExtractor)
        let cut = threshold ?? linker.model.homeAddress?.threshold ?? 0.9
        let context = HomeAddressTally.Context(
            linker: linker,
            truth: truth.pairs,
            cut: cut,
            listsErrors: errors != nil
        )
        let stream = BatchStream<IncidentLocation, HomeAddressTally> { batch in
            pool.withExtractor { extractor in
                var tally = HomeAddressTally()
                tally.add(batch.records, context: context, extractor: &extractor)
                return tally
            }
        }
        var tally = HomeAddressTally()
        var rows = 0
        try await stream.run(
            reader: &reader,
            rejected: { try loading.rejects.append($0) },
            consume: { batch, count, fraction in
                tally.merge(batch)
                rows += count
                loading.progress.update(rows: rows, fraction: fraction)
            }
        )
        loading.finish(reader.summary)
        let warning = truth.coverageWarning(
            path: addressTruth ?? "",
            idsRead: Set(tally.truthIDsRead),
            roster: Set(context.positions.keys),
            what: "incident locations"
        )
        if let warning { Diagnostics.note(warning) }
        var evaluation = LinkageEvaluation(
            kind: .homeAddress,
            predictions: tally.predictions,
            truePairs: truth.count,
            reachedByBlocking: tally.reached,
            threshold: cut
        )
        if let errors, let model = linker.model.homeAddress {
            let rows = tally.patterns.rows(model: model, limit: errors)
            evaluation.errorPatterns = .init(falsePositives: rows.falsePositives, missed: rows.missed)
        }
        return evaluation
    }
}

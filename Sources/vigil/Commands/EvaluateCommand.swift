import ArgumentParser
import Foundation
import VigilCore
import VigilIngest

/// `vigil evaluate`: accuracy against a truth file — precision, recall, F1, precision at recall 0.95 and
/// blocking recall.
struct EvaluateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "evaluate",
        abstract: "Measure linkage accuracy against ground truth.",
        discussion: """
            Links every record (keeping each record's best candidate whatever its score) and reports \
            precision, recall and F1 at the threshold and at the best threshold, precision at recall \
            0.95, and blocking recall (true pairs that blocking reaches).
            """
    )

    @Option(name: .long, help: "The model file from 'vigil train'.")
    var model: String

    @OptionGroup var roster: RosterOptions
    @OptionGroup var sources: SourceOptions

    @Option(name: .long, help: "True person pairs: record_id, employee_id.")
    var truth: String?

    @Option(name: .long, help: "True home-address pairs: incident_id, employee_id.")
    var addressTruth: String?

    @Option(name: .long, help: "Probability threshold for the 'at threshold' figures (default: the model's).")
    var threshold: Double?

    @Flag(name: .long, help: "Print the report as JSON.")
    var json = false

    @Flag(name: .long, help: "Also report each person level's m beside its share among the true pairs (needs --truth).")
    var checkM = false

    func validate() throws {
        guard truth != nil || addressTruth != nil else { throw ValidationError("give --truth and/or --address-truth") }
        if truth != nil, sources.records == nil { throw ValidationError("--truth needs --records") }
        if checkM, truth == nil {
            throw ValidationError("--check-m needs --truth: it counts levels on true person pairs")
        }
        if addressTruth != nil, sources.locations == nil { throw ValidationError("--address-truth needs --locations") }
        if let threshold, !(0..<1).contains(threshold) {
            throw ValidationError("thresholds are probabilities between 0 and 1")
        }
    }

    func run() async throws {
        var loading = ExtractLoading(rejectsPath: sources.rejects, progress: ProgressReporter(label: "evaluating"))
        var reports: [LinkageEvaluation] = []
        do {
            let trained = try ModelFile.read(model)
            let employees = try loading.roster(path: roster.roster, mapping: roster.mapping())
            let linker = RecordLinker(model: trained, roster: IndexedRoster(employees: employees, model: trained))
            if let truth, let records = sources.records {
                reports.append(
                    try await evaluatePeople(
                        linker: linker,
                        truth: TruthFile(path: truth),
                        path: records,
                        loading: &loading
                    )
                )
            }
            if let addressTruth, let locations = sources.locations {
                let loaded = try loading.locations(path: locations, mapping: sources.locationsMappingValue())
                reports.append(
                    evaluateAddresses(linker: linker, truth: try TruthFile(path: addressTruth), locations: loaded)
                )
            }
        } catch let error as IngestError {
            Diagnostics.note(error.description)
            throw ExitStatus.failure
        } catch let error as ModelFile.Problem {
            Diagnostics.note(error.description)
            throw ExitStatus.failure
        }
        try EvaluationPrinter(json: json).print(reports)
        loading.reportRejects()
    }

    private func evaluatePeople(
        linker: RecordLinker,
        truth: TruthFile,
        path: String,
        loading: inout ExtractLoading
    )
        async throws -> LinkageEvaluation
    {
        var reader = try ExtractLoading.recordReader(path: path, mapping: sources.recordsMappingValue())
        let pool = ExtractorPool(make: linker.makeExtractor)
        let employees = linker.roster.employees
        let positions = Dictionary(employees.enumerated().map { ($1.employeeID, $0) }, uniquingKeysWith: { a, _ in a })
        let checkM = self.checkM
        let stream = BatchStream<PersonRecord, ([LinkageEvaluation.Prediction], Int, TruePairLevelTally)> { records in
            pool.withExtractor { extractor in
                var candidates: [Int32] = []
                var predictions: [LinkageEvaluation.Prediction] = []
                var reached = 0
                var tally = TruePairLevelTally(model: linker.model.person)
                for record in records {
                    let best = linker.bestPersonMatch(for: record, extractor: &extractor, candidates: &candidates)
                    let trueEmployees = truth.pairs[record.recordID] ?? []
                    if checkM {
                        for employee in trueEmployees {
                            guard let position = positions[employee] else { continue }
                            tally.add(
                                linker.personComparison(for: record, employeeIndex: position, extractor: &extractor)
                                    .vector
                            )
                        }
                    }
                    for employee in trueEmployees
                    where candidates.contains(where: { employees[Int($0)].employeeID == employee }) {
                        reached += 1
                    }
                    if let best {
                        predictions.append(
                            .init(
                                probability: best.matchProbability,
                                isCorrect: trueEmployees.contains(best.employeeID)
                            )
                        )
                    }
                }
                return (predictions, reached, tally)
            }
        }
        var predictions: [LinkageEvaluation.Prediction] = []
        var reached = 0
        var tally = TruePairLevelTally(model: linker.model.person)
        var rows = 0
        try await stream.run(
            reader: &reader,
            rejected: { try loading.rejects.append($0) },
            consume: { batch, count in
                predictions += batch.0
                reached += batch.1
                tally.merge(batch.2)
                rows += count
                loading.progress.update(rows: rows)
            }
        )
        loading.finish(reader.summary)
        var evaluation = LinkageEvaluation(
            kind: .person,
            predictions: predictions,
            truePairs: truth.count,
            reachedByBlocking: reached,
            threshold: threshold ?? linker.model.person.threshold
        )
        // Part of the report on standard output (and in the JSON), not a note on standard error.
        if checkM { evaluation.trueLevelShares = tally.rows(model: linker.model.person) }
        return evaluation
    }

    private func evaluateAddresses(
        linker: RecordLinker,
        truth: TruthFile,
        locations: [IncidentLocation]
    )
        -> LinkageEvaluation
    {
        let extractor = linker.makeExtractor()
        var candidates: [Int32] = []
        var predictions: [LinkageEvaluation.Prediction] = []
        var reached = 0
        for location in locations {
            let trueEmployees = truth.pairs[location.incidentID] ?? []
            let results = linker.homeAddressMatches(for: location, extractor: extractor, candidates: &candidates)
            reached += results.filter { trueEmployees.contains($0.employeeID) }.count
            for result in results {
                predictions.append(
                    .init(probability: result.matchProbability, isCorrect: trueEmployees.contains(result.employeeID))
                )
            }
        }
        return LinkageEvaluation(
            kind: .homeAddress,
            predictions: predictions,
            truePairs: truth.count,
            reachedByBlocking: reached,
            threshold: threshold ?? linker.model.homeAddress?.threshold ?? 0.9
        )
    }
}

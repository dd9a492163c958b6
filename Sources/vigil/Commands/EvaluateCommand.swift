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
            0.95, blocking recall (true pairs that blocking reaches), and precision and recall at six \
            thresholds from 0.5 to 0.999. With --errors N, also the N commonest comparison patterns \
            among the false positives and the missed matches at the threshold, for person matches and \
            home addresses.
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

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Also list the N commonest comparison patterns among the false positives and the missed matches at the threshold, with an example record each (for --truth and --address-truth).",
            valueName: "N"
        )
    )
    var errors: Int?

    func validate() throws {
        guard truth != nil || addressTruth != nil else { throw ValidationError("give --truth and/or --address-truth") }
        if truth != nil, sources.records == nil { throw ValidationError("--truth needs --records") }
        if checkM, truth == nil {
            throw ValidationError("--check-m needs --truth: it counts levels on true person pairs")
        }
        // Errors are judged against whichever truth is given (at least one is, above).
        if let errors, errors <= 0 { throw ValidationError("--errors needs a positive number of patterns") }
        if addressTruth != nil, sources.locations == nil { throw ValidationError("--address-truth needs --locations") }
        if let threshold, !(0..<1).contains(threshold) {
            throw ValidationError("thresholds are probabilities between 0 and 1")
        }
        try OutputCollision(
            outputs: [("--rejects", sources.rejects)],
            inputs: [("--model", model), ("--truth", truth), ("--address-truth", addressTruth)]
                + roster.namedInputs + sources.namedInputs
        ).check()
    }

    func run() async throws {
        var loading = ExtractLoading(
            rejectsPath: sources.rejects,
            inputs: [truth, addressTruth] + (roster.namedInputs + sources.namedInputs).map(\.path),
            progress: ProgressReporter(label: "evaluating")
        )
        var reports: [LinkageEvaluation] = []
        do {
            let trained = try ModelFile.read(model)
            // The truth files first: one that lists no pairs is refused before the extracts are read.
            let personTruth = try truth.map { try TruthFile(path: $0) }
            let homeTruth = try addressTruth.map { try TruthFile(path: $0) }
            let employees = try loading.roster(path: roster.roster, mapping: roster.mapping())
            let linker = RecordLinker(model: trained, roster: IndexedRoster(employees: employees, model: trained))
            if let personTruth, let records = sources.records {
                reports.append(
                    try await evaluatePeople(
                        linker: linker,
                        truth: personTruth,
                        path: records,
                        loading: &loading
                    )
                )
            }
            if let homeTruth, let locations = sources.locations {
                reports.append(
                    try await evaluateAddresses(
                        linker: linker,
                        truth: homeTruth,
                        path: locations,
                        loading: &loading
                    )
                )
            }
        } catch let error as IngestError {
            Diagnostics.note(loading.describe(error))
            throw ExitStatus.failure
        } catch let error as ModelFile.Problem {
            Diagnostics.note(error.description)
            throw ExitStatus.failure
        }
        try EvaluationPrinter(json: json).print(reports)
        try loading.reportRejects()
        if loading.hadRejects { throw ExitStatus.completedWithRejects }
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
        let listsErrors = errors != nil
        let cut = threshold ?? linker.model.person.threshold
        let stream = BatchStream<PersonRecord, PersonBatchOutcome> { batch in
            pool.withExtractor { extractor in
                var candidates: [Int32] = []
                var predictions: [LinkageEvaluation.Prediction] = []
                var reached = 0
                var tally = TruePairLevelTally(model: linker.model.person)
                var patterns = ErrorPatternTally()
                var truthIDsRead: [String] = []
                for record in batch.records {
                    let best = linker.bestPersonMatch(for: record, extractor: &extractor, candidates: &candidates)
                    let trueEmployees = truth.pairs[record.recordID] ?? []
                    if !trueEmployees.isEmpty { truthIDsRead.append(record.recordID) }
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
                    if listsErrors {
                        Self.tallyErrors(
                            of: record,
                            best: best,
                            trueEmployees: trueEmployees,
                            cut: cut,
                            context: (linker, positions, candidates),
                            extractor: &extractor,
                            into: &patterns
                        )
                    }
                }
                return PersonBatchOutcome(
                    predictions: predictions,
                    reached: reached,
                    tally: tally,
                    patterns: patterns,
                    truthIDsRead: truthIDsRead
                )
            }
        }
        var predictions: [LinkageEvaluation.Prediction] = []
        var reached = 0
        var tally = TruePairLevelTally(model: linker.model.person)
        var patterns = ErrorPatternTally()
        var truthIDsRead = Set<String>()
        var rows = 0
        try await stream.run(
            reader: &reader,
            rejected: { try loading.rejects.append($0) },
            consume: { batch, count, fraction in
                predictions += batch.predictions
                reached += batch.reached
                tally.merge(batch.tally)
                patterns.merge(batch.patterns)
                truthIDsRead.formUnion(batch.truthIDsRead)
                rows += count
                loading.progress.update(rows: rows, fraction: fraction)
            }
        )
        loading.finish(reader.summary)
        let warning = truth.coverageWarning(
            path: self.truth ?? "",
            idsRead: truthIDsRead,
            roster: Set(positions.keys),
            what: "records"
        )
        if let warning { Diagnostics.note(warning) }
        var evaluation = LinkageEvaluation(
            kind: .person,
            predictions: predictions,
            truePairs: truth.count,
            reachedByBlocking: reached,
            threshold: threshold ?? linker.model.person.threshold
        )
        // Part of the report on standard output (and in the JSON), not a note on standard error.
        if checkM { evaluation.trueLevelShares = tally.rows(model: linker.model.person) }
        if let errors {
            let rows = patterns.rows(model: linker.model.person, limit: errors)
            evaluation.errorPatterns = .init(falsePositives: rows.falsePositives, missed: rows.missed)
        }
        return evaluation
    }

    /// What one batch of records gives the person evaluation.
    private struct PersonBatchOutcome: Sendable {
        var predictions: [LinkageEvaluation.Prediction]
        var reached: Int
        var tally: TruePairLevelTally
        var patterns: ErrorPatternTally
        /// The records in the batch that the truth file names.
        var truthIDsRead: [String]
    }

    /// Counts a record's errors at the threshold: its best employee when that is a false positive, and
    /// each true employee it is not matched to, with why.
    private static func tallyErrors(
        of record: PersonRecord,
        best: LinkResult?,
        trueEmployees: [String],
        cut: Double,
        context: (linker: RecordLinker, positions: [String: Int], candidates: [Int32]),
        extractor: inout PersonFeatureExtractor,
        into patterns: inout ErrorPatternTally
    ) {
        let linker = context.linker
        if let best, best.matchProbability >= cut, !trueEmployees.contains(best.employeeID) {
            let pair = linker.personComparison(for: record, employeeIndex: best.employeeIndex, extractor: &extractor)
            patterns.addFalsePositive(pair.vector, recordID: record.recordID)
        }
        for employee in trueEmployees {
            if let best, best.employeeID == employee, best.matchProbability >= cut { continue }
            guard let position = context.positions[employee] else {
                patterns.addMissed(nil, reason: .employeeNotOnRoster, recordID: record.recordID)
                continue
            }
            let pair = linker.personComparison(for: record, employeeIndex: position, extractor: &extractor)
            let reason: ErrorPatternTally.MissReason
            if !context.candidates.contains(Int32(position)) {
                reason = .notReachedByBlocking
            } else if let best, best.employeeID != employee {
                reason = .anotherEmployeeScoredHigher
            } else {
                reason = .belowThreshold
            }
            patterns.addMissed(pair.vector, reason: reason, recordID: record.recordID)
        }
    }
}

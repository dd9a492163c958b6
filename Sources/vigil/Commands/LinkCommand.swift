import ArgumentParser
import Foundation
import VigilCore
import VigilIngest

/// `vigil link`: streams person records (and incident locations) against the roster and writes matches.
struct LinkCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "link",
        abstract: "Link person records and incident locations to the roster; write matches as CSV.",
        discussion: """
            Reads person records from --records (or standard input) in one streaming pass using both \
            cores and writes one row per match above the threshold to --out (or standard output), each \
            with its explanation as JSON. A record links to at most its best employee; near-ties are \
            flagged ambiguous. An incident location links to every employee whose home it is.
            """
    )

    @Option(name: .long, help: "The model file from 'vigil train'.")
    var model: String

    @OptionGroup var roster: RosterOptions
    @OptionGroup var sources: SourceOptions

    @Option(name: .long, help: "Where to write matches (default: standard output).")
    var out: String?

    @Option(name: .long, help: "Person-match probability threshold (default: the model's).")
    var threshold: Double?

    @Option(name: .long, help: "Home-address probability threshold (default: the model's).")
    var addressThreshold: Double?

    func validate() throws {
        for value in [threshold, addressThreshold].compactMap({ $0 }) where !(0..<1).contains(value) {
            throw ValidationError("thresholds are probabilities between 0 and 1")
        }
        try OutputCollision(
            outputs: [("--out", out), ("--rejects", sources.rejects)],
            inputs: [("--model", model)] + roster.namedInputs + sources.namedInputs
        ).check()
    }

    func run() async throws {
        var loading = ExtractLoading(
            rejectsPath: sources.rejects,
            inputs: (roster.namedInputs + sources.namedInputs).map(\.path),
            progress: ProgressReporter(label: "linking")
        )
        do {
            // The roster is read on another core while the model is read here; a model that cannot be
            // read is still the first thing reported, and the roster's notes come only after it.
            let rosterPath = roster.roster
            let rosterMappingPath = roster.rosterMapping
            async let rosterRead = ExtractLoading.rosterAside(
                path: rosterPath,
                mapping: RosterOptions.mapping(at: rosterMappingPath)
            )
            var trained = try ModelFile.read(model)
            if let threshold { trained.person.threshold = threshold }
            if let addressThreshold { trained.homeAddress?.threshold = addressThreshold }
            let employees = try await loading.adoptRoster(rosterRead, path: rosterPath)
            let linker = RecordLinker(model: trained, roster: IndexedRoster(employees: employees, model: trained))
            let pool = ExtractorPool(make: linker.makeExtractor)
            // Incident locations are read and linked batch by batch on another core while the person
            // records are linked, so only their matches are held; they are only read when the model can
            // link them (otherwise the command says why it cannot).
            let locationsMapping = try sources.locationsMappingValue()
            let locationsPath = trained.homeAddress == nil ? nil : sources.locations
            async let locationsRead = locationsPath.map {
                try Self.linkLocationsAside(path: $0, mapping: locationsMapping, linker: linker, pool: pool)
            }
            var output = try OutputStream(path: out)
            try output.write(MatchTable.headerLine)
            var matches = 0
            if sources.records != nil || sources.locations == nil {
                matches += try await linkRecords(linker: linker, pool: pool, loading: &loading, output: &output)
            }
            if sources.locations != nil {
                guard let read = try await locationsRead else {
                    throw ModelFile.Problem(
                        description:
                            "\(model): has no home-address model; train with --locations to link incident locations"
                    )
                }
                try loading.adopt(read)
                try output.write(bytes: read.lines)
                matches += read.matches
            }
            try output.finish()
            Diagnostics.note("\(matches.counted("match", plural: "matches")) (model \(trained.version))")
        } catch let error as IngestError {
            Diagnostics.note(loading.describe(error))
            throw ExitStatus.failure
        } catch let error as ModelFile.Problem {
            Diagnostics.note(error.description)
            throw ExitStatus.failure
        } catch let error as OutputFile.Problem {
            Diagnostics.note(error.description)
            throw ExitStatus.failure
        }
        try loading.reportRejects()
        if loading.hadRejects { throw ExitStatus.completedWithRejects }
    }

    private func linkRecords(
        linker: RecordLinker,
        pool: ExtractorPool,
        loading: inout ExtractLoading,
        output: inout OutputStream
    )
        async throws -> Int
    {
        // Rows, not records: the fields are read where they lie in the batch, and a record id becomes text
        // only for a match.
        var reader = try ExtractLoading.rowReader(
            path: sources.records ?? "-",
            mapping: sources.recordsMappingValue()
        )
        let fields = reader.fields
        let thresholdWeight = FellegiSunterModel.weight(ofProbability: linker.model.person.threshold)
        let scoringFloor = linker.scoringFloor(threshold: linker.model.person.threshold)
        let stream = BatchStream<PersonRow, ([UInt8], Int, Int)> { batch in
            guard let rows = batch.rows else { preconditionFailure("a row reader's batches keep their rows") }
            return pool.withExtractor { extractor in
                var candidates: [Int32] = []
                var lines: [UInt8] = []
                var scratch: [UInt8] = []
                var count = 0
                var pairs = 0
                for record in batch.records {
                    let features = fields.features(of: record, in: rows, using: &extractor)
                    let best = linker.bestPersonMatch(
                        features: features,
                        recordID: "",
                        candidates: &candidates,
                        scoringFloor: scoringFloor
                    )
                    pairs += candidates.count
                    guard var result = best, result.matchWeight >= thresholdWeight else { continue }
                    result.recordID = fields.recordID(of: record, in: rows)
                    let explanation = linker.explainPerson(features: features, employeeIndex: result.employeeIndex)
                    let runnerUp = result.runnerUp.map { linker.roster.employees[$0.index].employeeID } ?? ""
                    MatchTable.append(
                        result,
                        runnerUpID: runnerUp,
                        explanation: explanation,
                        modelVersion: linker.model.version,
                        to: &lines,
                        scratch: &scratch
                    )
                    count += 1
                }
                return (lines, count, pairs)
            }
        }
        var matches = 0
        var rows = 0
        var pairs = 0
        try await stream.run(
            reader: &reader,
            rejected: { try loading.rejects.append($0) },
            consume: { batch, records, fraction in
                try output.write(bytes: batch.0)
                matches += batch.1
                pairs += batch.2
                rows += records
                loading.progress.update(rows: rows, fraction: fraction)
            }
        )
        loading.finish(reader.summary)
        Diagnostics.note(
            "\(rows.counted("record")), \(pairs.counted("candidate pair")) scored (\(String(format: "%.1f", Double(pairs) / Double(max(rows, 1)))) per record)"
        )
        return matches
    }
}

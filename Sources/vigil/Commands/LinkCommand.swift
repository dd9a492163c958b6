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
    }

    func run() async throws {
        var loading = ExtractLoading(rejectsPath: sources.rejects, progress: ProgressReporter(label: "linking"))
        do {
            var trained = try ModelFile.read(model)
            if let threshold { trained.person.threshold = threshold }
            if let addressThreshold { trained.homeAddress?.threshold = addressThreshold }
            let employees = try loading.roster(path: roster.roster, mapping: roster.mapping())
            let linker = RecordLinker(model: trained, roster: IndexedRoster(employees: employees, model: trained))
            var output = try OutputStream(path: out)
            try output.write(MatchTable.headerLine)
            var matches = 0
            if sources.records != nil || sources.locations == nil {
                matches += try await linkRecords(linker: linker, loading: &loading, output: &output)
            }
            if let locations = sources.locations {
                matches += try linkLocations(linker: linker, path: locations, loading: &loading, output: &output)
            }
            try output.finish()
            Diagnostics.note("\(matches) matches (model \(trained.version))")
        } catch let error as IngestError {
            Diagnostics.note(error.description)
            throw ExitStatus.failure
        } catch let error as ModelFile.Problem {
            Diagnostics.note(error.description)
            throw ExitStatus.failure
        }
        loading.reportRejects()
        if loading.hadRejects { throw ExitStatus.completedWithRejects }
    }

    private func linkRecords(
        linker: RecordLinker,
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
        let pool = ExtractorPool(make: linker.makeExtractor)
        let thresholdWeight = FellegiSunterModel.weight(ofProbability: linker.model.person.threshold)
        let scoringFloor = linker.scoringFloor(threshold: linker.model.person.threshold)
        let stream = BatchStream<PersonRow, (String, Int, Int)> { batch in
            guard let rows = batch.rows else { preconditionFailure("a row reader's batches keep their rows") }
            return pool.withExtractor { extractor in
                var candidates: [Int32] = []
                var text = ""
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
                    text += MatchTable.line(
                        result,
                        runnerUpID: runnerUp,
                        explanation: explanation,
                        modelVersion: linker.model.version
                    )
                    count += 1
                }
                return (text, count, pairs)
            }
        }
        var matches = 0
        var rows = 0
        var pairs = 0
        try await stream.run(
            reader: &reader,
            rejected: { try loading.rejects.append($0) },
            consume: { batch, records in
                try output.write(batch.0)
                matches += batch.1
                pairs += batch.2
                rows += records
                loading.progress.update(rows: rows)
            }
        )
        loading.finish(reader.summary)
        Diagnostics.note(
            "\(rows) records, \(pairs) candidate pairs scored (\(String(format: "%.1f", Double(pairs) / Double(max(rows, 1)))) per record)"
        )
        return matches
    }

    private func linkLocations(
        linker: RecordLinker,
        path: String,
        loading: inout ExtractLoading,
        output: inout OutputStream
    ) throws -> Int {
        guard let addressModel = linker.model.homeAddress else {
            throw ModelFile.Problem(
                description: "\(model): has no home-address model; train with --locations to link incident locations"
            )
        }
        let thresholdWeight = FellegiSunterModel.weight(ofProbability: addressModel.threshold)
        let locations = try loading.locations(path: path, mapping: sources.locationsMappingValue())
        var extractor = linker.makeExtractor()
        var candidates: [Int32] = []
        var matches = 0
        for location in locations {
            for result in linker.homeAddressMatches(for: location, extractor: &extractor, candidates: &candidates)
            where result.matchWeight >= thresholdWeight {
                guard let explanation = linker.explainHomeAddress(location, employeeIndex: result.employeeIndex)
                else { continue }
                try output.write(
                    MatchTable.line(
                        result,
                        runnerUpID: "",
                        explanation: explanation,
                        modelVersion: linker.model.version
                    )
                )
                matches += 1
            }
        }
        return matches
    }
}

import ArgumentParser
import Foundation
import VigilCore
import VigilIngest

/// `vigil train`: learns a linkage model from a roster and the person records themselves (unsupervised).
struct TrainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a linkage model (no labels needed) and save it as JSON.",
        discussion: """
            Estimates u by random sampling, m by expectation maximisation on agreement-pattern counts (three \
            sessions: same date of birth away from the employee's house, same postcode and house, same date \
            of birth), the prior, and term-frequency tables, from a uniform sample of the person records. \
            Give --locations to train the home-address model too.
            """
    )

    @OptionGroup var roster: RosterOptions
    @OptionGroup var sources: SourceOptions

    @Option(name: .long, help: "Where to write the model (JSON).")
    var out: String

    @Option(
        name: .long,
        help:
            "Train on a uniform random sample of at most this many person records (every row's CSV form is checked; field checks apply to the sampled rows)."
    )
    var sample: Int = 300_000

    @Option(name: .long, help: "Random pairs drawn to estimate u.")
    var randomPairs: Int = 1_000_000

    @Option(name: .long, help: "Seed for sampling, so training is repeatable.")
    var seed: UInt64 = 42

    @Option(name: .long, help: "Person-match probability at or above which link reports a match.")
    var threshold: Double = 0.9

    @Option(
        name: .long,
        help:
            "Home-address probability at or above which link reports a match (it is judged among homes that share the number and street, so more likely than not is the default)."
    )
    var addressThreshold: Double = 0.5

    func validate() throws {
        guard sources.records != nil else { throw ValidationError("--records is required for training") }
        guard sample > 0, randomPairs > 0 else { throw ValidationError("--sample and --random-pairs must be positive") }
        guard (0..<1).contains(threshold), (0..<1).contains(addressThreshold) else {
            throw ValidationError("thresholds are probabilities between 0 and 1")
        }
        try OutputCollision(
            outputs: [("--out", out), ("--rejects", sources.rejects)],
            inputs: roster.namedInputs + sources.namedInputs
        ).check()
    }

    func run() async throws {
        var loading = ExtractLoading(
            rejectsPath: sources.rejects,
            inputs: (roster.namedInputs + sources.namedInputs).map(\.path),
            progress: ProgressReporter(label: "reading")
        )
        do {
            let employees = try loading.roster(path: roster.roster, mapping: roster.mapping())
            // Incident locations are read on the other core while this one reads the person records.
            let locationsMapping = try sources.locationsMappingValue()
            async let locationsRead = sources.locations.map {
                try ExtractLoading.locationSampleAside(
                    path: $0,
                    mapping: locationsMapping,
                    roster: employees,
                    seed: seed
                )
            }
            let (sample, seen) = try loading.recordSample(
                path: sources.records ?? "-",
                mapping: sources.recordsMappingValue(),
                limit: self.sample,
                seed: seed
            )
            guard !sample.isEmpty else {
                let why =
                    seen > 0 ? "no valid person records in the sample to train on" : "no person records to train on"
                throw IngestError(.emptyFile, why, file: sources.records ?? "stdin")
            }
            let locations =
                try await locationsRead.map { try loading.adopt($0) } ?? LocationTrainingSample(all: [])
            let trainer = ModelTrainer(
                randomPairs: randomPairs,
                seed: seed,
                personThreshold: threshold,
                homeAddressThreshold: addressThreshold
            )
            let model = trainer.train(
                roster: employees,
                records: sample,
                locations: locations,
                recordsSeen: seen,
                trainedAt: ISO8601DateFormatter().string(from: Date())
            )
            guard model.training.problems.isEmpty else {
                for problem in model.training.problems { Diagnostics.note("cannot train: \(problem)") }
                Diagnostics.note("no model was written")
                throw ExitStatus.failure
            }
            try ModelFile.write(model, to: out)
            Diagnostics.note("model \(model.version) written to \(out)")
            for line in ModelSummary(model: model).lines { Diagnostics.note(line) }
            for session in model.training.sessions where session.pairs < 1_000 || !session.converged {
                Diagnostics.note(
                    "warning: the \(session.kind.rawValue) session blocked on \(session.blockingRule) saw only "
                        + "\(session.pairs.counted("pair"))\(session.converged ? "" : " and did not converge"); its estimates "
                        + "may be unreliable: train on more records"
                )
            }
        } catch let error as IngestError {
            Diagnostics.note(loading.describe(error))
            throw ExitStatus.failure
        } catch let error as ModelFile.Problem {
            Diagnostics.note(error.description)
            throw ExitStatus.failure
        }
        try loading.reportRejects()
        if loading.hadRejects { throw ExitStatus.completedWithRejects }
    }
}

import Foundation

/// One small synthetic world, generated, trained and linked once through the CLI and shared by the suites.
///
/// Generating and training take several seconds in a debug build, so every suite that only reads these
/// files awaits the same instance; suites that need their own files copy what they need into their own
/// temporary directory. The directory is removed when the test process exits.
struct TrainedWorld: Sendable {
    /// The seed of the shared world; the accuracy floors were measured on it and on seeds 1 and 2026.
    static let seed = 7
    /// Arguments that keep training quick in debug builds; u barely moves between 2e5 and 2e6 pairs.
    static let trainingArguments = ["--random-pairs", "200000", "--seed", "42"]

    let directory: TemporaryDirectory
    /// The runs that built the world, so tests can check their exit statuses and messages.
    let generateRun: VigilRun
    let trainRun: VigilRun
    let linkRun: VigilRun

    var roster: String { Self.roster(in: directory) }
    var records: String { Self.records(in: directory) }
    var locations: String { Self.locations(in: directory) }
    var personTruth: String { directory.path("world/truth_person.csv") }
    var addressTruth: String { directory.path("world/truth_address.csv") }
    var model: String { directory.path("model.json") }
    var matches: String { directory.path("matches.csv") }

    /// `vigil evaluate` of the shared model and roster against the person records and their truth, run in
    /// the world's directory, with `extra` arguments after them.
    func evaluatePeople(_ extra: String...) async throws -> VigilRun {
        try await directory.vigil(
            arguments: ["evaluate", "--model", model, "--roster", roster, "--records", records, "--truth", personTruth]
                + extra
        )
    }

    /// `vigil evaluate` of the shared model and roster against the incident locations and their home-address
    /// truth, run in the world's directory, with `extra` arguments after them.
    func evaluateHomes(_ extra: String...) async throws -> VigilRun {
        try await directory.vigil(
            arguments: [
                "evaluate", "--model", model, "--roster", roster, "--locations", locations, "--address-truth",
                addressTruth,
            ] + extra
        )
    }

    /// The arguments `train` was given, to repeat training exactly.
    func trainArguments(out: String) -> [String] {
        Self.trainArguments(in: directory, out: out)
    }

    private static func trainArguments(in directory: TemporaryDirectory, out: String) -> [String] {
        [
            "train", "--roster", roster(in: directory), "--records", records(in: directory), "--locations",
            locations(in: directory), "--out", out,
        ] + trainingArguments
    }

    private static func roster(in directory: TemporaryDirectory) -> String { directory.path("world/roster.csv") }
    private static func records(in directory: TemporaryDirectory) -> String {
        directory.path("world/person_records.csv")
    }
    private static func locations(in directory: TemporaryDirectory) -> String {
        directory.path("world/incident_locations.csv")
    }

    /// The shared world, built on first use.
    static func shared() async throws -> TrainedWorld {
        try await building.value
    }

    private static let building = Task { try await build() }

    private static let location: TemporaryDirectory? = {
        let directory = try? TemporaryDirectory(prefix: "vigil-cli-world")
        atexit { TrainedWorld.location?.remove() }
        return directory
    }()

    private static func build() async throws -> TrainedWorld {
        guard let directory = location else { throw Failure(message: "cannot create a temporary directory") }
        let generate = try await directory.vigil(
            "generate",
            "--employees",
            "300",
            "--records",
            "15000",
            "--seed",
            String(seed),
            "--out",
            directory.path("world")
        )
        guard generate.status == 0 else { throw Failure(message: "generate failed: \(generate)") }
        let model = directory.path("model.json")
        let train = try await directory.vigil(arguments: trainArguments(in: directory, out: model))
        guard train.status == 0 else { throw Failure(message: "train failed: \(train)") }
        let link = try await directory.vigil(
            "link",
            "--model",
            model,
            "--roster",
            roster(in: directory),
            "--records",
            records(in: directory),
            "--locations",
            locations(in: directory),
            "--out",
            directory.path("matches.csv")
        )
        guard link.status == 0 else { throw Failure(message: "link failed: \(link)") }
        return TrainedWorld(directory: directory, generateRun: generate, trainRun: train, linkRun: link)
    }

    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { "building the shared world: \(message)" }
    }
}

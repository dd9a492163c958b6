import Foundation
import VigilIngest
import VigilStore
import Yams

extension PipelineConfiguration {
    /// What a command will do with the configuration, and so whether the files it names must exist now.
    public enum Purpose: Sendable {
        /// The daily run (and `vigil config check` before it) reads every file the configuration names:
        /// the model, the roster, each source's files and mappings must all exist.
        case running
        /// `vigil status`, `dq`, `serve` and the account commands need only the store. Extracts arrive
        /// and are archived between runs, so files absent now are not problems for them.
        case readingTheStore
    }

    /// Loads `path` and checks everything in it: keys, values, that each named file or glob exists (for
    /// ``Purpose/running``), and that each mapping file is valid for its source's kind.
    ///
    /// - Throws: ``ConfigurationProblems`` listing every problem found, not only the first.
    public static func load(path: String, for purpose: Purpose = .running) throws -> PipelineConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationProblems(file: path, problems: [.init(message: "cannot read the file (does it exist?)")])
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        let text: String
        do {
            text = try YAMLFileText.decode(Array(data))
        } catch {
            let name = URL(fileURLWithPath: path).lastPathComponent
            throw ConfigurationProblems(file: path, problems: [.init(message: error.message(savingAs: name))])
        }
        return try parse(yaml: text, file: path, folder: folder, for: purpose)
    }

    /// Reads a configuration from YAML text; relative paths are resolved against `folder`.
    public static func parse(
        yaml: String,
        file: String,
        folder: String,
        for purpose: Purpose = .running
    ) throws -> PipelineConfiguration {
        var problems = ConfigurationProblems(file: file)
        let root: Node?
        do {
            root = try Yams.compose(yaml: yaml)
        } catch {
            problems.add("not valid YAML: \(error)")
            throw problems
        }
        guard let top = root?.mapping else {
            problems.add("the file must be a YAML mapping with store, model, roster and sources")
            throw problems
        }
        var reader = ConfigurationReader(folder: folder, problems: problems)
        if let root { reader.duplicateKeys(in: root) }
        let known: Set = [
            "store", "model", "roster", "roster_mapping", "sources", "thresholds", "retention", "rejects",
            "stale_after_hours", "run_limit_hours", "quality_gates",
        ]
        for (key, _) in top where !known.contains(key.string ?? "") {
            reader.problems.add(
                "unknown key (expected one of \(known.sorted().joined(separator: ", ")))",
                line: key.line,
                key: key.string
            )
        }
        let store = reader.storePath(top["store"], key: "store")
        let model = reader.path(top["model"], key: "model", mustExist: true)
        let roster = reader.path(top["roster"], key: "roster", mustExist: true)
        let rosterMapping = reader.mapping(top["roster_mapping"], key: "roster_mapping", kind: .roster)
        let sources = reader.sources(top["sources"])
        let thresholds = reader.section(top["thresholds"], key: "thresholds", known: ["person", "home_address"])
        let person = reader.probability(thresholds?["person"], key: "thresholds.person")
        let address = reader.probability(thresholds?["home_address"], key: "thresholds.home_address")
        let retention = reader.positiveInteger(
            reader.section(top["retention"], key: "retention", known: ["leavers_days"])?["leavers_days"],
            key: "retention.leavers_days"
        )
        let stale = reader.positiveInteger(top["stale_after_hours"], key: "stale_after_hours")
        let runLimit = reader.positiveInteger(top["run_limit_hours"], key: "run_limit_hours")
        let gates = reader.qualityGates(top["quality_gates"], file: file)
        let rejects = top["rejects"].map { reader.path($0, key: "rejects", mustExist: false) } ?? "rejects"
        var counted = purpose == .running ? reader.problems : reader.problems.mistakes
        counted.problems = counted.problems.enumerated()
            .sorted { ($0.element.line ?? .max, $0.offset) < ($1.element.line ?? .max, $1.offset) }
            .map(\.element)
        if !counted.problems.isEmpty { throw counted }
        return PipelineConfiguration(
            store: store,
            model: model,
            roster: roster,
            rosterMapping: rosterMapping,
            sources: sources,
            personThreshold: person,
            homeAddressThreshold: address,
            leaverRetentionDays: retention ?? 365,
            rejectsFolder: rejects == "rejects" ? reader.resolve("rejects") : rejects,
            staleAfterHours: stale ?? 26,
            runLimitHours: runLimit ?? StoreHealth.defaultRunLimitHours,
            qualityGates: gates
        )
    }
}

extension Node {
    /// The 1-based line this node starts on.
    var line: Int? { mark.map { $0.line } }
}

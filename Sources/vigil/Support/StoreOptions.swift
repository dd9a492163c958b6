import ArgumentParser
import Foundation
import VigilPipeline
import VigilStore

/// `--store PATH` or `--config FILE`: the SQLite store the command works on, and who the audit trail
/// says is acting.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: "The Vigil store (an SQLite file); by default the one --config names.")
    var store: String?

    @Option(name: .long, help: "The configuration file naming the store, when --store is not given.")
    var config: String = "vigil.yaml"

    /// The store's path: `--store`, or the configuration's `store`.
    func path() throws -> String {
        if let store { return store }
        do {
            // Only the store is needed: extracts absent between runs are no reason to refuse.
            return try PipelineConfiguration.load(path: config, for: .readingTheStore).store
        } catch let problems as ConfigurationProblems {
            Diagnostics.note("no --store given, and \(config) cannot be used: \(problems.description)")
            throw ExitStatus.failure
        }
    }

    /// Opens the store, or explains why it cannot be opened; `mapsIntoMemory` for the dashboard.
    ///
    /// Only with `creating` is a store made where there is none (`vigil user add` sets up the accounts
    /// before the first run): elsewhere a mistyped path would answer from an empty new store, an empty
    /// user list or an intact audit trail, as if all were well.
    func open(creating: Bool = false, readOnly: Bool = false, mapsIntoMemory: Bool = false) throws -> StoreDatabase {
        let store = try path()
        guard creating || FileManager.default.fileExists(atPath: store) else {
            Diagnostics.note(
                "no store at \(store): check --store or the configuration's 'store' ('vigil run' and 'vigil user add' "
                    + "create one)"
            )
            throw ExitStatus.failure
        }
        do {
            return try StoreDatabase(path: store, readOnly: readOnly, mapsIntoMemory: mapsIntoMemory)
        } catch {
            Diagnostics.note("\(error)")
            throw ExitStatus.failure
        }
    }

    /// The operator as the audit trail records them: `cli:` and the login name.
    static var actor: String {
        let name = ProcessInfo.processInfo.environment["USER"] ?? ProcessInfo.processInfo.userName
        return "cli:" + (name.isEmpty ? "unknown" : name)
    }
}

/// Runs store work and turns the store's refusals into a message and exit status 1.
func reportingStoreErrors<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as StoreError {
        Diagnostics.note(error.description)
        throw ExitStatus.failure
    }
}

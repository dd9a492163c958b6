import Foundation
import VigilIngest
import VigilPipeline

/// The demo's `vigil.yaml`: the last simulated day's configuration, with paths relative to the demo
/// folder, so `vigil status`, `vigil dq` and `vigil run --config demo-output/vigil.yaml` work on it.
struct DemoConfigurationFile: Sendable {
    let configuration: PipelineConfiguration
    let folder: String

    init(_ configuration: PipelineConfiguration, folder: String) {
        self.configuration = configuration
        self.folder = folder
    }

    /// The file's text.
    var text: String {
        var lines = [
            "# Written by vigil demo: the last simulated day's extracts. Synthetic data only.",
            "store: \(relative(configuration.store))",
            "model: \(relative(configuration.model))",
            "roster: \(relative(configuration.roster))",
            "rejects: \(relative(configuration.rejectsFolder))",
            "sources:",
        ]
        for source in configuration.sources {
            lines.append(
                "  - {name: \(source.name), kind: \(source.kind.rawValue), path: \(relative(source.path)), "
                    + "mode: \(source.mode.rawValue)}"
            )
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes `vigil.yaml` into the folder.
    func write() throws {
        try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/vigil.yaml"))
    }

    private func relative(_ path: String) -> String {
        path.hasPrefix(folder + "/") ? String(path.dropFirst(folder.count + 1)) : path
    }
}

import ArgumentParser
import VigilPipeline

/// `--config`: the run configuration file (docs/configuration.md).
struct ConfigOption: ParsableArguments {
    @Option(name: .long, help: "The configuration file (see docs/configuration.md).")
    var config: String = "vigil.yaml"

    /// Loads and checks the file for `purpose`, printing every problem and exiting 1 when there are any.
    func load(for purpose: PipelineConfiguration.Purpose = .running) throws -> PipelineConfiguration {
        do {
            return try PipelineConfiguration.load(path: config, for: purpose)
        } catch let problems as ConfigurationProblems {
            Diagnostics.note(problems.description)
            throw ExitStatus.failure
        }
    }
}

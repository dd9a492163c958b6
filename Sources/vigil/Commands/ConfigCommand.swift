import ArgumentParser
import VigilIngest
import VigilPipeline

/// `vigil config`: work with the configuration file.
struct ConfigCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Check the configuration file.",
        subcommands: [Check.self]
    )

    /// `vigil config check`.
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate the configuration and explain every problem (exit 1 if there are any)."
        )

        @OptionGroup var config: ConfigOption

        func run() async throws {
            let configuration = try config.load()
            print("\(config.config): ok")
            print("  store: \(configuration.store)")
            print("  model: \(configuration.model)")
            print("  roster: \(configuration.roster)")
            for source in configuration.sources {
                print("  source \(source.name): \(source.kind.rawValue), \(source.mode.rawValue), \(source.path)")
            }
        }
    }
}

import ArgumentParser

/// The `vigil` command line: link an HR roster to police-record extracts, explainably.
@main
struct Vigil: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "Link an HR roster to police-record extracts and explain every match.",
        discussion: """
            Exit codes: 0 success; 1 failure (unreadable input, invalid model, ...); 3 completed, but some \
            input rows were rejected (see the rejects file); 4 a run published but a data-quality gate failed; \
            64 the command line was wrong; 75 another run is in progress.
            """,
        subcommands: [
            GenerateCommand.self, TrainCommand.self, LinkCommand.self, ExplainCommand.self, EvaluateCommand.self,
            RunCommand.self, StatusCommand.self, ConfigCommand.self, DataQualityCommand.self,
            ServeCommand.self, UserCommand.self, AccessCommand.self, AuditCommand.self, DemoCommand.self,
        ]
    )

    /// Runs the command line, failing the process if its printed report could not be written out.
    static func main() async {
        StandardOutputCheck.install()
        await main(nil)
    }
}

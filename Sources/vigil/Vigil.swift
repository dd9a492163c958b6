import ArgumentParser

/// The `vigil` command line: link an HR roster to police-record extracts, explainably.
@main
struct Vigil: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vigil",
        abstract: "Link an HR roster to police-record extracts and explain every match.",
        subcommands: []
    )
}

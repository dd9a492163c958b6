import ArgumentParser
import Foundation
import VigilCore
import VigilIngest
import VigilPipeline
import VigilStore

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
            abstract: "Validate the configuration and explain every problem (exit 1 if there are any).",
            discussion: """
                With a store already there, also notes the sources the store holds current records of that \
                the configuration no longer names (renamed or removed): nothing withdraws those records.
                """
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
            print("  thresholds: \(try thresholds(configuration))")
            let days = configuration.leaverRetentionDays
            print("  retention: a leaver's personal data is erased \(days.counted("day")) after they leave")
            print(
                "  stale after: \(configuration.staleAfterHours.counted("hour")); "
                    + "run limit: \(configuration.runLimitHours.counted("hour"))"
            )
            for line in try unnamedSources(configuration) { print(line) }
        }

        /// The thresholds a run links with, each saying whether the configuration or the model sets it.
        private func thresholds(_ configuration: PipelineConfiguration) throws -> String {
            let model: LinkageModel
            do {
                model = try configuration.linkageModel()
            } catch {
                Diagnostics.note("\(config.config): model: \(error)")
                throw ExitStatus.failure
            }
            func origin(_ override: Double?) -> String {
                override == nil ? "the model's" : "from \(config.config)"
            }
            var text = "person \(model.person.threshold) (\(origin(configuration.personThreshold)))"
            if let address = model.homeAddress?.threshold {
                text += ", home address \(address) (\(origin(configuration.homeAddressThreshold)))"
            }
            return text
        }

        /// Notes on sources the store holds current records of that the configuration does not name.
        private func unnamedSources(_ configuration: PipelineConfiguration) throws -> [String] {
            guard FileManager.default.fileExists(atPath: configuration.store) else { return [] }
            let counts: (records: [String: Int], locations: [String: Int])
            do {
                let store = try StoreDatabase(path: configuration.store, readOnly: true)
                counts = try store.read { db in
                    (try PersonRecordTable.currentCountsByFeed(db), try IncidentLocationTable.currentCountsByFeed(db))
                }
            } catch let error as StoreError where error.code == .olderSchema {
                // A check changes nothing: the store's schema is left for the next run to upgrade.
                return [
                    "  note: the store was last written by an older Vigil; the next 'vigil run' (or 'vigil status') "
                        + "upgrades its schema. Its sources are checked against this configuration after that"
                ]
            } catch {
                Diagnostics.note("\(error)")
                throw ExitStatus.failure
            }
            let named = Set(configuration.sources.map(\.name))
            var lines: [String] = []
            for (what, byFeed) in [("person records", counts.records), ("incident locations", counts.locations)] {
                for (feed, count) in byFeed.sorted(by: { $0.key < $1.key }) where !named.contains(feed) {
                    lines.append(
                        "  note: the store holds \(count) current \(what) from source '\(feed)', which this "
                            + "configuration does not name; nothing withdraws them. If the source was renamed, "
                            + "the next run moves to the new name each record it reads again; if it is no longer "
                            + "in use, name it again with 'mode: retired' for one run"
                    )
                }
            }
            return lines
        }
    }
}

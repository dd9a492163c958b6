import Foundation
import GRDB
import Testing

@testable import VigilStore

/// `vigil config check`: every problem at once, the resolved configuration, and the sources the store
/// holds records of that the configuration no longer names.
@Suite(.serialized) struct ConfigCheckTests {
    @Test("a sound configuration prints what it resolves to; a faulty one lists every problem and exits 1")
    func soundAndFaulty() async throws {
        let world = try await RunWorld(prefix: "vigil-config")
        defer { world.remove() }
        let sound = try await world.directory.vigil("config", "check", "--config", world.directory.path("vigil.yaml"))
        #expect(sound.status == 0, "\(sound)")
        #expect(sound.output.contains("vigil.yaml: ok"))
        #expect(
            sound.output.contains("source records: person_records, snapshot, \(world.directory.path("records.csv"))")
        )
        #expect(sound.output.contains("  thresholds: person "), "\(sound)")
        #expect(sound.output.contains(" (the model's), home address "), "\(sound)")
        #expect(sound.output.contains("  retention: a leaver's personal data is erased 365 days after"), "\(sound)")

        let yaml = try String(contentsOfFile: world.directory.path("vigil.yaml"), encoding: .utf8)
        _ = try world.directory.write(
            "overridden.yaml",
            yaml + "\nthresholds: {person: 0.97}\nretention: {leavers_days: 30}\n"
        )
        let overridden = try await world.directory.vigil(
            "config",
            "check",
            "--config",
            world.directory.path("overridden.yaml")
        )
        #expect(overridden.status == 0, "\(overridden)")
        #expect(overridden.output.contains("  thresholds: person 0.97 (from "), "\(overridden)")
        #expect(overridden.output.contains("erased 30 days after"), "\(overridden)")

        _ = try world.directory.write("twice.yaml", yaml + "\nstore: new.sqlite\nretention: {leaver_days: 30}\n")
        let twice = try await world.directory.vigil("config", "check", "--config", world.directory.path("twice.yaml"))
        #expect(twice.status == 1, "\(twice)")
        #expect(twice.standardError.contains("store: given twice (first on line 1)"), "\(twice)")
        #expect(twice.standardError.contains("retention.leaver_days: unknown key"), "\(twice)")
        let refused = try await world.directory.vigil("run", "--config", world.directory.path("twice.yaml"))
        #expect(refused.status == 1, "the run refuses the same file: \(refused)")
        #expect(!FileManager.default.fileExists(atPath: world.directory.path("new.sqlite")), "no new empty store")

        try world.directory.write(
            "faulty.yaml",
            "store: vigil.sqlite\nmodel: nowhere.json\nroster: roster.csv\nsources: []\nstale_after_hours: soon\n"
        )
        let faulty = try await world.directory.vigil("config", "check", "--config", world.directory.path("faulty.yaml"))
        #expect(faulty.status == 1, "\(faulty)")
        #expect(faulty.standardError.contains("problems"), "\(faulty)")
        #expect(faulty.standardError.contains("model: no such file"), "\(faulty)")
        #expect(faulty.standardError.contains("stale_after_hours"), "\(faulty)")
    }

    @Test("after a source is renamed, the check notes the records the store holds under the old name")
    func renamedSource() async throws {
        let world = try await RunWorld(prefix: "vigil-config-renamed")
        defer { world.remove() }
        let first = try await world.run()
        #expect(first.status == 0, "\(first)")
        let path = world.directory.path("vigil.yaml")
        let before = try await world.directory.vigil("config", "check", "--config", path)
        #expect(!before.output.contains("note:"), "\(before)")

        let yaml = try String(contentsOfFile: path, encoding: .utf8)
        try world.directory.write("vigil.yaml", yaml.replacingOccurrences(of: "name: records", with: "name: crime"))
        let after = try await world.directory.vigil("config", "check", "--config", path)
        #expect(after.status == 0, "\(after)")
        #expect(after.output.contains("note: the store holds "), "\(after)")
        #expect(
            after.output.contains(
                "current person records from source 'records', which this configuration does not name"
            )
        )

        let moved = try await world.run()
        #expect(moved.status == 0, "\(moved)")
        let checked = try await world.directory.vigil("config", "check", "--config", path)
        #expect(!checked.output.contains("note:"), "the run moved every record it read to 'crime': \(checked)")
    }

    @Test("a store an older Vigil wrote is noted, not refused, and the check leaves its schema as it was")
    func olderStore() async throws {
        let world = try await RunWorld(prefix: "vigil-config-older")
        defer { world.remove() }
        let first = try await world.run()
        #expect(first.status == 0, "\(first)")
        let last = try #require(StoreSchema.migrator.migrations.last)
        let store = world.directory.path("vigil.sqlite")
        let queue = try DatabaseQueue(path: store)
        try await queue.write {
            try $0.execute(sql: "DELETE FROM grdb_migrations WHERE identifier = ?", arguments: [last])
        }
        try queue.close()

        let checked = try await world.directory.vigil("config", "check", "--config", world.directory.path("vigil.yaml"))
        #expect(checked.status == 0, "\(checked)")
        #expect(checked.output.contains("note: the store was last written by an older Vigil"), "\(checked)")
        let applied = try await DatabaseQueue(path: store).read {
            try String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations")
        }
        #expect(!applied.contains(last), "a check changes nothing")
    }
}

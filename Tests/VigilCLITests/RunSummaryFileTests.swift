import Foundation
import Testing

/// The summary `vigil run` prints has a line per file read: a glob source's files are told apart by
/// name, and one row is "1 row".
@Suite struct RunSummaryFileTests {
    @Test("each file of a glob source has its own summary line naming it, with singular and plural rows")
    func summaryNamesEachFile() async throws {
        let world = try await RunWorld(prefix: "vigil-run-summary")
        let lines = try String(contentsOfFile: world.world.records, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        _ = try world.directory.write("d-001.csv", lines.prefix(4).joined(separator: "\n") + "\n")
        _ = try world.directory.write("d-002.csv", ([lines[0], lines[10]]).joined(separator: "\n") + "\n")
        _ = try world.directory.write(
            "vigil.yaml",
            """
            store: vigil.sqlite
            model: \(world.world.model)
            roster: roster.csv
            sources:
              - {name: rms, kind: person_records, path: d-*.csv}
            """
        )
        let run = try await world.run()
        #expect(run.status != 1, "\(run)")
        let printed = run.output.split(separator: "\n").map(String.init)
        #expect(printed.contains("  rms (d-001.csv): 3 rows read, 3 accepted, 0 rejected"), "\(run.output)")
        #expect(printed.contains("  rms (d-002.csv): 1 row read, 1 accepted, 0 rejected"), "\(run.output)")
    }

    @Test("two files of one name in different folders are named by their folders")
    func sameNameInTwoFolders() async throws {
        let world = try await RunWorld(prefix: "vigil-run-summary-folders")
        defer { world.remove() }
        let lines = try String(contentsOfFile: world.world.records, encoding: .utf8)
            .split(separator: "\n").map(String.init)
        for folder in ["a", "b"] {
            try FileManager.default.createDirectory(
                atPath: world.directory.path("in/\(folder)"),
                withIntermediateDirectories: true
            )
        }
        _ = try world.directory.write("in/a/crime.csv", lines.prefix(4).joined(separator: "\n") + "\n")
        _ = try world.directory.write("in/b/crime.csv", ([lines[0], lines[10]]).joined(separator: "\n") + "\n")
        _ = try world.directory.write(
            "vigil.yaml",
            """
            store: vigil.sqlite
            model: \(world.world.model)
            roster: roster.csv
            sources:
              - {name: rms, kind: person_records, path: in/*/crime.csv}
            """
        )
        let run = try await world.run()
        #expect(run.status != 1, "\(run)")
        let printed = run.output.split(separator: "\n").map(String.init)
        #expect(printed.contains("  rms (a/crime.csv): 3 rows read, 3 accepted, 0 rejected"), "\(run.output)")
        #expect(printed.contains("  rms (b/crime.csv): 1 row read, 1 accepted, 0 rejected"), "\(run.output)")
        #expect(printed.contains { $0.hasPrefix("  roster (roster.csv): ") }, "\(run.output)")
    }
}

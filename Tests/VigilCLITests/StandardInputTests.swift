import Foundation
import Testing

/// `vigil link --records -` reads person records from a pipe and writes matches to standard output.
@Suite struct StandardInputTests {
    @Test("link reads records piped to standard input and finds the same matches as from the file")
    func pipedRecordsMatchFile() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }

        let fromFile = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            world.records,
            "--out",
            directory.path("from-file.csv")
        )
        #expect(fromFile.status == 0, "\(fromFile)")
        #expect(fromFile.standardOutput.isEmpty, "with --out nothing goes to standard output")

        let piped = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            "-",
            standardInput: world.records
        )
        #expect(piped.status == 0, "\(piped)")
        #expect(piped.standardError.contains("stdin"), "the summary names standard input as the source")

        let expected = try CSVText(contentsOf: directory.path("from-file.csv"))
        let actual = CSVText(piped.output)
        #expect(actual.header == expected.header)
        #expect(!expected.rows.isEmpty)
        // Batches may finish in any order across cores, so compare the sets of matches.
        #expect(Set(actual.rows.map(key)) == Set(expected.rows.map(key)))
        #expect(actual.rows.count == expected.rows.count)
        #expect(Set(actual.column("kind")) == ["person"], "no --locations: only person matches")
    }

    @Test("link with no --records and no --locations reads standard input")
    func recordsDefaultToStandardInput() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let sample = try sampleOfMatchedRecords(world: world, into: directory)

        let run = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            world.roster,
            standardInput: sample.path
        )
        #expect(run.status == 0, "\(run)")
        #expect(Set(CSVText(run.output).column("record_id")) == sample.ids)
    }

    private func key(_ row: [String]) -> String {
        row.prefix(9).joined(separator: "|")
    }

    /// A records file holding only records the shared world's link matched, and their ids.
    private func sampleOfMatchedRecords(
        world: TrainedWorld,
        into directory: TemporaryDirectory
    ) throws
        -> (path: String, ids: Set<String>)
    {
        let matches = try CSVText(contentsOf: world.matches)
        let matched = Set(matches.records.filter { $0["kind"] == "person" }.compactMap { $0["record_id"] }.prefix(20))
        let records = try CSVText(contentsOf: world.records)
        let idColumn = try #require(records.header.firstIndex(of: "record_id"))
        let lines =
            [CSVText.line(records.header)]
            + records.rows.filter { matched.contains($0[idColumn]) }
            .map(CSVText.line)
        return (try directory.write("sample.csv", lines.joined(separator: "\n") + "\n"), matched)
    }
}

import Foundation
import Testing

/// Bad rows in a person-record extract: `link` completes, exits 3, and says why each row was rejected.
@Suite struct RejectedRowsTests {
    @Test("link exits 3, links the valid rows and writes each bad line with its reason to the rejects file")
    func badRowsAreRejectedWithReasons() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }

        let (input, matched, duplicateID) = try Self.extractWithBadRows(world: world, in: directory)
        let rejectsPath = directory.path("rejects.csv")

        let run = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            input,
            "--rejects",
            rejectsPath,
            "--out",
            directory.path("matches.csv")
        )
        #expect(run.status == 3, "\(run)")
        #expect(run.standardError.contains("3 rejected rows written to \(rejectsPath)"))

        let linked = try CSVText(contentsOf: directory.path("matches.csv"))
        #expect(Set(linked.column("record_id")) == Set(matched), "the valid rows are still linked")

        let rejects = try CSVText(contentsOf: rejectsPath)
        #expect(rejects.header == ["file", "line", "field", "reason", "raw"])
        let byLine = Dictionary(
            rejects.records.map { ($0["line"] ?? "", $0) },
            uniquingKeysWith: { first, _ in first }
        )
        #expect(rejects.rows.count == 3)

        let fieldCount = try #require(byLine["5"], "line 5 (wrong field count) is rejected")
        #expect(fieldCount["reason"]?.contains("found 7") == true)
        #expect(fieldCount["raw"] == Self.wrongFieldCount)
        #expect(fieldCount["file"]?.hasSuffix("records.csv") == true)

        let date = try #require(byLine["6"], "line 6 (invalid date) is rejected")
        #expect(date["field"] == "date_of_birth")
        #expect(date["reason"]?.contains("1985-02-30") == true)

        let repeated = try #require(byLine["7"], "line 7 (duplicate id) is rejected")
        #expect(repeated["field"] == "record_id")
        #expect(repeated["reason"]?.contains("duplicate") == true)
        #expect(repeated["reason"]?.contains(duplicateID) == true)
    }

    @Test(
        "train checks the rows it samples, finds every row's CSV problems, and says how many it sampled, even when so few rows are too few to train on"
    )
    func trainReportsSampleAndRejects() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (input, _, _) = try Self.extractWithBadRows(world: world, in: directory)
        // A sample of one row still finds line 5's CSV problem; with the default seed it checks a good row.
        for (sample, expectedLines, summary) in [
            ("100", ["5", "6", "7"], "6 read, 5 sampled, 3 accepted, 3 rejected"),
            ("1", ["5"], "6 read, 1 sampled, 1 accepted, 1 rejected"),
        ] {
            let rejectsPath = directory.path("rejects-\(sample).csv")
            let run = try await Self.train(
                world,
                in: directory,
                "--records",
                input,
                "--sample",
                sample,
                "--rejects",
                rejectsPath,
                "--out",
                directory.path("model-\(sample).json")
            )
            // So few rows are too few to train on: no model, but every reject is written.
            #expect(run.status == 1, "\(run)")
            #expect(run.standardError.contains("cannot train: only "), "\(run.standardError)")
            #expect(run.standardError.contains(summary), "\(run.standardError)")
            let rejects = try CSVText(contentsOf: rejectsPath)
            #expect(rejects.column("line") == expectedLines)
            #expect(!FileManager.default.fileExists(atPath: directory.path("model-\(sample).json")))
        }
    }

    @Test("train reads locations beside the records, yet writes their rejects and notes after the records'")
    func trainKeepsLocationRejectsInOrder() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let (input, _, _) = try Self.extractWithBadRows(world: world, in: directory)
        let locationsPath = try LocationsBesideRecords.locations(world, firstRows: 40, in: directory)
        let rejectsPath = directory.path("rejects.csv")
        let run = try await Self.train(
            world,
            in: directory,
            "--records",
            input,
            "--locations",
            locationsPath,
            "--rejects",
            rejectsPath,
            "--out",
            directory.path("model.json")
        )
        try LocationsBesideRecords.expectRecordsFirst(
            run,
            rejectsPath: rejectsPath,
            files: Array(repeating: "records.csv", count: 3) + ["locations.csv"],
            lines: ["5", "6", "7", "42"],
            recordsNote: "records.csv: 6 read",
            locationsNote: "locations.csv: 41 read, 40 accepted, 1 rejected",
            // Too few records to train on: the rejects are written all the same.
            status: 1
        )
    }

    @Test("train fails on a locations file it cannot open, names it and writes no model")
    func trainNamesMissingLocations() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let missing = directory.path("no-such-locations.csv")
        let run = try await Self.train(
            world,
            in: directory,
            "--records",
            world.records,
            "--locations",
            missing,
            "--out",
            directory.path("model.json")
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("no-such-locations.csv"), "\(run.standardError)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("model.json")))
    }

    @Test("a clean extract leaves no rejects file behind and exits 0")
    func cleanExtractHasNoRejects() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let records = try CSVText(contentsOf: world.records)
        let lines = [CSVText.line(records.header)] + records.rows.prefix(50).map(CSVText.line)
        let input = try directory.write("records.csv", lines.joined(separator: "\n") + "\n")

        let run = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            input,
            "--rejects",
            directory.path("rejects.csv")
        )
        #expect(run.status == 0, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: directory.path("rejects.csv")))
        #expect(run.standardError.contains("50 read, 50 accepted, 0 rejected"))
    }

    /// `vigil train` on the shared world's roster, with few random pairs, and `arguments`.
    private static func train(
        _ world: TrainedWorld,
        in directory: TemporaryDirectory,
        _ arguments: String...
    ) async throws -> VigilRun {
        try await directory.vigil(arguments: ["train", "--roster", world.roster, "--random-pairs", "1000"] + arguments)
    }

    private static let wrongFieldCount = "PRX0001,crime,CRI-X1,2020-01-01,suspect,John,Smith"

    /// Three records the shared run matched, then three bad lines (file lines 5, 6 and 7): a wrong field
    /// count, an impossible date of birth and a repeated id. Returns the file, the good ids and the
    /// repeated id.
    private static func extractWithBadRows(
        world: TrainedWorld,
        in directory: TemporaryDirectory
    ) throws -> (path: String, matched: [String], duplicateID: String) {
        let records = try CSVText(contentsOf: world.records)
        let idColumn = try #require(records.header.firstIndex(of: "record_id"))
        let matched = try CSVText(contentsOf: world.matches).records.filter { $0["kind"] == "person" }
            .compactMap { $0["record_id"] }.prefix(3)
        let good = records.rows.filter { matched.contains($0[idColumn]) }
        try #require(good.count == 3)
        let invalidDate =
            "PRX0002,crime,CRI-X2,2020-01-01,suspect,John,Smith,1985-02-30,1 High Street,Birmingham,B1 1AA,"
        let duplicate = CSVText.line(good[0])
        let lines =
            [CSVText.line(records.header)] + good.map(CSVText.line) + [Self.wrongFieldCount, invalidDate, duplicate]
        let path = try directory.write("records.csv", lines.joined(separator: "\n") + "\n")
        return (path, Array(matched), good[0][idColumn])
    }
}

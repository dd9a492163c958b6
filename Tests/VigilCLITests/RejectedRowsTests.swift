import Foundation
import Testing

/// Bad rows in a person-record extract: `link` completes, exits 3, and says why each row was rejected.
@Suite struct RejectedRowsTests {
    @Test("link exits 3, links the valid rows and writes each bad line with its reason to the rejects file")
    func badRowsAreRejectedWithReasons() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }

        // Three records the shared run matched, then three bad lines (file lines 5, 6 and 7).
        let records = try CSVText(contentsOf: world.records)
        let idColumn = try #require(records.header.firstIndex(of: "record_id"))
        let matched = try CSVText(contentsOf: world.matches).records.filter { $0["kind"] == "person" }
            .compactMap { $0["record_id"] }.prefix(3)
        let good = records.rows.filter { matched.contains($0[idColumn]) }
        try #require(good.count == 3)
        let wrongFieldCount = "PRX0001,crime,CRI-X1,2020-01-01,suspect,John,Smith"
        let invalidDate =
            "PRX0002,crime,CRI-X2,2020-01-01,suspect,John,Smith,1985-02-30,1 High Street,Birmingham,B1 1AA,"
        let duplicate = CSVText.line(good[0])
        let lines = [CSVText.line(records.header)] + good.map(CSVText.line) + [wrongFieldCount, invalidDate, duplicate]
        let input = try directory.write("records.csv", lines.joined(separator: "\n") + "\n")
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
        #expect(fieldCount["raw"] == wrongFieldCount)
        #expect(fieldCount["file"]?.hasSuffix("records.csv") == true)

        let date = try #require(byLine["6"], "line 6 (invalid date) is rejected")
        #expect(date["field"] == "date_of_birth")
        #expect(date["reason"]?.contains("1985-02-30") == true)

        let repeated = try #require(byLine["7"], "line 7 (duplicate id) is rejected")
        #expect(repeated["field"] == "record_id")
        #expect(repeated["reason"]?.contains("duplicate") == true)
        #expect(repeated["reason"]?.contains(good[0][idColumn]) == true)
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
}

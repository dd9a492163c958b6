import Foundation
import Testing

/// `vigil explain` reads a whole records file as `vigil link` does: rows rejected anywhere in it are
/// counted, written with their reasons and make it exit 3, whichever record is explained.
@Suite struct ExplainRecordsRejectsTests {
    @Test("explaining a record afresh reports the records file's rejected rows and exits 3")
    func recordsRejectsReported() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let match = try #require(
            try CSVText(contentsOf: world.matches).records.first { $0["kind"] == "person" },
            "a person match"
        )
        let recordID = try #require(match["record_id"])
        // The matched record stays in the file; the bad row (too few fields) comes after every good one.
        let records = try CSVText(contentsOf: world.records)
        let rows = try #require(records.records.firstIndex { $0["record_id"] == recordID }) + 1
        let extract = try LocationsBesideRecords.extract(
            world.records,
            firstRows: rows,
            badRow: "BAD-9,crime,E9,2020-01-01,victim,Ann",
            as: "records.csv",
            in: directory
        )
        let rejectsPath = directory.path("explain-rejects.csv")
        let run = try await directory.vigil(
            "explain",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            extract,
            "--record-id",
            recordID,
            "--rejects",
            rejectsPath
        )
        #expect(run.status == 3, "\(run)")
        #expect(run.output.contains("record \(recordID) and employee "), "\(run)")
        #expect(run.standardError.contains("records.csv: \(rows + 1) read, \(rows) accepted, 1 rejected"), "\(run)")
        #expect(run.standardError.contains("1 rejected row written to \(rejectsPath)"), "\(run)")
        let rejects = try CSVText(contentsOf: rejectsPath)
        #expect(rejects.column("line") == ["\(rows + 2)"])
        #expect(rejects.column("reason").first?.contains("fields") == true, "\(rejects.rows)")
    }

    @Test("a record matched to another employee is said to be, not to have no match")
    func matchedToAnotherEmployee() async throws {
        let world = try await TrainedWorld.shared()
        let matches = try CSVText(contentsOf: world.matches).records.filter { $0["kind"] == "person" }
        let match = try #require(matches.first, "a person match")
        let recordID = try #require(match["record_id"])
        let employeeID = try #require(match["employee_id"])
        let other = try #require(matches.first { $0["employee_id"] != employeeID }?["employee_id"])
        let run = try await world.directory.vigil(
            "explain",
            "--matches",
            world.matches,
            "--record-id",
            recordID,
            "--employee-id",
            other
        )
        #expect(run.status == 1, "\(run)")
        #expect(
            run.standardError.contains("\(recordID) is matched to \(employeeID) in \(world.matches), not to \(other)"),
            "\(run)"
        )
        #expect(!run.standardError.contains("no match for"), "\(run)")
    }
}

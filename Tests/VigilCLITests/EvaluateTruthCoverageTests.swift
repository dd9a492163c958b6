import Foundation
import Testing

/// `vigil evaluate` with a truth file that does not belong to the extracts: it still reports, and warns
/// which ids it could not find, since those pairs count as missed.
@Suite struct EvaluateTruthCoverageTests {
    @Test("a truth file naming unknown records or employees is warned about, with an example of each")
    func unknownIDsWarned() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let truth = try CSVText(contentsOf: world.personTruth)
        let first = try #require(truth.records.first)
        let recordID = try #require(first["record_id"])
        let lines = [
            "record_id,employee_id", "\(recordID),\(first["employee_id"] ?? "")", "NO-SUCH-RECORD,E100001",
            "\(recordID),E999999",
        ]
        let path = try directory.write("truth.csv", lines.joined(separator: "\n") + "\n")
        let arguments = [
            "evaluate", "--model", world.model, "--roster", world.roster, "--records", world.records, "--truth", path,
        ]
        let run = try await directory.vigil(arguments: arguments)
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("person matches: 3 true pairs"), "\(run)")
        #expect(
            run.standardError.contains(
                "warning: \(path): 1 of its 2 ids is not among the records read (e.g. NO-SUCH-RECORD), and 1 of its "
                    + "employee ids is not on the roster (e.g. E999999); their pairs count as missed"
            ),
            "\(run)"
        )

        let whole = try await directory.vigil(
            "evaluate",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            world.records,
            "--truth",
            world.personTruth
        )
        #expect(whole.status == 0, "\(whole)")
        #expect(!whole.standardError.contains("warning"), "the world's own truth file is all found: \(whole)")
    }
}

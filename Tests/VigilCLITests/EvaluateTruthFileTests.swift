import Foundation
import Testing

/// How `vigil evaluate` reads a truth file, and what it says when the extracts had rejects.
@Suite struct EvaluateTruthFileTests {
    @Test("ids are trimmed, a pair listed twice counts once, and a file without a header is refused")
    func truthFileForms() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = try #require(try CSVText(contentsOf: world.personTruth).records.first)
        let recordID = try #require(first["record_id"])
        let employeeID = try #require(first["employee_id"])
        let arguments = ["evaluate", "--model", world.model, "--roster", world.roster, "--records", world.records]

        let spaced = try directory.write(
            "spaced.csv",
            "record_id, employee_id\n\(recordID), \(employeeID)\n\(recordID),\(employeeID)\n"
        )
        let run = try await directory.vigil(arguments: arguments + ["--truth", spaced])
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("person matches: 1 true pair"), "\(run)")
        #expect(!run.standardError.contains("warning"), "the trimmed ids were all found: \(run)")

        let headerless = try directory.write("headerless.csv", "\(recordID),\(employeeID)\n")
        let refused = try await directory.vigil(arguments: arguments + ["--truth", headerless])
        #expect(refused.status == 1, "\(refused)")
        #expect(refused.standardError.contains("header naming employee_id"), "\(refused)")
    }

    @Test("evaluate exits 3 when rows of the extracts were rejected, as link and train do")
    func rejectsExitThree() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let records = try LocationsBesideRecords.extract(
            world.records,
            firstRows: 50,
            badRow: "BAD-1,crime,CRI-X,2020-01-01,suspect,\"Ann",
            as: "records.csv",
            in: directory
        )
        let run = try await directory.vigil(
            "evaluate",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            records,
            "--truth",
            world.personTruth,
            "--rejects",
            directory.path("rejects.csv")
        )
        #expect(run.status == 3, "\(run)")
        #expect(run.output.contains("person matches:"), "the report is still printed: \(run)")
    }
}

/// Commands refuse an output path that is one of their inputs, before touching either.
@Suite struct OutputCollisionTests {
    @Test("--out or --rejects naming an input is refused and the input is left as it was")
    func outputNamingAnInput() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let records = try directory.write(
            "records.csv",
            try String(contentsOfFile: world.records, encoding: .utf8)
        )
        let before = try Data(contentsOf: URL(fileURLWithPath: records))
        let link = ["link", "--model", world.model, "--roster", world.roster, "--records", records]
        var cases: [(arguments: [String], says: String)] = [
            (link + ["--out", records], "--out \(records) is the same file as --records"),
            (link + ["--out", "./records.csv"], "is the same file as --records"),
            (link + ["--rejects", records, "--out", directory.path("m.csv")], "--rejects \(records) is the same file"),
            (link + ["--out", world.model], "is the same file as --model"),
            (
                ["train", "--roster", world.roster, "--records", records, "--out", world.roster],
                "--out \(world.roster) is the same file as --roster"
            ),
            (
                [
                    "evaluate", "--model", world.model, "--roster", world.roster, "--records", records, "--truth",
                    world.personTruth, "--rejects", world.personTruth,
                ],
                "is the same file as --truth"
            ),
        ]
        let symlink = directory.path("records-link.csv")
        try FileManager.default.createSymbolicLink(atPath: symlink, withDestinationPath: records)
        cases.append(
            (
                ["link", "--model", world.model, "--roster", world.roster, "--records", records, "--out", symlink],
                "--out \(symlink) is the same file as --records"
            )
        )
        cases.append(
            (
                [
                    "link", "--model", world.model, "--roster", world.roster, "--records", records, "--out",
                    directory.path("same.csv"), "--rejects", directory.path("same.csv"),
                ],
                "--out and --rejects both name"
            )
        )
        let model = try Data(contentsOf: URL(fileURLWithPath: world.model))
        let roster = try Data(contentsOf: URL(fileURLWithPath: world.roster))
        for (arguments, says) in cases {
            let run = try await directory.vigil(arguments: arguments)
            #expect(run.status == 64, "\(arguments): \(run)")
            #expect(run.standardError.contains(says), "\(arguments): \(run)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: records)) == before)
        #expect(try Data(contentsOf: URL(fileURLWithPath: world.model)) == model)
        #expect(try Data(contentsOf: URL(fileURLWithPath: world.roster)) == roster)
    }
}

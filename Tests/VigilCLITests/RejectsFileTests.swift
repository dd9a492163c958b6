import Foundation
import Testing

/// A command's rejects file holds that command's rejects, never an earlier run's as well.
@Suite struct RejectsFileTests {
    @Test("a second run replaces the rejects file; a clean run leaves it and says it is an earlier one")
    func rejectsFileStartsAfresh() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bad = try LocationsBesideRecords.extract(
            world.records,
            firstRows: 20,
            badRow: "BAD-1,crime,CRI-X,2020-02-31,suspect,Ann,Smith,1980-01-01,,,",
            as: "bad.csv",
            in: directory
        )
        let lines = try String(contentsOfFile: bad, encoding: .utf8).split(separator: "\n")
        let clean = try directory.write("clean.csv", lines.dropLast().joined(separator: "\n") + "\n")
        let rejects = directory.path("rejects.csv")
        func link(_ records: String) async throws -> VigilRun {
            try await directory.vigil(
                "link",
                "--model",
                world.model,
                "--roster",
                world.roster,
                "--records",
                records,
                "--rejects",
                rejects,
                "--out",
                directory.path("matches.csv")
            )
        }
        for _ in 0..<2 {
            let run = try await link(bad)
            #expect(run.status == 3, "\(run)")
        }
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2, "one header and this run's one reject: \(text)")
        let cleanRun = try await link(clean)
        #expect(cleanRun.status == 0, "\(cleanRun)")
        #expect(cleanRun.standardError.contains("no rows rejected; \(rejects) is an earlier command's"), "\(cleanRun)")
        #expect(try String(contentsOfFile: rejects, encoding: .utf8) == text)
    }
}

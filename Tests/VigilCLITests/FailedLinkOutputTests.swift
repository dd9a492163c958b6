import Foundation
import Testing

/// `vigil link --out` replaces its file only when the command succeeds: a run that fails (a missing
/// extract, a mapping naming absent columns, an empty records file) leaves the last good output as it
/// was, and no temporary file beside it.
@Suite struct FailedLinkOutputTests {
    @Test("a failed link leaves the previous --out file untouched, and a good one replaces it")
    func failedLinkKeepsOutput() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let out = directory.path("d.csv")
        let records = try directory.write("few.csv", try Self.firstLines(of: world.records, count: 40))
        func link(_ extra: String...) async throws -> VigilRun {
            try await directory.vigil(
                arguments: ["link", "--model", world.model, "--roster", world.roster, "--out", out] + extra
            )
        }
        _ = try directory.write("d.csv", "an older run's matches\n")
        let good = try await link("--records", records)
        #expect(good.status == 0, "\(good)")
        let before = try Data(contentsOf: URL(fileURLWithPath: out))
        #expect(String(decoding: before, as: UTF8.self).hasPrefix("kind,record_id,"), "a good run replaces the file")

        let mapping = try directory.write(
            "absent.yaml",
            "kind: person_records\ncolumns:\n  record_id: NO_SUCH_COLUMN\n"
        )
        let empty = try directory.write("empty.csv", "")
        let failures = [
            (["--records", directory.path("missing.csv")], "missing.csv: no such file"),
            (["--records", records, "--records-mapping", mapping], "missing column 'record_id'"),
            (["--records", empty], "empty.csv: the file is empty"),
        ]
        for (arguments, message) in failures {
            let failed = try await directory.vigil(
                arguments: ["link", "--model", world.model, "--roster", world.roster, "--out", out] + arguments
            )
            #expect(failed.status == 1, "\(failed)")
            #expect(failed.standardError.contains(message), "\(failed)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: out)) == before, "\(arguments)")
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
            #expect(names.filter { $0.hasPrefix(".d.csv") }.isEmpty, "no temporary file left: \(names)")
        }

    }

    @Test("--out naming an input is still refused before anything is written")
    func outputNamingAnInput() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let records = try directory.write("few.csv", try Self.firstLines(of: world.records, count: 5))
        let refused = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            records,
            "--out",
            records
        )
        #expect(refused.status == 64, "\(refused)")
        #expect(refused.standardError.contains("is the same file as --records"))
        #expect(try String(contentsOfFile: records, encoding: .utf8) == Self.firstLines(of: world.records, count: 5))
    }

    /// The header and the first `count` rows of a CSV file, as text.
    private static func firstLines(of path: String, count: Int) throws -> String {
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(
            separator: "\n",
            omittingEmptySubsequences: false
        )
        return lines.prefix(count + 1).joined(separator: "\n") + "\n"
    }
}

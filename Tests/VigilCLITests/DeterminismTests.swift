import Foundation
import Testing

/// The same seed gives the same world, and the same inputs and seed give the same model.
@Suite struct DeterminismTests {
    static let worldFiles = [
        "roster.csv", "person_records.csv", "incident_locations.csv", "truth_person.csv", "truth_address.csv",
    ]

    @Test("generate with the same seed writes byte-identical files; another seed writes different records")
    func generateIsDeterministic() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for (name, seed) in [("first", "11"), ("second", "11"), ("other", "12")] {
            let run = try await directory.vigil(
                "generate",
                "--employees",
                "50",
                "--records",
                "2000",
                "--seed",
                seed,
                "--out",
                directory.path(name)
            )
            try #require(run.status == 0, "\(run)")
        }
        for file in Self.worldFiles {
            let first = try Data(contentsOf: URL(fileURLWithPath: directory.path("first/\(file)")))
            let second = try Data(contentsOf: URL(fileURLWithPath: directory.path("second/\(file)")))
            #expect(!first.isEmpty, "\(file) is written")
            #expect(first == second, "\(file) is identical for the same seed")
        }
        let records = try Data(contentsOf: URL(fileURLWithPath: directory.path("first/person_records.csv")))
        let other = try Data(contentsOf: URL(fileURLWithPath: directory.path("other/person_records.csv")))
        #expect(records != other, "a different seed gives a different world")
    }

    // Known VigilCore bug: EM sums over AgreementPatternCounts.counts, a Dictionary whose order follows the
    // per-process hash seed (ExpectationMaximisation.swift), so m differs in its last bits and the content-hash
    // version differs between runs; with SWIFT_DETERMINISTIC_HASHING=1 the versions agree.
    @Test("training twice on the same inputs and seed gives the same model version and parameters")
    func trainIsDeterministic() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let again = directory.path("again.json")

        let run = try await directory.vigil(arguments: world.trainArguments(out: again))
        try #require(run.status == 0, "\(run)")

        let first = try modelObject(world.model)
        let second = try modelObject(again)
        let version = try #require(first["version"] as? String)
        #expect(version.hasPrefix("m") && version.count == 17, "a version like m0123456789abcdef")
        // Every parameter agrees to rounding: the sampling seed is honoured and nothing else is random.
        var differences: [String] = []
        JSONComparison.differences(first, second, ignoring: ["version", "trainedAt"], into: &differences)
        #expect(differences.isEmpty, "parameters differ beyond rounding: \(differences.prefix(5))")
        #expect(second["version"] as? String == version, "the same inputs and seed give the same model version")
    }

    private func modelObject(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
}

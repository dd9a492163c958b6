import Foundation
import Testing

/// `link` with incident locations: they are read beside the person records and linked on every core,
/// yet the output, rejects and notes come in the same order as a one-at-a-time run's.
@Suite struct LinkLocationsTests {
    @Test("home-address rows follow the person rows, in the locations file's order, each with its best first")
    func homeRowsKeepFileOrder() async throws {
        let world = try await TrainedWorld.shared()
        let matches = try CSVText(contentsOf: world.matches).records
        let kinds = matches.compactMap { $0["kind"] }
        let firstHome = try #require(kinds.firstIndex(of: "home_address"), "the shared run found no home addresses")
        #expect(kinds[..<firstHome].allSatisfy { $0 == "person" })
        #expect(kinds[firstHome...].allSatisfy { $0 == "home_address" })

        let locations = try CSVText(contentsOf: world.locations)
        let idColumn = try #require(locations.header.firstIndex(of: "incident_id"))
        let position = Dictionary(
            locations.rows.enumerated().map { ($0.element[idColumn], $0.offset) },
            uniquingKeysWith: { first, _ in first }
        )
        let homes = matches[firstHome...]
        let positions = try homes.map { try #require(position[$0["record_id"] ?? ""]) }
        #expect(positions == positions.sorted(), "home-address rows are out of the locations' order")
        // Within one location, the strongest home comes first.
        for (previous, next) in zip(homes, homes.dropFirst()) where previous["record_id"] == next["record_id"] {
            let earlier = try #require(Double(previous["match_weight"] ?? ""))
            let later = try #require(Double(next["match_weight"] ?? ""))
            #expect(earlier >= later)
        }
    }

    @Test("linking locations alone gives the same home-address rows as linking them after the records")
    func locationsAloneMatchTheSharedRun() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let out = directory.path("homes.csv")
        let run = try await Self.link(
            model: world.model,
            world,
            in: directory,
            "--locations",
            world.locations,
            "--out",
            out
        )
        #expect(run.status == 0, "\(run)")
        let alone = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n").dropFirst()
        let shared = try String(contentsOfFile: world.matches, encoding: .utf8).split(separator: "\n")
            .filter { $0.hasPrefix("home_address,") }
        #expect(!alone.isEmpty)
        #expect(Array(alone) == shared)
    }

    @Test("link reads locations beside the records, yet writes their rejects and notes after the records'")
    func rejectsAndNotesKeepOrder() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let recordsPath = try LocationsBesideRecords.extract(
            world.records,
            firstRows: 20,
            badRow: "PRX0001,crime,CRI-X1,2020-01-01,suspect,John,Smith",
            as: "records.csv",
            in: directory
        )
        let locationsPath = try LocationsBesideRecords.locations(world, firstRows: 30, in: directory)
        let rejectsPath = directory.path("rejects.csv")
        let run = try await Self.link(
            model: world.model,
            world,
            in: directory,
            "--records",
            recordsPath,
            "--locations",
            locationsPath,
            "--rejects",
            rejectsPath,
            "--out",
            directory.path("matches.csv")
        )
        try LocationsBesideRecords.expectRecordsFirst(
            run,
            rejectsPath: rejectsPath,
            files: ["records.csv", "locations.csv"],
            lines: ["22", "32"],
            recordsNote: "records.csv: 21 read, 20 accepted, 1 rejected",
            locationsNote: "locations.csv: 31 read, 30 accepted, 1 rejected"
        )
    }

    @Test("locations with a model that has no home-address model: the person records are linked, then it says why")
    func modelWithoutHomesSaysWhy() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let model = directory.path("people-only.json")
        let train = try await directory.vigil(
            arguments: [
                "train", "--roster", world.roster, "--records", world.records, "--out", model, "--random-pairs",
                "20000",
            ]
        )
        try #require(train.status == 0, "\(train)")
        let out = directory.path("matches.csv")
        let run = try await Self.link(
            model: model,
            world,
            in: directory,
            "--records",
            world.records,
            "--locations",
            world.locations,
            "--out",
            out
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("has no home-address model"), "\(run.standardError)")
        #expect(!run.standardError.contains("incident_locations.csv:"), "the locations were read for nothing")
    }

    /// `vigil link` with a model against the shared world's roster, then `arguments`.
    private static func link(
        model: String,
        _ world: TrainedWorld,
        in directory: TemporaryDirectory,
        _ arguments: String...
    ) async throws -> VigilRun {
        try await directory.vigil(arguments: ["link", "--model", model, "--roster", world.roster] + arguments)
    }
}

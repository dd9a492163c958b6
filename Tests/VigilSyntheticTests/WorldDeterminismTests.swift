import Foundation
import Testing
import VigilSynthetic

@Suite struct WorldDeterminismTests {
    static let files = [
        "roster.csv", "person_records.csv", "incident_locations.csv", "truth_person.csv", "truth_address.csv",
        "world.json",
    ]

    @Test("the same seed writes byte-identical files")
    func sameSeedSameBytes() throws {
        let first = try WorldFixture.generate(WorldFixture.parameters(seed: 11))
        let second = try WorldFixture.generate(WorldFixture.parameters(seed: 11))
        defer {
            WorldFixture.remove(first.directory)
            WorldFixture.remove(second.directory)
        }
        for file in Self.files {
            let a = try Data(contentsOf: URL(fileURLWithPath: first.directory + "/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: second.directory + "/" + file))
            #expect(!a.isEmpty, "\(file) is empty")
            #expect(a == b, "\(file) differs between two runs with the same seed")
        }
        #expect(first.summary == second.summary)
    }

    @Test("a different seed writes a different world")
    func differentSeedDifferentWorld() throws {
        let first = try WorldFixture.generate(WorldFixture.parameters(seed: 11))
        let second = try WorldFixture.generate(WorldFixture.parameters(seed: 12))
        defer {
            WorldFixture.remove(first.directory)
            WorldFixture.remove(second.directory)
        }
        for file in ["roster.csv", "person_records.csv", "incident_locations.csv"] {
            let a = try Data(contentsOf: URL(fileURLWithPath: first.directory + "/" + file))
            let b = try Data(contentsOf: URL(fileURLWithPath: second.directory + "/" + file))
            #expect(a != b, "\(file) is the same for seeds 11 and 12")
        }
    }

    @Test("world.json records the parameters and decodes back to the summary")
    func manifestRoundTrips() throws {
        let world = try WorldFixture.generate(WorldFixture.parameters())
        defer { WorldFixture.remove(world.directory) }
        let data = try Data(contentsOf: URL(fileURLWithPath: world.directory + "/world.json"))
        let decoded = try JSONDecoder().decode(WorldSummary.self, from: data)
        #expect(decoded == world.summary)
        #expect(decoded.parameters.seed == 2026)
        #expect(decoded.parameters.employees == 200)
    }
}

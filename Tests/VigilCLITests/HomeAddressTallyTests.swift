import Foundation
import Testing
import VigilCore
import VigilIngest

@testable import vigil

/// `vigil evaluate --locations` keeps of the incident locations only a `HomeAddressTally` per batch: the
/// tallies of consecutive batches, merged in file order, must give the report one pass over every
/// location gives.
@Suite struct HomeAddressTallyTests {
    @Test("tallies of batches of any size, merged in file order, are the tally of every location at once")
    func batchesMergeToTheWhole() async throws {
        let world = try await TrainedWorld.shared()
        let model = try ModelFile.read(world.model)
        let homes = try #require(model.homeAddress, "the shared world's model has a home-address model")
        var rosterReader = try ExtractReader<Employee>(path: world.roster)
        var employees: [Employee] = []
        while let batch = try rosterReader.nextBatch() { employees += batch.records }
        let linker = RecordLinker(model: model, roster: IndexedRoster(employees: employees, model: model))
        var reader = try ExtractReader<IncidentLocation>(path: world.locations)
        var locations: [IncidentLocation] = []
        while let batch = try reader.nextBatch() { locations += batch.records }
        let context = HomeAddressTally.Context(
            linker: linker,
            truth: try TruthFile(path: world.addressTruth).pairs,
            cut: 0.99,
            listsErrors: true
        )
        var extractor = linker.makeExtractor()
        var whole = HomeAddressTally()
        whole.add(locations, context: context, extractor: &extractor)
        let wholeRows = whole.patterns.rows(model: homes, limit: 1_000)
        #expect(!whole.predictions.isEmpty && whole.reached > 0)
        #expect(!wholeRows.falsePositives.isEmpty || !wholeRows.missed.isEmpty, "the world has errors to tally")
        for size in [1, 37, 1_000] {
            var merged = HomeAddressTally()
            var batchExtractor = linker.makeExtractor()
            for start in stride(from: 0, to: locations.count, by: size) {
                var part = HomeAddressTally()
                part.add(
                    Array(locations[start..<min(start + size, locations.count)]),
                    context: context,
                    extractor: &batchExtractor
                )
                merged.merge(part)
            }
            #expect(merged.predictions == whole.predictions, "batches of \(size)")
            #expect(merged.reached == whole.reached, "batches of \(size)")
            #expect(merged.truthIDsRead == whole.truthIDsRead, "batches of \(size)")
            let rows = merged.patterns.rows(model: homes, limit: 1_000)
            #expect(rows.falsePositives == wholeRows.falsePositives, "batches of \(size)")
            #expect(rows.missed == wholeRows.missed, "batches of \(size)")
        }
    }
}

import Foundation
import Testing
import VigilCore
import VigilIngest

/// Skipping the names of candidates that cannot reach the scoring floor must never change a match.
@Suite struct ScoringFloorTests {
    @Test("linking with a scoring floor finds the same matches and near runner-ups as scoring every pair")
    func sameMatches() async throws {
        let modelPath = try await TrainedModel.path()
        let world = URL(fileURLWithPath: modelPath).deletingLastPathComponent().appendingPathComponent("world").path
        let model = try ModelFile.read(modelPath)
        var roster: [Employee] = []
        var rosterReader = try ExtractReader<Employee>(path: world + "/roster.csv")
        while let batch = try rosterReader.nextBatch() { roster += batch.records }
        let linker = RecordLinker(model: model, roster: IndexedRoster(employees: roster, model: model))
        let threshold = FellegiSunterModel.weight(ofProbability: model.person.threshold)
        let floor = linker.scoringFloor(threshold: model.person.threshold)
        var extractor = linker.makeExtractor()
        var candidates: [Int32] = []
        var reader = try ExtractReader<PersonRecord>(path: world + "/person_records.csv")
        var matches = 0
        var skippedRecords = 0
        while let batch = try reader.nextBatch() {
            for record in batch.records {
                let features = extractor.features(of: record)
                let full = linker.bestPersonMatch(
                    features: features,
                    recordID: record.recordID,
                    candidates: &candidates
                )
                let floored = linker.bestPersonMatch(
                    features: features,
                    recordID: record.recordID,
                    candidates: &candidates,
                    scoringFloor: floor
                )
                guard let full, full.matchWeight >= floor else {
                    #expect(floored == nil, "record \(record.recordID)")
                    if full != nil { skippedRecords += 1 }
                    continue
                }
                let kept = try #require(floored, "record \(record.recordID)")
                #expect(kept.employeeIndex == full.employeeIndex)
                #expect(kept.matchWeight == full.matchWeight)
                #expect(kept.isAmbiguous == full.isAmbiguous)
                if let runnerUp = full.runnerUp, runnerUp.weight >= floor {
                    #expect(kept.runnerUp?.index == runnerUp.index)
                } else {
                    #expect(kept.runnerUp == nil)
                }
                if full.matchWeight >= threshold { matches += 1 }
            }
        }
        #expect(matches > 100)
        // The floor must actually spare work, or this test proves nothing.
        #expect(skippedRecords > 1_000)
    }
}

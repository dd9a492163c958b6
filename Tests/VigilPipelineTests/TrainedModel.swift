import Foundation
import VigilCore
import VigilIngest
import VigilSynthetic

/// One model trained on a small synthetic world, shared by every pipeline test in the process.
enum TrainedModel {
    /// The model file's path, trained on first use.
    static func path() async throws -> String {
        try await training.value
    }

    private static let training = Task { try train() }

    private static func train() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("vigil-pipeline-model-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(atPath: TrainedModel.folderPath) }
        folderPath = folder.path
        let world = folder.appendingPathComponent("world").path
        _ = try WorldGenerator(parameters: WorldParameters(employees: 300, personRecords: 15_000, seed: 7))
            .write(to: world)
        var roster: [Employee] = []
        var rosterReader = try ExtractReader<Employee>(path: world + "/roster.csv")
        while let batch = try rosterReader.nextBatch() { roster += batch.records }
        var records: [PersonRecord] = []
        var recordReader = try ExtractReader<PersonRecord>(path: world + "/person_records.csv")
        while let batch = try recordReader.nextBatch() { records += batch.records }
        var locations: [IncidentLocation] = []
        var locationReader = try ExtractReader<IncidentLocation>(path: world + "/incident_locations.csv")
        while let batch = try locationReader.nextBatch() { locations += batch.records }
        let model = ModelTrainer(randomPairs: 200_000, seed: 42)
            .train(roster: roster, records: records, locations: locations, trainedAt: "2026-01-01T00:00:00Z")
        let path = folder.appendingPathComponent("model.json").path
        try ModelFile.write(model, to: path)
        return path
    }

    nonisolated(unsafe) private static var folderPath = ""
}

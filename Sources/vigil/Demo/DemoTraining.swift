import Foundation
import VigilCore
import VigilIngest

/// Trains the demo's model on its generated world, as `vigil train` would, without labels.
struct DemoTraining: Sendable {
    /// The world's folder.
    let world: String
    /// Where rows the readers reject go (the generator's worlds carry a few on purpose).
    let rejects: String

    /// Reads the roster, every record and the incident locations, and trains.
    func train() throws -> LinkageModel {
        try FileManager.default.createDirectory(
            atPath: URL(fileURLWithPath: rejects).deletingLastPathComponent().path,
            withIntermediateDirectories: true
        )
        var loading = ExtractLoading(rejectsPath: rejects, progress: ProgressReporter(label: "reading"))
        let employees = try loading.roster(path: world + "/roster.csv", mapping: .canonical(.roster))
        let (sample, seen) = try loading.recordSample(
            path: world + "/person_records.csv",
            mapping: .canonical(.personRecords),
            limit: 300_000,
            seed: 42
        )
        let locations = try loading.adopt(
            ExtractLoading.locationSampleAside(
                path: world + "/incident_locations.csv",
                mapping: .canonical(.incidentLocations),
                roster: employees,
                seed: 42
            )
        )
        let trainer = ModelTrainer(randomPairs: 500_000, seed: 42, personThreshold: 0.9, homeAddressThreshold: 0.5)
        let model = trainer.train(
            roster: employees,
            records: sample,
            locations: locations,
            recordsSeen: seen,
            trainedAt: ISO8601DateFormatter().string(from: Date())
        )
        try loading.keepRejects()
        if let problem = model.training.problems.first {
            throw DemoError("cannot train on the demo's world: \(problem)")
        }
        return model
    }
}

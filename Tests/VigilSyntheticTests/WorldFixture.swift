import Foundation
import VigilSynthetic

/// Generates small worlds in fresh temporary directories for the tests.
enum WorldFixture {
    /// The standard small world: 200 employees and 5,000 person records.
    static func parameters(seed: UInt64 = 2026) -> WorldParameters {
        WorldParameters(employees: 200, personRecords: 5_000, seed: seed)
    }

    /// A new empty temporary directory.
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "vigil-synthetic-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Generates a world and returns its directory and summary.
    static func generate(_ parameters: WorldParameters) throws -> (directory: String, summary: WorldSummary) {
        let directory = temporaryDirectory()
        let summary = try WorldGenerator(parameters: parameters).write(to: directory)
        return (directory, summary)
    }

    /// Removes a generated world.
    static func remove(_ directory: String) {
        try? FileManager.default.removeItem(atPath: directory)
    }
}

import Foundation
import Testing

/// `vigil dq`: a run's data-quality report for every source, as text or JSON.
@Suite(.serialized) struct DataQualityCommandTests {
    @Test("after a run, the report covers the roster and every source, as text and as JSON")
    func afterARun() async throws {
        let world = try await RunWorld(prefix: "vigil-dq")
        defer { world.remove() }
        let config = world.directory.path("vigil.yaml")
        let none = try await world.directory.vigil("dq", "--config", config)
        #expect(none.status == 1)
        #expect(none.standardError.contains("no store yet at"), "\(none)")

        let run = try await world.run()
        #expect(run.status == 0, "\(run)")
        let text = try await world.directory.vigil("dq", "--config", config)
        #expect(text.status == 0, "\(text)")
        #expect(text.output.hasPrefix("data quality, run 1"))
        for source in ["roster", "records", "incidents"] {
            #expect(text.output.contains("\n\(source): "), "\(source): \(text.output.prefix(400))")
        }
        #expect(text.output.contains("date of birth"))

        let json = try await world.directory.vigil("dq", "--config", config, "--json")
        #expect(json.status == 0, "\(json)")
        let object = try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any]
        #expect(object.map { $0.keys.sorted() } == ["incidents", "records", "roster"])

        let missing = try await world.directory.vigil("dq", "--config", config, "--run", "99")
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("run 99 has no data-quality report"))
    }
}

import Foundation
import Testing

/// The happy path through the binary: generate, train, link, and what each writes.
@Suite struct TrainAndLinkTests {
    static let matchColumns =
        "kind,record_id,employee_id,match_weight,match_probability,band,ambiguous,runner_up_employee_id,"
        + "model_version,explanation"

    @Test("train writes a versioned model file with a person model and, given locations, a home-address model")
    func trainWritesModel() async throws {
        let world = try await TrainedWorld.shared()
        #expect(world.trainRun.status == 0, "\(world.trainRun)")
        let text = try String(contentsOfFile: world.model, encoding: .utf8)
        #expect(text.contains(#""format" : "vigil-linkage-model""#))
        let model = try #require(
            try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any],
            "the model is a JSON object"
        )
        let person = try #require(model["person"] as? [String: Any], "the model has a person model")
        #expect(!person.isEmpty)
        let homeAddress = try #require(model["homeAddress"] as? [String: Any], "trained with --locations")
        #expect(!homeAddress.isEmpty)
        let version = try #require(model["version"] as? String)
        #expect(world.trainRun.standardError.contains("model \(version) written to"))
    }

    @Test("link writes the documented header and one row per match, each with its model version")
    func linkWritesMatchTable() async throws {
        let world = try await TrainedWorld.shared()
        #expect(world.linkRun.status == 0, "\(world.linkRun)")
        let text = try String(contentsOfFile: world.matches, encoding: .utf8)
        #expect(text.split(separator: "\n", maxSplits: 1).first == Substring(Self.matchColumns))
        let table = CSVText(text)
        #expect(table.rows.count > 100, "a 300-employee world yields hundreds of matches")
        #expect(table.rows.allSatisfy { $0.count == 10 }, "every row has ten fields")
        let kinds = Set(table.column("kind"))
        #expect(kinds == ["person", "home_address"])
        let version = try modelVersion(world.model)
        #expect(Set(table.column("model_version")) == [version])
        #expect(world.linkRun.standardError.contains("\(table.rows.count) matches (model \(version))"))
    }

    @Test("every explanation is JSON with terms, weight and probability agreeing with its row")
    func explanationsAreJSON() async throws {
        let world = try await TrainedWorld.shared()
        let table = try CSVText(contentsOf: world.matches)
        try #require(!table.rows.isEmpty)
        for row in table.records {
            let id = row["record_id"] ?? "?"
            let probability = try #require(Double(row["match_probability"] ?? ""), "probability of \(id)")
            let weight = try #require(Double(row["match_weight"] ?? ""), "weight of \(id)")
            #expect((0...1).contains(probability), "probability of \(id)")
            #expect(probability >= 0.9, "link reports only matches at or above the model's threshold 0.9")
            let json = try JSONSerialization.jsonObject(with: Data((row["explanation"] ?? "").utf8))
            let explanation = try #require(json as? [String: Any], "explanation of \(id) is a JSON object")
            let terms = try #require(explanation["terms"] as? [[String: Any]], "terms of \(id)")
            #expect(!terms.isEmpty)
            let explainedWeight = try #require(explanation["matchWeight"] as? Double, "matchWeight of \(id)")
            let explainedProbability = try #require(
                explanation["matchProbability"] as? Double,
                "matchProbability of \(id)"
            )
            #expect((0...1).contains(explainedProbability))
            #expect(abs(explainedWeight - weight) < 1e-3, "the waterfall ends at the row's weight for \(id)")
            #expect(abs(explainedProbability - probability) < 1e-3)
        }
    }

    @Test("a person record links to at most one employee")
    func recordLinksOnce() async throws {
        let world = try await TrainedWorld.shared()
        let table = try CSVText(contentsOf: world.matches)
        let personIDs = table.records.filter { $0["kind"] == "person" }.compactMap { $0["record_id"] }
        #expect(!personIDs.isEmpty)
        var seen: Set<String> = []
        let repeated = personIDs.filter { !seen.insert($0).inserted }
        #expect(repeated.isEmpty, "records matched more than once: \(repeated.prefix(5))")
    }

    private func modelVersion(_ path: String) throws -> String {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        let model = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        return try #require(model?["version"] as? String)
    }
}

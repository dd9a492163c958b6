import Foundation
import Testing

/// `vigil evaluate --errors N`: the commonest comparison patterns among the errors at the threshold.
@Suite struct EvaluateErrorsTests {
    @Test("every false positive and missed match at the threshold is counted in exactly one pattern")
    func patternsAccountForEveryError() async throws {
        let world = try await TrainedWorld.shared()
        let run = try await world.evaluatePeople(
            "--errors",
            "100000",
            "--json"
        )
        #expect(run.status == 0, "\(run)")
        let (falsePositives, missed) = try Self.patternsAccountingForErrors(run, kind: "person")
        #expect(!missed.isEmpty, "the generated world leaves some matches missed at 0.9")

        let ids = Set(try CSVText(contentsOf: world.records).column("record_id"))
        for row in falsePositives + missed {
            let example = try #require(row["exampleRecordID"] as? String)
            #expect(ids.contains(example), "the example \(example) is a record of the extract")
            let levels = try #require(row["levels"] as? [String: String])
            #expect(Set(levels.keys) == ["forename", "surname", "name_swap", "date_of_birth", "address"])
        }
        let reasons = Set(missed.compactMap { $0["reason"] as? String })
        #expect(
            reasons.isSubset(of: [
                "not reached by blocking", "another employee scored higher", "scored under the threshold",
            ])
        )
        let counts = falsePositives.compactMap { $0["count"] as? Int }
        #expect(counts == counts.sorted(by: >), "commonest first")
    }

    @Test("home-address errors: every false positive and missed home at the threshold, in the address's terms")
    func homeAddressPatterns() async throws {
        let world = try await TrainedWorld.shared()
        let run = try await world.evaluateHomes("--errors", "100000", "--json")
        #expect(run.status == 0, "\(run)")
        let (falsePositives, missed) = try Self.patternsAccountingForErrors(run, kind: "home_address")
        let ids = Set(try CSVText(contentsOf: world.locations).column("incident_id"))
        for row in falsePositives + missed {
            let example = try #require(row["exampleRecordID"] as? String)
            #expect(ids.contains(example), "the example \(example) is an incident of the extract")
            let levels = try #require(row["levels"] as? [String: String])
            #expect(Set(levels.keys) == ["uprn", "postcode", "house", "street", "town"])
        }
        let reasons = Set(missed.compactMap { $0["reason"] as? String })
        #expect(reasons.isSubset(of: ["not reached by blocking", "scored under the threshold"]))
    }

    /// One kind's error patterns from a JSON report, after checking that the false-positive and missed
    /// patterns add up to the false positives and false negatives at the threshold.
    private static func patternsAccountingForErrors(
        _ run: VigilRun,
        kind: String
    ) throws -> (falsePositives: [[String: Any]], missed: [[String: Any]]) {
        let reports = try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [[String: Any]])
        let report = try #require(reports.first { $0["kind"] as? String == kind })
        let atThreshold = try #require(report["atThreshold"] as? [String: Any])
        let patterns = try #require(report["errorPatterns"] as? [String: Any], "--errors adds the patterns")
        let falsePositives = try #require(patterns["falsePositives"] as? [[String: Any]])
        let missed = try #require(patterns["missed"] as? [[String: Any]])
        func total(_ rows: [[String: Any]]) -> Int { rows.reduce(0) { $0 + ($1["count"] as? Int ?? 0) } }
        #expect(total(falsePositives) == atThreshold["falsePositives"] as? Int)
        #expect(total(missed) == atThreshold["falseNegatives"] as? Int)
        return (falsePositives, missed)
    }

    @Test("the text report lists the patterns under the figures")
    func textReport() async throws {
        let world = try await TrainedWorld.shared()
        let run = try await world.evaluatePeople(
            "--errors",
            "3"
        )
        #expect(run.status == 0, "\(run)")
        let text = run.output
        #expect(text.contains("commonest false positives at 0.9000"))
        #expect(text.contains("commonest missed matches at 0.9000"))
        #expect(text.contains(" × "))
    }
}

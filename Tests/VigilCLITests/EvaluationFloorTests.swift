import Foundation
import Testing

/// `vigil evaluate --json` on the shared small world: the report's shape and accuracy floors.
///
/// Floors are set a little below what the debug build measured on 300 employees and 15,000 records
/// (seeds 1, 7 and 2026, 200,000 random pairs for u): person blocking recall 0.9965–0.9966, person best
/// F1 0.839–0.887, home-address blocking recall 0.9936–1.0. The margin absorbs small modelling changes;
/// a fall below a floor means blocking or scoring got materially worse.
@Suite struct EvaluationFloorTests {
    static let personBlockingRecallFloor = 0.99
    static let personBestF1Floor = 0.80
    static let homeAddressBlockingRecallFloor = 0.99

    /// One kind's figures from the JSON report.
    struct Report {
        let truePairs: Int
        let reached: Int
        let best: (truePositives: Int, falsePositives: Int, falseNegatives: Int)

        var blockingRecall: Double { Double(reached) / Double(truePairs) }
        var bestF1: Double {
            let doubled = Double(2 * best.truePositives)
            return doubled / (doubled + Double(best.falsePositives + best.falseNegatives))
        }
    }

    @Test("evaluate reports person and home-address accuracy above the floors for the small world")
    func accuracyFloors() async throws {
        let world = try await TrainedWorld.shared()
        let run = try await world.evaluatePeople(
            "--locations",
            world.locations,
            "--address-truth",
            world.addressTruth,
            "--json"
        )
        #expect(run.status == 0, "\(run)")
        let reports = try parse(run.standardOutput)
        #expect(Set(reports.keys) == ["person", "home_address"])

        let person = try #require(reports["person"])
        let truePersonPairs = try CSVText(contentsOf: world.personTruth).rows.count
        #expect(person.truePairs == truePersonPairs, "every truth row is counted")
        #expect(person.blockingRecall >= Self.personBlockingRecallFloor, "person blocking recall")
        #expect(person.bestF1 >= Self.personBestF1Floor, "person best F1")

        let address = try #require(reports["home_address"])
        #expect(address.truePairs == (try CSVText(contentsOf: world.addressTruth).rows.count))
        #expect(address.blockingRecall >= Self.homeAddressBlockingRecallFloor, "home-address blocking recall")
    }

    @Test("evaluate prints a readable report without --json")
    func textReport() async throws {
        let world = try await TrainedWorld.shared()
        let run = try await world.evaluateHomes()
        #expect(run.status == 0, "\(run)")
        #expect(run.output.contains("home_address matches:"))
        #expect(run.output.contains("blocking recall"))
        #expect(!run.output.contains("person matches:"), "only the truth given is evaluated")
        #expect(run.output.contains("by threshold (probability, match weight):"))
        #expect(run.output.contains("0.9900 ( +6.63): precision"), "each threshold shows its match weight")
    }

    @Test("the JSON report holds the threshold sweep, recall falling as the threshold rises")
    func sweepInJSON() async throws {
        let world = try await TrainedWorld.shared()
        let run = try await world.evaluatePeople("--json")
        #expect(run.status == 0, "\(run)")
        let kinds = try #require(try JSONSerialization.jsonObject(with: run.standardOutput) as? [[String: Any]])
        let sweep = try #require(kinds.first?["sweep"] as? [[String: Any]])
        let thresholds = sweep.compactMap { $0["threshold"] as? Double }
        #expect(thresholds == [0.5, 0.8, 0.9, 0.95, 0.99, 0.999])
        let found = sweep.compactMap { $0["truePositives"] as? Int }
        #expect(found.count == 6 && found == found.sorted(by: >), "\(found)")
        #expect(found[0] > 0)
    }

    private func parse(_ data: Data) throws -> [String: Report] {
        let json = try JSONSerialization.jsonObject(with: data)
        let kinds = try #require(json as? [[String: Any]], "the JSON report is an array")
        var reports: [String: Report] = [:]
        for kind in kinds {
            let name = try #require(kind["kind"] as? String)
            let best = try #require(kind["best"] as? [String: Any])
            reports[name] = Report(
                truePairs: try #require(kind["truePairs"] as? Int),
                reached: try #require(kind["truePairsReachedByBlocking"] as? Int),
                best: (
                    try #require(best["truePositives"] as? Int), try #require(best["falsePositives"] as? Int),
                    try #require(best["falseNegatives"] as? Int)
                )
            )
        }
        return reports
    }
}

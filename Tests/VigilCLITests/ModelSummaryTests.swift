import Foundation
import Testing

/// `vigil explain --model` and `vigil train` describe the model level by level, one line each.
@Suite struct ModelSummaryTests {
    @Test("every level's label is printed whole, and the m column starts in one place for the whole model")
    func labelsWhole() async throws {
        let world = try await TrainedWorld.shared()
        let run = try await world.directory.vigil("explain", "--model", world.model)
        #expect(run.status == 0, "\(run)")
        let all = run.output.split(separator: "\n").map(String.init)
        let start = try #require(all.firstIndex { $0.hasPrefix("person model:") })
        let lines = all[start...].prefix { !$0.hasPrefix("home_address model:") }
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: world.model)))
        let person = try #require((json as? [String: Any])?["person"] as? [String: Any])
        let comparisons = try #require(person["comparisons"] as? [[String: Any]])
        let labels = try comparisons.flatMap { comparison in
            try #require(comparison["levels"] as? [[String: Any]]).compactMap { $0["label"] as? String }
        }
        #expect(labels.contains { $0.count > 44 }, "some label is longer than the old 44-character column")
        var columns: Set<Int> = []
        for label in labels {
            let line = try #require(
                lines.first {
                    $0.hasPrefix("    \(label) ") && $0.dropFirst(4 + label.count).drop { $0 == " " }.hasPrefix("m ")
                },
                "the level '\(label)' is printed whole, then its m"
            )
            columns.insert(line.count - line.dropFirst(4 + label.count).drop { $0 == " " }.count)
        }
        #expect(columns.count == 1, "the person model's m column starts at \(columns.sorted())")

        let trained = world.trainRun.standardError
        let longest = try #require(labels.max { $0.count < $1.count })
        #expect(trained.contains("    \(longest) "), "train prints the same whole labels")
    }
}

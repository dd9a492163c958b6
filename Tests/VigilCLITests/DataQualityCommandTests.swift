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
        #expect(text.output.hasPrefix("data quality, run 1: succeeded\n  every data-quality gate passed\n"), "\(text)")
        for source in ["roster", "records", "incidents"] {
            #expect(text.output.contains("\n\(source): "), "\(source): \(text.output.prefix(400))")
        }
        #expect(text.output.contains("date of birth"))

        let json = try await world.directory.vigil("dq", "--config", config, "--json")
        #expect(json.status == 0, "\(json)")
        let object = try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any]
        #expect(object.map { $0.keys.sorted() } == ["incidents", "records", "roster", "run"])
        let outcome = try #require(object?["run"] as? [String: Any])
        #expect(outcome["id"] as? Int == 1)
        #expect(outcome["status"] as? String == "succeeded")
        #expect(outcome["failed_gates"] as? [String] == [])
        #expect(outcome["acknowledgement"] is NSNull)

        let missing = try await world.directory.vigil("dq", "--config", config, "--run", "99")
        #expect(missing.status == 1)
        #expect(missing.standardError.contains("there is no run 99 in "), "\(missing)")

        try FileManager.default.removeItem(atPath: world.directory.path("records.csv"))
        let failed = try await world.run()
        #expect(failed.status == 1, "\(failed)")
        let failedReport = try await world.directory.vigil("dq", "--config", config, "--run", "2")
        #expect(failedReport.status == 1)
        #expect(
            failedReport.standardError.contains(
                "run 2 failed, so it published no data-quality report: the run could not start: "
            ),
            "\(failedReport)"
        )
        #expect(failedReport.standardError.contains("records.csv"), "says why it failed: \(failedReport)")
    }

    @Test("a degraded run shows its failed gate, stays reported after a re-run, and is cleared by an acknowledgement")
    func degradedRun() async throws {
        let world = try await RunWorld(prefix: "vigil-dq-degraded")
        defer { world.remove() }
        let config = world.directory.path("vigil.yaml")
        let yaml = try String(contentsOfFile: config, encoding: .utf8)
        _ = try world.directory.write("vigil.yaml", yaml + "\nquality_gates: {max_row_drop: 0.3}\n")
        #expect(try await world.run().status == 0)

        let lines = try String(contentsOfFile: world.directory.path("records.csv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: true)
        let kept = lines.prefix(1 + (lines.count - 1) * 6 / 10)
        _ = try world.directory.write("records.csv", kept.joined(separator: "\n") + "\n")
        for attempt in 1...2 {
            let run = try await world.run()
            #expect(run.status == 4, "attempt \(attempt) is degraded: \(run)")
            let report = try await world.directory.vigil("dq", "--config", config)
            #expect(
                report.output.hasPrefix("data quality, run \(attempt + 1): degraded\n  gate failed: records: "),
                "\(report)"
            )
            #expect(report.output.contains("  not acknowledged: 'vigil status' reports this run"), "\(report)")
            let json = try await world.directory.vigil("dq", "--config", config, "--json")
            let object = try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any]
            let outcome = try #require(object?["run"] as? [String: Any], "\(json)")
            #expect(outcome["status"] as? String == "degraded")
            #expect((outcome["failed_gates"] as? [String])?.first?.hasPrefix("records: ") == true, "\(json)")
            #expect(outcome["acknowledgement"] is NSNull)
            let status = try await world.directory.vigil("status", "--config", config)
            #expect(status.status == 1, "attempt \(attempt): \(status)")
            #expect(status.output.contains("was degraded: records: "), "\(status)")
        }

        let noReason = try await world.directory.vigil("dq", "--config", config, "--acknowledge")
        #expect(noReason.status == 64, "\(noReason)")
        let acknowledged = try await world.directory.vigil(
            "dq",
            "--config",
            config,
            "--acknowledge",
            "--reason",
            "the records system archived old records"
        )
        #expect(acknowledged.status == 0, "\(acknowledged)")
        #expect(acknowledged.output.hasPrefix("run 3 acknowledged"), "\(acknowledged)")
        let report = try await world.directory.vigil("dq", "--config", config)
        #expect(report.output.contains("  acknowledged by cli:"), "\(report)")
        #expect(report.output.contains(": the records system archived old records"), "\(report)")
        let json = try await world.directory.vigil("dq", "--config", config, "--json")
        let object = try JSONSerialization.jsonObject(with: json.standardOutput) as? [String: Any]
        let outcome = try #require(object?["run"] as? [String: Any], "\(json)")
        let acknowledgement = try #require(outcome["acknowledgement"] as? [String: Any], "\(json)")
        #expect(acknowledgement["reason"] as? String == "the records system archived old records")
        #expect((acknowledgement["by"] as? String)?.hasPrefix("cli:") == true)
        let status = try await world.directory.vigil("status", "--config", config)
        #expect(status.status == 0, "\(status)")
        let again = try await world.directory.vigil(
            "dq",
            "--config",
            config,
            "--acknowledge",
            "--reason",
            "the records system archived old records"
        )
        #expect(again.status == 1)
        #expect(again.standardError.contains("run 3 was already acknowledged by cli:"), "\(again)")
    }
}

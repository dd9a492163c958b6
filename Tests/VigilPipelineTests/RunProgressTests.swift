import Foundation
import Synchronization
import Testing
import VigilPipeline
import VigilStore

/// The daily run says how far it has got, step by step, for a progress display.
@Suite struct RunProgressTests {
    @Test("the run reports each step in order, and each extract's rows and share read")
    func stepsInOrder() async throws {
        let scenario = try await Scenario()
        defer { scenario.remove() }
        let heard = Mutex<[RunProgress]>([])
        let run = DailyRun(
            configuration: try scenario.configuration(),
            workers: 2,
            progress: { report in heard.withLock { $0.append(report) } }
        )
        let record = try run.run()
        #expect(record.status == .succeeded)
        let reports = heard.withLock { $0 }
        var stages: [String] = []
        for report in reports where stages.last != report.stage { stages.append(report.stage) }
        #expect(
            stages == [
                "roster", "relinking stored records", "records", "incidents", "filing record keys", "publishing",
            ]
        )
        let records = reports.filter { $0.stage == "records" }
        #expect(records.last?.rows == 5)
        #expect(records.last?.fraction == 1)
        #expect(reports.filter { $0.stage == "roster" }.last?.rows == 15)
    }
}

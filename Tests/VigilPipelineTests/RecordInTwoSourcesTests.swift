import Foundation
import GRDB
import Testing
import VigilPipeline
import VigilStore

/// A record two configured sources both supply is resolved once a run, to the later-listed source's
/// version, so the same extracts night after night change nothing.
@Suite struct RecordInTwoSourcesTests {
    static let ameliaWitness = Scenario.ameliaVictim.replacingOccurrences(of: ",victim,", with: ",witness,")

    @Test("the later-listed source's version of a record both sources supply is used, and re-runs change nothing")
    func laterSourceWins() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.moreSources = ["{name: intel, kind: person_records, path: intel.csv}"]
        scenario.moreRecordFiles["intel.csv"] = [Self.ameliaWitness]
        let first = try scenario.run()
        #expect(first.counts["records supplied by a later source"] == 1)
        #expect(
            first.messages.contains {
                $0.hasPrefix("records: 1 records were also supplied by a source listed after it")
            }
        )
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.roles == "witness")
        #expect(first.inputs.map(\.source) == ["roster", "records", "intel", "incidents"])
        try scenario.closeWithNoFurtherAction(DailyRunTests.ameliaCrime)
        let alerts = try scenario.alerts()

        for _ in 0..<2 {
            let again = try scenario.run()
            #expect(again.counts["records changed"] == nil)
            #expect(again.counts["alerts updated"] == nil)
            #expect(again.counts["alerts reopened"] == nil)
            #expect(again.counts["records withdrawn"] == 0)
            #expect(try scenario.alerts() == alerts)
        }
        let feed = try scenario.store().read { db in
            try String.fetchOne(db, sql: "SELECT feed FROM person_record WHERE record_id = 'C1'")
        }
        #expect(feed == "intel")
    }
}

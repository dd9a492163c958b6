import Foundation
import Testing
import VigilPipeline
import VigilStore

/// A record id that more than one of a source's files supply (a delta glob whose earlier files are still
/// in the folder, or a snapshot split over files) resolves to the last file's version, compared once
/// with the store: running again changes nothing, and a closed alert stays closed.
@Suite struct RepeatedRecordTests {
    static let corrected = Scenario.mohammedSubject.replacingOccurrences(of: "subject", with: "mentioned")

    @Test("a delta's correction in a later file is not undone by the earlier file every night")
    func deltaCorrectionHolds() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.recordsMode = "delta"
        scenario.recordsPath = "records*.csv"
        try scenario.run()
        scenario.moreRecordFiles["records2.csv"] = [Self.corrected]
        let corrected = try scenario.run()
        #expect(corrected.counts["records changed"] == 1)
        #expect(corrected.counts["alerts updated"] == 1)
        try scenario.closeWithNoFurtherAction(DailyRunTests.mohammedIntel)
        let history = try scenario.history(DailyRunTests.mohammedIntel)

        let again = try scenario.run()
        #expect(again.counts["records changed"] == nil)
        #expect(again.counts["records superseded by a later file"] == 1)
        #expect(again.counts["alerts updated"] == nil)
        #expect(again.counts["alerts reopened"] == nil)
        let alert = try #require(try scenario.alert(DailyRunTests.mohammedIntel))
        #expect(alert.status == "NO_FURTHER_ACTION")
        #expect(alert.roles == "mentioned")
        #expect(try scenario.history(DailyRunTests.mohammedIntel) == history)
    }

    @Test("a snapshot holding an id in two files uses the last file's version, and a re-run changes nothing")
    func snapshotRepeatResolvesOnce() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.recordsPath = "records*.csv"
        scenario.moreRecordFiles["records2.csv"] = [Self.corrected]
        let first = try scenario.run()
        #expect(first.counts["records new"] == 5)
        #expect(first.counts["records superseded by a later file"] == 1)
        let read = first.inputs.filter { $0.source == "records" }.map {
            URL(fileURLWithPath: $0.path).lastPathComponent
        }
        #expect(read == ["records.csv", "records2.csv"], "inputs are listed in the glob's order")
        #expect(try scenario.alert(DailyRunTests.mohammedIntel)?.roles == "mentioned")
        #expect(try scenario.history(DailyRunTests.mohammedIntel) == ["raised"])
        let before = try scenario.alerts()

        let again = try scenario.run()
        #expect(again.counts["records changed"] == nil)
        #expect(again.counts["records unchanged"] == 5)
        #expect(again.counts["alerts updated"] == nil)
        #expect(try scenario.alerts() == before)
    }

    @Test("a row the last file rejected keeps the stored record rather than an earlier file's version")
    func laterRejectKeepsStored() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.recordsPath = "records*.csv"
        try scenario.run()
        scenario.records[1] = Self.corrected
        scenario.moreRecordFiles["records2.csv"] = [
            Scenario.mohammedSubject.replacingOccurrences(of: "2025-01-20", with: "2025-02-30")
        ]
        let run = try scenario.run()
        #expect(run.counts["records changed"] == nil)
        #expect(run.counts["records superseded by a later file"] == 1)
        #expect(run.counts["records kept, row rejected"] == 1)
        #expect(run.counts["records withdrawn"] == 0)
        #expect(try scenario.alert(DailyRunTests.mohammedIntel)?.roles == "subject")
    }
}

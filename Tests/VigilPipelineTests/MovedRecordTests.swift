import Foundation
import Testing
import VigilPipeline
import VigilStore

/// Withdrawals are decided once every source has been read: a record that moved to another source, even
/// one listed later, is moved, not withdrawn and returned as new evidence that reopens closed alerts.
@Suite struct MovedRecordTests {
    @Test("a record moved to a source listed later is moved, and its closed alert stays closed")
    func movedToLaterSource() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.moreSources = ["{name: intel, kind: person_records, path: intel.csv}"]
        scenario.moreRecordFiles["intel.csv"] = []
        try scenario.run()
        try scenario.closeWithNoFurtherAction(DailyRunTests.mohammedIntel)
        let history = try scenario.history(DailyRunTests.mohammedIntel)

        scenario.records.removeAll { $0 == Scenario.mohammedSubject }
        scenario.moreRecordFiles["intel.csv"] = [Scenario.mohammedSubject]
        let moved = try scenario.run()
        #expect(moved.counts["records moved from another source"] == 1)
        #expect(moved.counts["records withdrawn"] == 0)
        #expect(moved.counts["records returned"] == nil)
        #expect(moved.counts["alerts reopened"] == nil)
        #expect(moved.counts["alerts withdrawn"] == nil)
        let alert = try #require(try scenario.alert(DailyRunTests.mohammedIntel))
        #expect(alert.status == "NO_FURTHER_ACTION")
        #expect(!alert.evidenceWithdrawn)
        #expect(try scenario.history(DailyRunTests.mohammedIntel) == history)

        // Its new source's snapshot withdraws it when it goes from there.
        scenario.moreRecordFiles["intel.csv"] = []
        let gone = try scenario.run()
        #expect(gone.counts["records withdrawn"] == 1)
        #expect(try scenario.alert(DailyRunTests.mohammedIntel)?.evidenceWithdrawn == true)
    }

    @Test("a record that moved to another source and changed is counted as moved and as changed")
    func movedAndChanged() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        scenario.moreSources = ["{name: intel, kind: person_records, path: intel.csv}"]
        scenario.moreRecordFiles["intel.csv"] = []
        try scenario.run()
        scenario.records.removeAll { $0 == Scenario.mohammedSubject }
        let changed = Scenario.mohammedSubject.replacingOccurrences(of: "2025-01-20", with: "2025-01-21")
        #expect(changed != Scenario.mohammedSubject)
        scenario.moreRecordFiles["intel.csv"] = [changed]
        let moved = try scenario.run()
        #expect(moved.counts["records moved from another source"] == 1)
        #expect(moved.counts["records changed"] == 1)
        #expect(moved.counts["records withdrawn"] == 0)
    }

    @Test("retiring a source while a source listed after it reads the same file withdraws nothing")
    func retiredAndReplaced() async throws {
        var scenario = try await Scenario()
        defer { scenario.remove() }
        try scenario.run()
        try scenario.closeWithNoFurtherAction(DailyRunTests.ameliaCrime)
        let before = try scenario.alerts()

        scenario.recordsMode = "retired"
        scenario.moreSources = ["{name: records-new, kind: person_records, path: records.csv}"]
        let replaced = try scenario.run()
        #expect(replaced.status == .succeeded)
        #expect(replaced.counts["records moved from another source"] == 5)
        #expect(replaced.counts["records withdrawn"] == 0)
        #expect(replaced.counts["records returned"] == nil)
        #expect(replaced.counts["alerts reopened"] == nil)
        #expect(try scenario.alerts() == before)
        #expect(try scenario.alert(DailyRunTests.ameliaCrime)?.status == "NO_FURTHER_ACTION")
    }
}

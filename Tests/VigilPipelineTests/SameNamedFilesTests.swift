import Foundation
import Testing
import VigilIngest
import VigilPipeline
import VigilStore

/// A glob source whose files share a name in different folders (`in/a/crime.csv`, `in/b/crime.csv`): the
/// run names each by its folder, the data-quality report lists each file's blank rows by line, and the
/// source's rejects are kept when a later file stops the run.
@Suite struct SameNamedFilesTests {
    private static let folderA = "in/a/crime.csv"
    private static let folderB = "in/b/crime.csv"

    private static func scenario() async throws -> Scenario {
        var scenario = try await Scenario(records: [])
        scenario.recordsPath = "in/*/crime.csv"
        scenario.moreRecordFiles[folderA] = [Scenario.ameliaVictim, ",,,,,,,,,,", Scenario.strangers[0], " \t "]
        scenario.moreRecordFiles[folderB] = [Scenario.mohammedSubject, "\u{A0},,"] + Scenario.strangers.dropFirst()
        return scenario
    }

    @Test("the data-quality report lists each file's rows skipped as blank, with their lines")
    func skippedRowsPerFile() async throws {
        var scenario = try await Self.scenario()
        defer { scenario.remove() }
        let run = try scenario.run()
        #expect(run.status == .succeeded, "\(run.messages)")
        let stored = try scenario.store().read { db in
            try DataQualityReportTable.reports(run: run.id, in: db)["records"]
        }
        let report = try DataQualityReport.decode(json: Data(try #require(stored).utf8))
        let folder = URL(fileURLWithPath: scenario.folder).standardizedFileURL.path
        #expect(
            report.skippedRows?.map { "\($0.file.replacingOccurrences(of: folder, with: "")) \($0.count) \($0.lines)" }
                == ["/in/a/crime.csv 2 [3, 5]", "/in/b/crime.csv 1 [3]"]
        )
        #expect(report.rowsRead == 5)
        #expect(report.text().contains("/in/a/crime.csv: 2, lines 3, 5\n"), "\(report.text())")
        let roster = try scenario.store().read { db in
            try DataQualityReportTable.reports(run: run.id, in: db)["roster"]
        }
        #expect(roster?.contains("skippedRows") == false, "a file with no blank rows lists none")
    }

    @Test("a file that stops the run is named by its folder, and the rejects of the files read before it are kept")
    func unusableFileNamedByFolder() async throws {
        var scenario = try await Self.scenario()
        defer { scenario.remove() }
        // The files are read last first: b's rows (one rejected), then a, which lacks a column.
        scenario.moreRecordFiles[Self.folderB]?.append("B1,crime,CR-8,2024-02-30,suspect,Ann,Other,1980-01-01,1 Rd,X,")
        scenario.moreRecordFiles[Self.folderA] = nil
        scenario.rawFiles[Self.folderA] =
            Scenario.recordsHeader.replacingOccurrences(of: "record_id,", with: "reference,") + "\n"
            + Scenario.ameliaVictim + "\n"
        let failure = try #require(throws: DailyRun.Failure.self) { try scenario.run() }
        #expect(failure.message.hasPrefix("records: a/crime.csv: missing column 'record_id'"), "\(failure.message)")
        let record = try #require(failure.record)
        #expect(record.status == .failed)
        let rejects = try String(
            contentsOfFile: scenario.folder + "/rejects/run-\(record.id)-records.csv",
            encoding: .utf8
        )
        #expect(rejects.contains("/in/b/crime.csv,6,event_date,"), "the failed run's rejects are kept: \(rejects)")
        let names = try FileManager.default.contentsOfDirectory(atPath: scenario.folder + "/rejects")
        #expect(names.filter { $0.hasPrefix(".") }.isEmpty, "no temporary file left: \(names)")
    }
}

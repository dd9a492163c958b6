import Foundation
import VigilCore
import VigilIngest
import VigilPipeline
import VigilStore

/// One simulated day of the demo: its extracts written to `days/day-N/`, and the daily run over them
/// with the clock set to that day.
///
/// Day one reads the history and the incident locations; each later day reads the roster as it then
/// stands and a delta of person records: the held-back arrivals, second records of open alerts'
/// events (updated alerts), and corrected records of closed alerts (reopened, or kept suppressed when
/// a supervisor agreed they are not a match).
struct DemoDay: Sendable {
    /// 0 for day one.
    let number: Int
    /// When the day's run starts.
    let start: Date
    /// The demo's folder.
    let folder: String

    /// What a day's extracts hold besides the arrivals, for the terminal.
    struct Extracts: Sendable {
        var configuration: PipelineConfiguration
        var lines: [String]
    }

    /// Writes the day's extracts and returns the configuration that reads them.
    func writeExtracts(_ scenario: DemoScenario, store: StoreDatabase, leaver: String?) throws -> Extracts {
        let dayFolder = folder + "/days/day-\(number + 1)"
        var lines: [String] = []
        var records: DemoTable
        if number == 0 {
            records = scenario.historyRecords()
            lines.append("history: \(records.rows.count.counted("person record"))")
        } else {
            records = scenario.records.with(rows: scenario.arrivals(onLaterDay: number, day: start))
            lines.append(records.rows.count.counted("new record"))
            let changes = try store.read { db in
                try DemoAlert.fetch(
                    statuses: ["NEW", "UNDER_REVIEW", "AWAITING_INFO", "NO_FURTHER_ACTION", "REFERRED", "NOT_A_MATCH"],
                    in: db
                )
            }
            let open = changes.filter { ["NEW", "UNDER_REVIEW", "AWAITING_INFO"].contains($0.status) }
            let second = open.filter { !$0.recordIDs.isEmpty }.dropFirst(number * 7)
                .lazy.compactMap { scenario.supplementary(to: $0.recordIDs[0], suffix: "S\(number)") }.prefix(3)
            records.rows += Array(second)
            lines.append("\(Array(second).count.counted("second record")) of open alerts' events")
            let closed = changes.filter {
                ["NO_FURTHER_ACTION", "REFERRED"].contains($0.status) && !$0.recordIDs.isEmpty
            }
            let corrected = Array(
                closed.lazy.compactMap { scenario.corrected($0.recordIDs[0], onLaterDay: number) }.prefix(2)
            )
            records.rows += corrected
            let suppressed = changes.lazy.filter { $0.status == "NOT_A_MATCH" && !$0.recordIDs.isEmpty }
                .compactMap { scenario.corrected($0.recordIDs[0], onLaterDay: number) }.first
            if let suppressed { records.rows.append(suppressed) }
            lines.append(
                "\(corrected.count.counted("corrected record")) of closed alerts"
                    + (suppressed == nil ? "" : ", 1 of a suppressed pair")
            )
        }
        let roster = scenario.roster(onLaterDay: number, day: start, leaver: leaver)
        if number == scenario.newStarterDay {
            lines.append("roster: new starter \(DemoScenario.newStarterID) joins")
        }
        if number == scenario.leaverDay, let leaver { lines.append("roster: \(leaver) leaves") }
        try roster.write(to: dayFolder + "/roster.csv")
        try records.write(to: dayFolder + "/records.csv")
        let locations = dayFolder + "/incident_locations.csv"
        if number == 0 {
            try? FileManager.default.removeItem(atPath: locations)
            try FileManager.default.copyItem(atPath: folder + "/world/incident_locations.csv", toPath: locations)
        } else {
            try DemoTable(path: folder + "/world/incident_locations.csv").with(rows: []).write(to: locations)
        }
        let configuration = PipelineConfiguration(
            store: folder + "/vigil.sqlite",
            model: folder + "/model.json",
            roster: dayFolder + "/roster.csv",
            sources: [
                .init(name: "records", kind: .personRecords, path: dayFolder + "/records.csv", mode: .delta),
                .init(name: "incidents", kind: .incidentLocations, path: locations, mode: .delta),
            ],
            rejectsFolder: folder + "/rejects"
        )
        return Extracts(configuration: configuration, lines: lines)
    }

    /// Runs the daily pipeline over the day's extracts with the clock at the day's start.
    func run(_ configuration: PipelineConfiguration) throws -> RunRecord {
        let began = Date()
        let start = self.start
        let run = DailyRun(
            configuration: configuration,
            clock: { start.addingTimeInterval(Date().timeIntervalSince(began)) }
        )
        return try run.run()
    }
}

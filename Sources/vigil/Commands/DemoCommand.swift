import ArgumentParser
import Foundation
import GRDB
import Hummingbird
import VigilCore
import VigilIngest
import VigilPipeline
import VigilStore
import VigilSynthetic
import VigilWeb

/// `vigil demo`: the whole product on synthetic data in one command.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Generate a synthetic world, run several simulated days, and serve the dashboard on it.",
        discussion: """
            Generates a world, trains a model, then runs the daily pipeline over simulated days a week \
            apart, ending today: new, updated and reopened alerts, a scripted reviewer's decisions between \
            days, a new starter found in the history and a leaver. Creates a demo supervisor, reviewer and \
            auditor, prints their passwords and authenticator keys once, and serves the dashboard on \
            127.0.0.1 until interrupted. Only synthetic data. The folder is rebuilt on every run; a folder \
            holding a store the demo did not make is refused.
            """
    )

    @Option(name: .long, help: "The folder to write into (rebuilt each time; never a real store's).")
    var out: String = "demo-output"

    @Option(name: .long, help: "Employees on the synthetic roster.")
    var employees: Int = 1_000

    @Option(name: .long, help: "Person records in the synthetic history.")
    var records: Int = 40_000

    @Option(name: .long, help: "Simulated days, a week apart, the last one today (at least 5).")
    var days: Int = 6

    @Option(name: .long, help: "Seed of the synthetic world.")
    var seed: UInt64 = 2026

    @Option(name: .long, help: "Port for the dashboard on 127.0.0.1.")
    var port: Int = 8080

    @Flag(name: .long, help: "Build the demo store and stop without serving it.")
    var noServe = false

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port is between 1 and 65535") }
        guard days >= 5, days <= 52 else { throw ValidationError("--days is between 5 and 52") }
        guard employees >= 50 else { throw ValidationError("--employees must be at least 50") }
        guard records >= 2_000 else { throw ValidationError("--records must be at least 2000") }
    }

    func run() async throws {
        do {
            try await demonstrate()
        } catch let error as DemoError {
            Diagnostics.note(error.message)
            throw ExitStatus.failure
        }
    }

    private func demonstrate() async throws {
        let began = Date()
        let folder = DemoFolder(path: out)
        try folder.prepare()
        let world = out + "/world"
        say(
            "== generate: \(employees.counted("employee")), \(records.counted("person record")) (seed \(seed)) into \(world)"
        )
        let summary = try WorldGenerator(
            parameters: WorldParameters(employees: employees, personRecords: records, seed: seed)
        ).write(to: world)
        say(
            "   \(summary.employeePersonRecords.counted("record")) \(summary.employeePersonRecords.agreeing("is", plural: "are")) "
                + "about employees; \(summary.incidentLocations.counted("incident location"))"
        )
        say("== train")
        let model = try DemoTraining(world: world, rejects: out + "/rejects/train-rejects.csv").train()
        try ModelFile.write(model, to: out + "/model.json")
        say("   model \(model.version)")
        let scenario = try DemoScenario(world: world, laterDays: days - 1)
        let store = try StoreDatabase(path: folder.store)
        let last = Date().addingTimeInterval(-15 * 60)
        let starts = (0..<days).map { last.addingTimeInterval(-Double((days - 1 - $0) * 7) * 86_400) }
        let credentials = try await DemoAccounts.create(in: store, at: starts[0].addingTimeInterval(-86_400))
        let reviewer = DemoReviewer(
            store: store,
            scenario: scenario,
            reviewer: DemoAccounts.reviewer,
            supervisor: DemoAccounts.supervisor
        )
        var leaver: String?
        var configuration: PipelineConfiguration?
        for (number, start) in starts.enumerated() {
            let day = DemoDay(number: number, start: start, folder: out)
            if number == scenario.leaverDay { leaver = try chooseLeaver(store) }
            let extracts = try day.writeExtracts(scenario, store: store, leaver: leaver)
            configuration = extracts.configuration
            say(
                "== day \(number + 1) of \(days), \(CalendarDate.utcDay(start)): "
                    + extracts.lines.joined(separator: "; ")
            )
            let record = try day.run(extracts.configuration)
            say("   run \(record.id) \(record.status.rawValue): " + Self.alertCounts(record))
            if number < days - 1 {
                let work = try reviewer.work(day: number, from: start.addingTimeInterval(6 * 3_600))
                say("   the team: " + work.summary)
            }
        }
        if let configuration { try DemoConfigurationFile(configuration, folder: out).write() }
        say("== the store: " + (try Self.statusCounts(store)))
        say("   built in \(Int(Date().timeIntervalSince(began))) s; world, model, extracts and store in \(out)")
        let address = "http://127.0.0.1:\(port)"
        say("")
        say(DemoAccounts.text(credentials, address: address))
        say("")
        guard !noServe else { return }
        try await serve(store)
    }

    private func serve(_ store: StoreDatabase) async throws {
        let services = try await WebServices(store: store)
        _ = try store.write { db in
            try ServerSettings.record("vigil demo listening on 127.0.0.1:\(port)", in: db)
        }
        say("== serving the dashboard on http://127.0.0.1:\(port) (Ctrl-C to stop)")
        let app = try VigilWebApplication.application(services: services, host: "127.0.0.1", port: port)
        try await app.runService()
    }

    /// The employee who leaves: the first with an open alert nobody has assigned.
    private func chooseLeaver(_ store: StoreDatabase) throws -> String? {
        try store.read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT employee_id FROM alert
                    WHERE status = 'NEW' AND assigned_to IS NULL AND kind = 'person' AND employee_id <> ?
                    ORDER BY id LIMIT 1
                    """,
                arguments: [DemoScenario.newStarterID]
            )
        }
    }

    private static func alertCounts(_ record: RunRecord) -> String {
        let counts = AlertOutcome.allCases.filter { $0 != .unchanged }.compactMap { outcome in
            record.counts["alerts \(outcome.rawValue)"].map { "\($0) \(outcome.rawValue)" }
        }
        return counts.isEmpty ? "no alert changes" : "alerts " + counts.joined(separator: ", ")
    }

    private static func statusCounts(_ store: StoreDatabase) throws -> String {
        try store.read { db in
            let rows = try Row.fetchAll(
                db,
                sql: "SELECT status, count(*) AS n FROM alert GROUP BY status ORDER BY status"
            )
            let suppressions =
                try Int.fetchOne(db, sql: "SELECT count(*) FROM suppression WHERE approved_at IS NOT NULL") ?? 0
            let statuses = rows.map { "\($0["n"] as Int) \(AlertStatus(rawValue: $0["status"])?.label ?? "?")" }
            return "alerts " + statuses.joined(separator: ", ") + "; \(suppressions.counted("suppression")) in force"
        }
    }

    private func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}

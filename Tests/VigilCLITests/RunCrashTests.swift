import Foundation
import GRDB
import Testing

/// Kills `vigil run` with SIGKILL at many points and checks that the store stays consistent and that
/// running again gives exactly what an uninterrupted run gives: no duplicate and no lost alerts.
@Suite(.serialized) struct RunCrashTests {
    @Test("a run killed at any of 24 points leaves the store consistent, and re-running equals an uninterrupted run")
    func killedRuns() async throws {
        let reference = try await RunWorld(prefix: "vigil-crash-reference")
        defer { reference.remove() }
        let clock = ContinuousClock()
        let start = clock.now
        let first = try await reference.run()
        let duration = clock.now - start
        #expect(first.status == 0, "\(first)")
        let expected = try reference.publishedState()
        #expect(expected.contains { $0.hasPrefix("person|") }, "the reference run raised no alerts")

        let crashed = try await RunWorld(prefix: "vigil-crash")
        defer { crashed.remove() }
        let binary = try VigilBinary.require()
        var window = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        var generator = SystemRandomNumberGenerator()
        var killedMidRun = 0
        var attempts = 0
        while killedMidRun < 24 && attempts < 60 {
            attempts += 1
            let delay = Double.random(in: 0..<window, using: &generator)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["run", "--config", crashed.directory.path("vigil.yaml")]
            process.currentDirectoryURL = crashed.directory.url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            let started = clock.now
            try process.run()
            try await Task.sleep(for: .seconds(delay))
            kill(process.processIdentifier, SIGKILL)
            while process.isRunning { try await Task.sleep(for: .milliseconds(5)) }
            if process.terminationReason == .exit {
                // The run finished first: aim the next kills inside the time a run really takes here,
                // and start again from an empty store so the next run does the full work.
                let took = clock.now - started
                window = min(
                    window,
                    0.9 * (Double(took.components.seconds) + Double(took.components.attoseconds) / 1e18)
                )
                #expect(try crashed.publishedState() == expected)
                for suffix in ["", "-wal", "-shm"] {
                    try? FileManager.default.removeItem(atPath: crashed.store + suffix)
                }
                continue
            }
            killedMidRun += 1
            guard FileManager.default.fileExists(atPath: crashed.store) else { continue }
            let integrity = try await DatabaseQueue(path: crashed.store).read { db in
                try String.fetchOne(db, sql: "PRAGMA integrity_check")
            }
            #expect(integrity == "ok", "store damaged by kill \(killedMidRun) after \(delay) s")
            // Killed mid-run, nothing of that run is published: the store holds either nothing or exactly
            // what an earlier finished run published.
            let state = try crashed.publishedState()
            let published = try crashed.runStatuses().contains("succeeded")
            #expect(published ? state == expected : !state.contains { $0.hasPrefix("person|") })
        }
        #expect(killedMidRun >= 24, "only \(killedMidRun) of \(attempts) kills landed mid-run")
        let final = try await crashed.run()
        #expect(final.status == 0, "\(final)")
        #expect(try crashed.publishedState() == expected)
        let statuses = try crashed.runStatuses()
        #expect(statuses.last == "succeeded")
        #expect(!statuses.contains("running"), "a killed run was not marked abandoned")
    }
}

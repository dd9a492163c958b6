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
        let total = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        var generator = SystemRandomNumberGenerator()
        var killedMidRun = 0
        for point in 0..<24 {
            // Spread the kills over the whole run, from start-up to the final commit, with jitter.
            let fraction = 0.95 * (Double(point) + Double.random(in: 0..<1, using: &generator)) / 24
            let process = Process()
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = ["run", "--config", crashed.directory.path("vigil.yaml")]
            process.currentDirectoryURL = crashed.directory.url
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            try await Task.sleep(for: .seconds(total * fraction))
            kill(process.processIdentifier, SIGKILL)
            while process.isRunning { try await Task.sleep(for: .milliseconds(5)) }
            if process.terminationReason == .uncaughtSignal { killedMidRun += 1 }
            guard FileManager.default.fileExists(atPath: crashed.store) else { continue }
            let integrity = try await DatabaseQueue(path: crashed.store).read { db in
                try String.fetchOne(db, sql: "PRAGMA integrity_check")
            }
            #expect(integrity == "ok", "store damaged after kill \(point)")
            let state = try crashed.publishedState()
            let published = try crashed.runStatuses().contains("succeeded")
            // Either nothing was published yet, or everything was: never half.
            #expect(published ? state == expected : !state.contains { $0.hasPrefix("person|") })
            if published {
                // A finished run makes the next one a no-op: start again from an empty store so that
                // every kill lands in a run doing the full work.
                for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: crashed.store + suffix) }
            }
        }
        #expect(killedMidRun >= 20, "only \(killedMidRun) of 24 kills landed mid-run")
        let final = try await crashed.run()
        #expect(final.status == 0, "\(final)")
        #expect(try crashed.publishedState() == expected)
        let statuses = try crashed.runStatuses()
        #expect(statuses.last == "succeeded")
        #expect(!statuses.contains("running"))
        #expect(
            statuses.filter { $0 == "abandoned" }.count >= killedMidRun - statuses.filter { $0 == "succeeded" }.count
        )
    }
}

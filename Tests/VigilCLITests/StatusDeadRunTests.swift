import Foundation
import GRDB
import Testing
import VigilStore

/// `vigil status` after a run was killed (SIGKILL, the out-of-memory killer): the run's entry still says
/// running, and the 07:00 check must fail rather than pass until another run happens to start.
@Suite struct StatusDeadRunTests {
    @Test("status exits 1 and says the run died when a run recorded as running holds no run lock")
    func killedRun() async throws {
        let world = try await RunWorld(prefix: "vigil-dead-run")
        defer { world.remove() }
        let first = try await world.run()
        #expect(first.status == 0, "\(first)")
        // What a killed run leaves: its entry, still running, and the lock released by the kernel.
        try await DatabaseQueue(path: world.store).write { db in
            try db.execute(
                sql:
                    "INSERT INTO run (started_at, status, pid, host, model_version) VALUES (?, 'running', 4242, 'h', 'm')",
                arguments: [StoreTime.text(Date())]
            )
        }
        let status = try await world.directory.vigil("status", "--config", world.directory.path("vigil.yaml"))
        #expect(status.status == 1, "\(status)")
        #expect(status.output.contains("status: ATTENTION"), "\(status)")
        #expect(status.output.contains("no process holds the run lock: it died"), "\(status)")

        let again = try await world.run()
        #expect(again.status == 0, "\(again)")
        #expect(try world.runStatuses() == ["succeeded", "abandoned", "succeeded"])
        let recovered = try await world.directory.vigil("status", "--config", world.directory.path("vigil.yaml"))
        #expect(recovered.status == 0, "\(recovered)")
    }
}

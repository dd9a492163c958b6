import Foundation
import VigilStore

extension StoreHealth {
    /// The store's health as `vigil status` reports it: the run history, and, when the last run is
    /// recorded as running, whether it still holds the run lock (``RunLock/probe(storePath:)``).
    ///
    /// A run holds the lock from before it is recorded until after its outcome is recorded. So a run
    /// read as running, then the lock seen free, then the same run read as running again, has died: had
    /// it been alive when the lock was free, its outcome would have been recorded before the second read.
    public static func checked(
        configuration: PipelineConfiguration,
        now: Date,
        store: any DataStore
    ) throws -> StoreHealth {
        let read = {
            try store.read { db in
                try StoreHealth.current(
                    staleAfterHours: configuration.staleAfterHours,
                    runLimitHours: configuration.runLimitHours,
                    now: now,
                    in: db
                )
            }
        }
        var health = try read()
        guard let running = health.lastRun, running.status == .running else { return health }
        let liveness = RunLock.probe(storePath: configuration.store)
        if liveness == .died {
            health = try read()
            // Finished between the two reads: the new reading stands, as it is.
            guard health.lastRun?.id == running.id, health.lastRun?.status == .running else { return health }
        }
        health.lastRunLiveness = liveness
        return health.judged(at: now)
    }
}

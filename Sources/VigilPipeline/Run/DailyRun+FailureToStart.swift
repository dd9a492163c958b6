import Foundation
import VigilCore
import VigilIngest
import VigilStore

extension DailyRun {
    /// Records in the store's run history a run that could not start: its configuration names an
    /// extract, roster, model or mapping that is absent, or its model cannot be read.
    ///
    /// Without this, `vigil status` (the 07:00 monitoring check) and the dashboard's run history would
    /// show yesterday's success until the data went stale, although today's run failed. Nothing is
    /// published; the previous day's alerts stay as they were.
    ///
    /// Does nothing (returns `nil`) when there is no store yet — `vigil status` already fails then — or
    /// when another run holds the store, which will record its own outcome.
    ///
    /// - Returns: the failed run as recorded, or `nil` when none was recorded.
    @discardableResult
    public func recordFailureToStart(_ message: String) -> RunRecord? {
        guard openStore != nil || FileManager.default.fileExists(atPath: configuration.store) else { return nil }
        do {
            let lock = try RunLock(storePath: configuration.store)
            defer { lock.release() }
            let store = try openStore?() ?? StoreDatabase(path: configuration.store)
            let version = (try? ModelFile.read(configuration.model).version) ?? "none"
            return try recordFailure(message, modelVersion: version, in: store)
        } catch {
            return nil
        }
    }

    /// Writes a run that failed before it did any work, marking unfinished runs abandoned first (the
    /// caller holds the run lock).
    func recordFailure(_ message: String, modelVersion: String, in store: any DataStore) throws -> RunRecord {
        let started = clock()
        return try store.write { db in
            try RunLog.abandonUnfinished(at: started, in: db)
            let id = try RunLog.begin(
                at: started,
                pid: getpid(),
                host: ProcessInfo.processInfo.hostName,
                modelVersion: modelVersion,
                in: db
            )
            let record = RunRecord(
                id: id,
                startedAt: started,
                finishedAt: clock(),
                status: .failed,
                pid: getpid(),
                host: ProcessInfo.processInfo.hostName,
                modelVersion: modelVersion,
                messages: ["the run could not start: " + message]
            )
            try RunLog.finish(record, in: db)
            return record
        }
    }
}

import Foundation
import VigilCore
import VigilIngest
import VigilStore

/// The daily run: ingest every configured extract, link what changed, update alerts, and publish it
/// all at once — or nothing.
///
/// Everything a run changes is written in one transaction that commits at the end, so readers (the
/// dashboard) see yesterday's state until the whole run is done, a killed run leaves no trace but its
/// "abandoned" entry in the run history, and running it again does the work afresh. Running the same
/// inputs twice changes nothing the second time.
///
/// ```swift
/// let record = try DailyRun(configuration: try .load(path: "vigil.yaml")).run()
/// print(record.status, record.counts)
/// ```
public struct DailyRun: Sendable {
    /// What to read and where to publish.
    public var configuration: PipelineConfiguration
    /// The time the run takes as "now" (injectable for tests).
    public var clock: @Sendable () -> Date
    /// Threads used for linking.
    public var workers: Int
    /// Opens the store; `nil` opens the SQLite file the configuration names.
    public var openStore: (@Sendable () throws -> any DataStore)?
    /// Hears how far the run has got (see ``RunProgress``), for a progress display.
    public var progress: @Sendable (RunProgress) -> Void

    /// Prepares a run.
    public init(
        configuration: PipelineConfiguration,
        clock: @escaping @Sendable () -> Date = { Date() },
        workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        openStore: (@Sendable () throws -> any DataStore)? = nil,
        progress: @escaping @Sendable (RunProgress) -> Void = { _ in }
    ) {
        self.configuration = configuration
        self.clock = clock
        self.workers = workers
        self.openStore = openStore
        self.progress = progress
    }

    /// A run that stopped: the error, and the run as recorded (status failed).
    public struct Failure: Error, CustomStringConvertible, Sendable {
        /// The run as recorded, or `nil` if it could not even be recorded (e.g. the store is unreadable).
        public var record: RunRecord?
        /// What went wrong.
        public var message: String

        public var description: String { message }
    }

    /// Runs once and returns the run as recorded.
    ///
    /// - Throws: ``RunLock/Refused`` when another run holds the store; ``Failure`` when the run stopped
    ///   (nothing published; the previous day's alerts stay as they were).
    public func run() throws -> RunRecord {
        let lock = try RunLock(storePath: configuration.store)
        // A run that ends, failed or not, clears the holder; only a killed run leaves it for the next.
        defer { lock.release() }
        let store: any DataStore
        do {
            store = try openStore?() ?? StoreDatabase(path: configuration.store)
        } catch {
            throw Failure(record: nil, message: Self.describe(error))
        }
        let model: LinkageModel
        do {
            model = try loadModel()
        } catch {
            let message = Self.describe(error)
            let record = try? recordFailure(message, modelVersion: "none", in: store)
            throw Failure(record: record, message: message)
        }
        let started = clock()
        var record: RunRecord
        do {
            let id = try store.write { db in
                try RunLog.abandonUnfinished(at: started, in: db)
                return try RunLog.begin(
                    at: started,
                    pid: getpid(),
                    host: ProcessInfo.processInfo.hostName,
                    modelVersion: model.version,
                    thresholds: model.thresholds,
                    in: db
                )
            }
            record = RunRecord(
                id: id,
                startedAt: started,
                status: .running,
                pid: getpid(),
                host: ProcessInfo.processInfo.hostName,
                modelVersion: model.version,
                thresholds: model.thresholds
            )
        } catch {
            throw Failure(record: nil, message: Self.describe(error))
        }
        if let holder = lock.recoveredFrom {
            record.messages.append("the previous run (\(holder)) did not finish; its work was discarded and redone")
        }
        do {
            try FileManager.default.createDirectory(
                atPath: configuration.rejectsFolder,
                withIntermediateDirectories: true
            )
            record = try store.write { db in
                var work = RunWork(
                    configuration: configuration,
                    model: model,
                    run: record.id,
                    time: started,
                    workers: workers,
                    progress: progress
                )
                try work.perform(db)
                var finished = record
                finished.inputs = work.inputs
                finished.counts = work.counts
                finished.durations = work.durations
                finished.messages += work.messages
                finished.status = work.gateFailures.isEmpty ? .succeeded : .degraded
                finished.finishedAt = clock()
                finished.dataAsAt = started
                try RunLog.finish(finished, in: db)
                return finished
            }
        } catch {
            record.status = .failed
            record.finishedAt = clock()
            record.messages.append(Self.describe(error))
            let saved = (try? store.write { db in try RunLog.finish(record, in: db) }) != nil
            throw Failure(record: saved ? record : nil, message: Self.describe(error))
        }
        return record
    }

    private func loadModel() throws -> LinkageModel {
        try configuration.linkageModel()
    }

    static func describe(_ error: any Error) -> String {
        switch error {
        case let error as PipelineError: error.message
        case let error as StoreError: error.description
        case let error as IngestError: error.description
        case let error as ModelFile.Problem: error.description
        default: "\(error)"
        }
    }
}

import Foundation

/// How a run ended.
public enum RunStatus: String, Codable, CaseIterable, Hashable, Sendable {
    /// Still going (or died without saying: see ``abandoned``).
    case running
    /// Published everything, and every data-quality gate passed.
    case succeeded
    /// Published everything, but a data-quality gate failed: look before trusting the queue.
    case degraded
    /// Stopped with an error; nothing it did was published.
    case failed
    /// The process died mid-run (killed, power cut); nothing it did was published.
    case abandoned

    /// Whether the run's results were published.
    public var published: Bool { self == .succeeded || self == .degraded }
}

/// One input file of a run: what it was, its fingerprint and what came of its rows.
public struct RunInput: Codable, Hashable, Sendable {
    /// The configured source name (`roster` for the HR roster).
    public var source: String
    /// The file read.
    public var path: String
    /// SHA-256 of the file's bytes.
    public var sha256: String
    /// Size in bytes.
    public var bytes: Int64
    /// Data rows read, accepted and rejected.
    public var rowsRead: Int
    public var rowsAccepted: Int
    public var rowsRejected: Int
    /// Where the rejected rows were written, if any were.
    public var rejectsFile: String?

    /// Creates an input.
    public init(
        source: String,
        path: String,
        sha256: String,
        bytes: Int64,
        rowsRead: Int = 0,
        rowsAccepted: Int = 0,
        rowsRejected: Int = 0,
        rejectsFile: String? = nil
    ) {
        self.source = source
        self.path = path
        self.sha256 = sha256
        self.bytes = bytes
        self.rowsRead = rowsRead
        self.rowsAccepted = rowsAccepted
        self.rowsRejected = rowsRejected
        self.rejectsFile = rejectsFile
    }
}

/// A run as recorded: when, what it read, what it did, how it ended.
public struct RunRecord: Codable, Hashable, Sendable {
    public var id: Int64
    public var startedAt: Date
    public var finishedAt: Date?
    public var status: RunStatus
    public var pid: Int32
    public var host: String
    public var modelVersion: String
    /// The match thresholds the run linked with; `nil` for runs recorded before they were kept and runs
    /// that failed before loading a model.
    public var thresholds: LinkThresholds?
    /// When the published data was current (the run's start), for "data as at".
    public var dataAsAt: Date?
    public var inputs: [RunInput]
    /// Counts by name: records new, changed, withdrawn; alerts raised, updated, reopened; ...
    public var counts: [String: Int]
    /// Seconds per stage.
    public var durations: [String: Double]
    /// What a person should know: failed gates, the error that stopped the run.
    public var messages: [String]
    /// For a degraded run, someone's acknowledgement of its failed gates; `nil` until given.
    public var acknowledgement: RunAcknowledgement?

    /// Creates a record.
    public init(
        id: Int64,
        startedAt: Date,
        finishedAt: Date? = nil,
        status: RunStatus,
        pid: Int32,
        host: String,
        modelVersion: String,
        thresholds: LinkThresholds? = nil,
        dataAsAt: Date? = nil,
        inputs: [RunInput] = [],
        counts: [String: Int] = [:],
        durations: [String: Double] = [:],
        messages: [String] = [],
        acknowledgement: RunAcknowledgement? = nil
    ) {
        self.id = id
        self.startedAt = startedAt
        self.finishedAt = finishedAt
        self.status = status
        self.pid = pid
        self.host = host
        self.modelVersion = modelVersion
        self.thresholds = thresholds
        self.dataAsAt = dataAsAt
        self.inputs = inputs
        self.counts = counts
        self.durations = durations
        self.messages = messages
        self.acknowledgement = acknowledgement
    }
}

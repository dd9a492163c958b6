import Foundation
import GRDB

/// The history of runs: each one recorded when it starts and again when it ends.
public enum RunLog {
    /// Records a run as started and returns its id.
    ///
    /// - Parameter thresholds: the match thresholds the run links with; `nil` for a run that failed
    ///   before it loaded a model.
    public static func begin(
        at time: Date,
        pid: Int32,
        host: String,
        modelVersion: String,
        thresholds: LinkThresholds? = nil,
        in db: Database
    ) throws
        -> Int64
    {
        try db.execute(
            sql: """
                INSERT INTO run (started_at, status, pid, host, model_version, thresholds)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                StoreTime.text(time), RunStatus.running.rawValue, pid, host, modelVersion,
                thresholds.map { encode($0) },
            ]
        )
        return db.lastInsertedRowID
    }

    /// Marks runs still shown as running as abandoned: the caller holds the run lock, so none can be.
    ///
    /// - Returns: the ids marked.
    @discardableResult
    public static func abandonUnfinished(at time: Date, in db: Database) throws -> [Int64] {
        let ids = try Int64.fetchAll(
            db,
            sql: "SELECT id FROM run WHERE status = ?",
            arguments: [RunStatus.running.rawValue]
        )
        for id in ids {
            try db.execute(
                sql: "UPDATE run SET status = ?, finished_at = ?, messages = ? WHERE id = ?",
                arguments: [
                    RunStatus.abandoned.rawValue, StoreTime.text(time),
                    encode([
                        "the run stopped before it finished (process killed or machine stopped); nothing it did was published"
                    ]),
                    id,
                ]
            )
        }
        return ids
    }

    /// Records how a run ended.
    public static func finish(_ run: RunRecord, in db: Database) throws {
        try db.execute(
            sql: """
                UPDATE run SET finished_at = ?, status = ?, data_as_at = ?, inputs = ?, counts = ?, durations = ?,
                    messages = ?
                WHERE id = ?
                """,
            arguments: [
                run.finishedAt.map(StoreTime.text), run.status.rawValue, run.dataAsAt.map(StoreTime.text),
                encode(run.inputs), encode(run.counts), encode(run.durations), encode(run.messages), run.id,
            ]
        )
    }

    /// The most recent runs, newest first.
    public static func recent(limit: Int = 50, in db: Database) throws -> [RunRecord] {
        try Row.fetchAll(db, sql: "SELECT * FROM run ORDER BY id DESC LIMIT ?", arguments: [limit]).map(record)
    }

    /// The newest run that published its results, if any.
    public static func lastPublished(_ db: Database) throws -> RunRecord? {
        try Row.fetchOne(
            db,
            sql: "SELECT * FROM run WHERE status IN (?, ?) ORDER BY id DESC LIMIT 1",
            arguments: [RunStatus.succeeded.rawValue, RunStatus.degraded.rawValue]
        )
        .map(record)
    }

    /// One run by id.
    public static func find(_ id: Int64, in db: Database) throws -> RunRecord? {
        try Row.fetchOne(db, sql: "SELECT * FROM run WHERE id = ?", arguments: [id]).map(record)
    }

    static func record(_ row: Row) -> RunRecord {
        RunRecord(
            id: row["id"],
            startedAt: StoreTime.date(row["started_at"]) ?? Date(timeIntervalSince1970: 0),
            finishedAt: (row["finished_at"] as String?).flatMap(StoreTime.date),
            status: RunStatus(rawValue: row["status"]) ?? .failed,
            pid: row["pid"],
            host: row["host"],
            modelVersion: row["model_version"],
            thresholds: (row["thresholds"] as String?).flatMap(decode),
            dataAsAt: (row["data_as_at"] as String?).flatMap(StoreTime.date),
            inputs: decode(row["inputs"]) ?? [],
            counts: decode(row["counts"]) ?? [:],
            durations: decode(row["durations"]) ?? [:],
            messages: decode(row["messages"]) ?? [],
            acknowledgement: (row["acknowledged"] as String?).flatMap(decode)
        )
    }

    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "null"
    }

    static func decode<T: Decodable>(_ text: String) -> T? {
        try? JSONDecoder().decode(T.self, from: Data(text.utf8))
    }
}

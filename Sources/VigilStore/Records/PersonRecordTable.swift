import GRDB
import VigilCore

/// Person records from every source: crime, intelligence, custody, incident.
///
/// Records are never deleted: one a snapshot no longer holds is marked withdrawn, so alerts that cite
/// it still show what was seen.
public enum PersonRecordTable {
    /// The stored state of `(source, recordID)`, or `nil` for a record never seen.
    public static func state(source: SourceKind, recordID: String, in db: Database) throws -> RecordState? {
        let statement = try db.cachedStatement(
            sql: "SELECT id, content_hash, withdrawn_run FROM person_record WHERE source = ? AND record_id = ?"
        )
        guard let row = try Row.fetchOne(statement, arguments: [source.rawValue, recordID]) else { return nil }
        return RecordState(
            row: row["id"],
            contentHash: row["content_hash"],
            withdrawn: (row["withdrawn_run"] as Int64?) != nil
        )
    }

    /// Inserts a new record and returns its row id.
    public static func insert(
        _ record: PersonRecord,
        feed: String,
        contentHash: Int64,
        identityHash: Int64,
        keys: StoredBlockingKeys,
        run: Int64,
        in db: Database
    ) throws -> Int64 {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO person_record (feed, source, record_id, event_id, event_date, role, forenames, surname,
                    date_of_birth, address_line, town, postcode, uprn, content_hash, identity_hash,
                    first_seen_run, changed_run, birth_key, surname_key, name_key, place_key)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """
        )
        var insert = FastStatement(statement)
        for text in [
            feed, record.source.rawValue, record.recordID, record.eventID, record.eventDate?.description,
            record.role, record.forenames, record.surname, record.dateOfBirth?.description, record.addressLine,
            record.town, record.postcode, record.uprn,
        ] {
            insert.bind(text)
        }
        for number in [contentHash, identityHash, run, run, keys.birth, keys.surname, keys.name, keys.place] {
            insert.bind(number)
        }
        try insert.execute(in: db)
        return db.lastInsertedRowID
    }

    /// Replaces a changed (or returning) record's fields.
    public static func update(
        row: Int64,
        _ record: PersonRecord,
        feed: String,
        contentHash: Int64,
        identityHash: Int64,
        keys: StoredBlockingKeys,
        run: Int64,
        in db: Database
    ) throws {
        let statement = try db.cachedStatement(
            sql: """
                UPDATE person_record SET feed = ?, event_id = ?, event_date = ?, role = ?, forenames = ?, surname = ?,
                    date_of_birth = ?, address_line = ?, town = ?, postcode = ?, uprn = ?, content_hash = ?,
                    identity_hash = ?, changed_run = ?, withdrawn_run = NULL,
                    birth_key = ?, surname_key = ?, name_key = ?, place_key = ?
                WHERE id = ?
                """
        )
        try statement.execute(
            arguments: [
                feed, record.eventID, record.eventDate?.description, record.role, record.forenames, record.surname,
                record.dateOfBirth?.description, record.addressLine, record.town, record.postcode, record.uprn,
                contentHash, identityHash, run, keys.birth, keys.surname, keys.name, keys.place, row,
            ]
        )
    }

    /// Whether no person record has ever been stored.
    public static func isEmpty(_ db: Database) throws -> Bool {
        try Int64.fetchOne(db, sql: "SELECT id FROM person_record LIMIT 1") == nil
    }

    /// Drops the secondary indexes before a bulk load into an empty table; ``rebuildIndexes(in:)``
    /// restores them. Both happen inside the caller's transaction, so a failed load leaves them intact.
    public static func dropIndexesForBulkLoad(in db: Database) throws {
        for index in StoreSchema.personRecordIndexes {
            try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)")
        }
    }

    /// Re-creates any secondary index that is missing, sorting on two threads with a larger cache.
    public static func rebuildIndexes(in db: Database) throws {
        try db.execute(sql: "PRAGMA threads = 2")
        let cache = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -131072")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cache)") }
        let existing = Set(try db.indexes(on: "person_record").map(\.name))
        for index in StoreSchema.personRecordIndexes where !existing.contains(index.name) {
            try db.execute(sql: index.sql)
        }
    }

    /// Calls `body` with the row id of every current (not withdrawn) record of `feed`.
    public static func forEachCurrentRow(feed: String, in db: Database, _ body: (Int64) throws -> Void) throws {
        let rows = try Int64.fetchCursor(
            db,
            sql: "SELECT id FROM person_record WHERE feed = ? AND withdrawn_run IS NULL",
            arguments: [feed]
        )
        while let row = try rows.next() { try body(row) }
    }

    /// Marks a record withdrawn by `run`.
    public static func withdraw(row: Int64, run: Int64, in db: Database) throws {
        try db.execute(sql: "UPDATE person_record SET withdrawn_run = ? WHERE id = ?", arguments: [run, row])
    }

    /// The stored records with these row ids, in row order.
    public static func records(rows: [Int64], in db: Database) throws -> [StoredRecord] {
        var result: [StoredRecord] = []
        result.reserveCapacity(rows.count)
        for chunk in stride(from: 0, to: rows.count, by: 500) {
            let ids = rows[chunk..<min(chunk + 500, rows.count)]
            let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
            let fetched = try Row.fetchAll(
                db,
                sql: "SELECT * FROM person_record WHERE id IN (\(placeholders))",
                arguments: StatementArguments(Array(ids))
            )
            result += fetched.compactMap(storedRecord)
        }
        return result.sorted { $0.row < $1.row }
    }

    /// Up to `limit` current records with row ids above `after`, in row order: for re-linking everything
    /// in bounded memory.
    public static func currentRecords(after: Int64, limit: Int, in db: Database) throws -> [StoredRecord] {
        try Row.fetchAll(
            db,
            sql: "SELECT * FROM person_record WHERE id > ? AND withdrawn_run IS NULL ORDER BY id LIMIT ?",
            arguments: [after, limit]
        )
        .compactMap(storedRecord)
    }

    /// Row ids of current records stored under any of the probed keys.
    public static func candidateRows(for probes: StoredBlockingProbes, in db: Database) throws -> Set<Int64> {
        var rows = Set<Int64>()
        let lookups: [(String, Set<Int64>)] = [
            ("birth_key", probes.birth), ("surname_key", probes.surname), ("name_key", probes.name),
            ("place_key", probes.place),
        ]
        for (column, values) in lookups where !values.isEmpty {
            let statement = try db.cachedStatement(
                sql: "SELECT id FROM person_record WHERE \(column) = ? AND withdrawn_run IS NULL"
            )
            for value in values {
                rows.formUnion(try Int64.fetchAll(statement, arguments: [value]))
            }
        }
        return rows
    }

    static func storedRecord(_ row: Row) -> StoredRecord? {
        guard let source = SourceKind(rawValue: row["source"]) else { return nil }
        let record = PersonRecord(
            recordID: row["record_id"],
            source: source,
            eventID: row["event_id"],
            eventDate: CalendarDate(storeText: row["event_date"]),
            role: row["role"],
            forenames: row["forenames"],
            surname: row["surname"],
            dateOfBirth: CalendarDate(storeText: row["date_of_birth"]),
            addressLine: row["address_line"],
            town: row["town"],
            postcode: row["postcode"],
            uprn: row["uprn"]
        )
        return StoredRecord(
            row: row["id"],
            feed: row["feed"],
            record: record,
            contentHash: row["content_hash"],
            identityHash: row["identity_hash"],
            withdrawn: (row["withdrawn_run"] as Int64?) != nil
        )
    }
}

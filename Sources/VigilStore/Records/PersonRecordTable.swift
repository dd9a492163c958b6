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
            sql: "SELECT id, content_hash, withdrawn_run, feed FROM person_record WHERE source = ? AND record_id = ?"
        )
        guard let row = try Row.fetchOne(statement, arguments: [source.rawValue, recordID]) else { return nil }
        // By position, as selected: a look-up by name lowercases the name on every call, once per record.
        return RecordState(row: row[0], contentHash: row[1], withdrawn: (row[2] as Int64?) != nil, feed: row[3])
    }

    /// Inserts a new record and returns its row id.
    ///
    /// With `indexingKeys` false (a bulk load), only the key columns are written and the caller must
    /// call ``PersonRecordKeyTable/rebuild(in:)`` before the transaction ends.
    public static func insert(
        _ record: PersonRecord,
        feed: String,
        contentHash: Int64,
        identityHash: Int64,
        keys: StoredBlockingKeys,
        indexingKeys: Bool = true,
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
        insert.bind(feed)
        insert.bind(record.source.rawValue)
        insert.bind(record.recordID)
        insert.bind(record.eventID)
        insert.bind(record.eventDate)
        insert.bind(record.role)
        insert.bind(record.forenames)
        insert.bind(record.surname)
        insert.bind(record.dateOfBirth)
        insert.bind(record.addressLine)
        insert.bind(record.town)
        insert.bind(record.postcode)
        insert.bind(record.uprn)
        for number in [contentHash, identityHash, run, run] { insert.bind(number) }
        for key in [keys.birth, keys.surname, keys.name, keys.place] { insert.bind(key) }
        try insert.execute(in: db)
        let row = db.lastInsertedRowID
        if indexingKeys { try PersonRecordKeyTable.insert(keys, row: row, in: db) }
        return row
    }

    /// Replaces a changed (or returning) record's fields; `indexingKeys` as for ``insert(_:feed:contentHash:identityHash:keys:indexingKeys:run:in:)``.
    public static func update(
        row: Int64,
        _ record: PersonRecord,
        feed: String,
        contentHash: Int64,
        identityHash: Int64,
        keys: StoredBlockingKeys,
        indexingKeys: Bool = true,
        run: Int64,
        in db: Database
    ) throws {
        let oldKeys = indexingKeys ? try storedKeys(row: row, in: db) : nil
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
        if let oldKeys { try PersonRecordKeyTable.replace(oldKeys, with: keys, row: row, in: db) }
    }

    /// The keys a stored record is filed under, from its key columns.
    static func storedKeys(row: Int64, in db: Database) throws -> StoredBlockingKeys? {
        let statement = try db.cachedStatement(
            sql: "SELECT birth_key, surname_key, name_key, place_key FROM person_record WHERE id = ?"
        )
        guard let stored = try Row.fetchOne(statement, arguments: [row]) else { return nil }
        return StoredBlockingKeys(birth: stored[0], surname: stored[1], name: stored[2], place: stored[3])
    }

    /// Whether no person record has ever been stored.
    public static func isEmpty(_ db: Database) throws -> Bool {
        try Int64.fetchOne(db, sql: "SELECT id FROM person_record LIMIT 1") == nil
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

    /// The current (not withdrawn) rows of `feed` with this record id, whatever their source: a record
    /// is identified by source and id, so one feed may hold a crime and an intelligence record `1001`.
    public static func currentRows(feed: String, recordID: String, in db: Database) throws -> [Int64] {
        // Naming every source lets SQLite use the (source, record_id) index.
        let sources = SourceKind.allCases.map { "'\($0.rawValue)'" }.joined(separator: ",")
        let statement = try db.cachedStatement(
            sql: """
                SELECT id FROM person_record
                WHERE source IN (\(sources)) AND record_id = ? AND feed = ? AND withdrawn_run IS NULL
                """
        )
        return try Int64.fetchAll(statement, arguments: [recordID, feed])
    }

    /// Moves an unchanged record to the configured source that supplied it today (a source renamed, or
    /// a record that moved between extracts), so that source's snapshot can withdraw it later.
    public static func move(row: Int64, toFeed feed: String, in db: Database) throws {
        try db.execute(sql: "UPDATE person_record SET feed = ? WHERE id = ?", arguments: [feed, row])
    }

    /// How many current (not withdrawn) records each feed holds. Reads every record: for checks, not runs.
    public static func currentCountsByFeed(_ db: Database) throws -> [String: Int] {
        try currentCountsByFeed(table: "person_record", in: db)
    }

    /// Current rows by feed in `table` (`person_record` or `incident_location`, which share the columns).
    static func currentCountsByFeed(table: String, in db: Database) throws -> [String: Int] {
        let rows = try Row.fetchAll(
            db,
            sql: "SELECT feed, COUNT(*) FROM \(table) WHERE withdrawn_run IS NULL GROUP BY feed"
        )
        return Dictionary(uniqueKeysWithValues: rows.map { ($0[0] as String, $0[1] as Int) })
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

    /// Row ids of records stored under any of the probed keys (withdrawn ones included: callers
    /// read the records and skip those).
    public static func candidateRows(for probes: StoredBlockingProbes, in db: Database) throws -> Set<Int64> {
        try PersonRecordKeyTable.rows(for: probes, in: db)
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

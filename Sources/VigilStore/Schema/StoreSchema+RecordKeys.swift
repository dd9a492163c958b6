import GRDB

extension StoreSchema {
    /// Moves the reverse blocking keys of person records from four indexes on `person_record` into
    /// their own sorted table, `person_record_key` (see ``PersonRecordKeyTable``).
    ///
    /// A backfill then appends each key kind in sorted order instead of building four indexes with
    /// SQLite's sorter, the longest single-threaded step of a 5,000,000-record load. The key columns
    /// stay on `person_record`, where a bulk load writes them and the table is rebuilt from them.
    static func createRecordKeyTable(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE person_record_key (
                    key_kind INTEGER NOT NULL, key_hash INTEGER NOT NULL, record_row INTEGER NOT NULL,
                    PRIMARY KEY (key_kind, key_hash, record_row)
                ) WITHOUT ROWID
                """
        )
        try PersonRecordKeyTable.rebuild(in: db)
        for index in personRecordIndexes {
            try db.execute(sql: "DROP INDEX IF EXISTS \(index.name)")
        }
    }
}

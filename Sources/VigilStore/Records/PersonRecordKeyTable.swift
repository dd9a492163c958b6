import GRDB
import GRDBSQLite
import VigilCore

/// The reverse blocking keys of person records, one row per record and key kind, sorted by key: how a
/// new or changed employee finds the stored records that share a block with them.
///
/// The table (`person_record_key`, WITHOUT ROWID, primary key `(key_kind, key_hash, record_row)`)
/// replaces four indexes on `person_record`'s key columns. The columns stay the source of truth:
/// a bulk load writes only them and calls ``rebuild(in:)`` once at the end, which reads each key kind,
/// sorts it in memory and appends it in key order. SQLite's own sorter (`CREATE INDEX`) spent about
/// 7.5 CPU-seconds per key on 5,000,000 records; sorting in Swift and appending costs a fraction.
public enum PersonRecordKeyTable {
    /// The kinds of reverse key, as stored in `key_kind`.
    public enum Kind: Int64, CaseIterable, Sendable {
        case birth = 1
        case surname = 2
        case name = 3
        case place = 4

        /// The `person_record` column that holds this key.
        var column: String {
            switch self {
            case .birth: "birth_key"
            case .surname: "surname_key"
            case .name: "name_key"
            case .place: "place_key"
            }
        }

        func value(in keys: StoredBlockingKeys) -> Int64? {
            switch self {
            case .birth: keys.birth
            case .surname: keys.surname
            case .name: keys.name
            case .place: keys.place
            }
        }

        func values(in probes: StoredBlockingProbes) -> Set<Int64> {
            switch self {
            case .birth: probes.birth
            case .surname: probes.surname
            case .name: probes.name
            case .place: probes.place
            }
        }
    }

    /// Adds the keys of a newly stored record.
    public static func insert(_ keys: StoredBlockingKeys, row: Int64, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: "INSERT OR IGNORE INTO person_record_key (key_kind, key_hash, record_row) VALUES (?, ?, ?)"
        )
        for kind in Kind.allCases {
            guard let value = kind.value(in: keys) else { continue }
            var insert = FastStatement(statement)
            insert.bind(kind.rawValue)
            insert.bind(value)
            insert.bind(row)
            try insert.execute(in: db)
        }
    }

    /// Replaces a record's keys: the old ones are removed, the new ones added.
    public static func replace(
        _ old: StoredBlockingKeys,
        with new: StoredBlockingKeys,
        row: Int64,
        in db: Database
    )
        throws
    {
        let delete = try db.cachedStatement(
            sql: "DELETE FROM person_record_key WHERE key_kind = ? AND key_hash = ? AND record_row = ?"
        )
        for kind in Kind.allCases {
            guard let value = kind.value(in: old), value != kind.value(in: new) else { continue }
            try delete.execute(arguments: [kind.rawValue, value, row])
        }
        try insert(new, row: row, in: db)
    }

    /// Row ids of records stored under any of the probed keys, withdrawn ones included.
    public static func rows(for probes: StoredBlockingProbes, in db: Database) throws -> Set<Int64> {
        let statement = try db.cachedStatement(
            sql: "SELECT record_row FROM person_record_key WHERE key_kind = ? AND key_hash = ?"
        )
        var rows = Set<Int64>()
        for kind in Kind.allCases {
            for value in kind.values(in: probes) {
                rows.formUnion(try Int64.fetchAll(statement, arguments: [kind.rawValue, value]))
            }
        }
        return rows
    }

    /// Fills the table again from `person_record`'s key columns, all at once (see ``Filing`` to do it
    /// in steps between other work).
    public static func rebuild(in db: Database) throws {
        var filing = Filing()
        while try filing.step(in: db) {}
    }

    /// Every (key, row) of one kind, in row order, read straight from SQLite.
    static func keyPairs(_ kind: Kind, in db: Database) throws -> [(key: Int64, row: Int64)] {
        let count = try Int.fetchOne(db, sql: "SELECT MAX(id) FROM person_record") ?? 0
        var pairs: [(key: Int64, row: Int64)] = []
        pairs.reserveCapacity(count)
        let statement = try db.makeStatement(
            sql: "SELECT id, \(kind.column) FROM person_record WHERE \(kind.column) IS NOT NULL"
        )
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        while true {
            let code = sqlite3_step(handle)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                let message = sqlite3_errmsg(db.sqliteConnection).map { String(cString: $0) }
                sqlite3_reset(handle)
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
            }
            pairs.append((sqlite3_column_int64(handle, 1), sqlite3_column_int64(handle, 0)))
        }
        sqlite3_reset(handle)
        return pairs
    }
}

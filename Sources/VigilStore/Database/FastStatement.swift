import GRDB
import GRDBSQLite
import VigilCore

/// Binds and steps a cached statement through SQLite's C API, for the few inserts that run millions
/// of times in a backfill; GRDB's `StatementArguments` boxes every value, which costs more than the
/// insert itself. Errors come back as GRDB `DatabaseError`s, so callers see the usual messages.
struct FastStatement {
    private let statement: Statement
    private let handle: SQLiteStatement
    private var index: Int32 = 0

    /// SQLite copies text bound with this destructor, so Swift's temporary C strings are safe to pass.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ statement: Statement) {
        self.statement = statement
        handle = statement.sqliteStatement
        sqlite3_reset(handle)
    }

    mutating func bind(_ text: String) {
        index += 1
        sqlite3_bind_text(handle, index, text, -1, Self.transient)
    }

    mutating func bind(_ text: String?) {
        guard let text else { return bindNull() }
        bind(text)
    }

    mutating func bind(_ number: Int64) {
        index += 1
        sqlite3_bind_int64(handle, index, number)
    }

    mutating func bind(_ number: Int64?) {
        guard let number else { return bindNull() }
        bind(number)
    }

    /// Binds a date as its `YYYY-MM-DD` text, without building a `String`.
    mutating func bind(_ date: CalendarDate?) {
        guard let date else { return bindNull() }
        guard let text = CalendarDate.StoreText(date) else { return bind(date.description) }
        index += 1
        let position = index
        text.withBytes { bytes in
            _ = sqlite3_bind_text(
                handle,
                position,
                bytes.baseAddress?.assumingMemoryBound(to: CChar.self),
                10,
                Self.transient
            )
        }
    }

    mutating func bindNull() {
        index += 1
        sqlite3_bind_null(handle, index)
    }

    /// Runs the statement to completion.
    func execute(in db: Database) throws {
        let code = sqlite3_step(handle)
        sqlite3_reset(handle)
        guard code == SQLITE_DONE else {
            let message = sqlite3_errmsg(db.sqliteConnection).map { String(cString: $0) }
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: statement.sql)
        }
    }
}

import Foundation
import GRDB

/// The embedded store: one SQLite file in WAL mode, one writer and concurrent readers.
///
/// Opening a store creates it if needed and brings its schema up to date. Every write happens inside
/// one transaction, so a run either publishes everything or nothing.
///
/// ```swift
/// let store = try StoreDatabase(path: "vigil.sqlite")
/// let open = try store.read { db in try Alert.openCount(db) }
/// ```
public final class StoreDatabase: DataStore {
    /// The SQLite file.
    public let path: String
    /// The SQLite file, as ``DataStore`` names it.
    public var location: String { path }
    let pool: DatabasePool

    /// How much of the file SQLite maps into memory (`PRAGMA mmap_size`) for a dashboard.
    static let mapSize = 1 << 30

    /// Opens (creating if needed) the store at `path` and migrates it.
    ///
    /// `mapsIntoMemory` is for the dashboard: every commit empties the other connections' page caches, and
    /// reading pages through a memory map instead of copying them in keeps its many small reads cheap. A
    /// daily run streams through the file once and leaves it off, so its resident memory stays its own.
    ///
    /// - Throws: ``StoreError`` when the folder is missing, the file is not a Vigil store or is
    ///   damaged, or it was written by a newer version of Vigil.
    public init(path: String, readOnly: Bool = false, mapsIntoMemory: Bool = false) throws {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            if mapsIntoMemory { try db.execute(sql: "PRAGMA mmap_size = \(StoreDatabase.mapSize)") }
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            throw StoreError(.cannotOpen, "\(path): the folder \(folder) does not exist")
        }
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
        } catch {
            throw StoreDatabase.describe(error, path: path, doing: "open")
        }
        try migrate(readOnly: readOnly)
    }

    private func migrate(readOnly: Bool) throws {
        let migrator = StoreSchema.migrator
        do {
            if try pool.read({ try migrator.hasBeenSuperseded($0) }) {
                throw StoreError(
                    .newerSchema,
                    "\(path) was written by a newer version of Vigil; upgrade Vigil to use it"
                )
            }
            if readOnly {
                guard try pool.read({ try migrator.hasCompletedMigrations($0) }) else {
                    throw StoreError(.olderSchema, "\(path) is not an up-to-date Vigil store; run 'vigil run' first")
                }
            } else {
                try migrator.migrate(pool)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreDatabase.describe(error, path: path, doing: "prepare")
        }
    }

    /// Runs `body` in a read transaction that sees one consistent snapshot.
    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.read(body) } catch { throw StoreDatabase.describe(error, path: path, doing: "read") }
    }

    /// Runs `body` in one write transaction: everything it writes is committed together, or nothing.
    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try pool.write(body) } catch { throw StoreDatabase.describe(error, path: path, doing: "write") }
    }

    /// Runs `body` on the writer connection outside any transaction, for work that commits in steps.
    public func writeWithoutTransaction<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.writeWithoutTransaction(body)
        } catch {
            throw StoreDatabase.describe(error, path: path, doing: "write")
        }
    }

    /// Checks the file's integrity (SQLite `quick_check`), naming the first problem found.
    public func checkIntegrity() throws {
        let result = try read { db in try String.fetchOne(db, sql: "PRAGMA quick_check") } ?? "ok"
        if result != "ok" { throw StoreError(.corrupt, "\(path) is damaged: \(result)") }
    }

    /// Turns a GRDB or SQLite error into a ``StoreError`` that says what to do.
    static func describe(_ error: any Error, path: String, doing action: String) -> any Error {
        if error is StoreError { return error }
        guard let sqlite = error as? DatabaseError else { return error }
        switch sqlite.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB:
            return StoreError(
                .corrupt,
                "\(path) is not a Vigil store or is damaged; restore it from a backup",
                cause: error
            )
        case .SQLITE_FULL:
            return StoreError(.cannotWrite, "\(path): the disk is full; nothing from this step was saved", cause: error)
        case .SQLITE_READONLY:
            return StoreError(.cannotWrite, "\(path) is read-only; nothing from this step was saved", cause: error)
        case .SQLITE_CANTOPEN, .SQLITE_PERM:
            return StoreError(.cannotOpen, "\(path) cannot be opened (check the path and permissions)", cause: error)
        case .SQLITE_CONSTRAINT where sqlite.message?.contains("append-only") == true:
            return StoreError(.refused, sqlite.message ?? "append-only", cause: nil)
        default:
            return StoreError(
                .cannotWrite,
                "\(path): could not \(action): \(sqlite.message ?? "\(sqlite.resultCode)")",
                cause: error
            )
        }
    }
}

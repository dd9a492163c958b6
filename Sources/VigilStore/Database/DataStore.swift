import GRDB

/// Where Vigil keeps its state: the one protocol the pipeline and the dashboard depend on.
///
/// A store hands out transactions; the table types (`EmployeeTable`, `AlertLedger`, `AuditTrail`, ...)
/// do their work inside them, so whatever a caller writes in one ``write(_:)`` commits together or not
/// at all. ``StoreDatabase`` (one SQLite file, WAL) is the embedded default; ``InMemoryStore`` serves
/// tests and dry runs.
public protocol DataStore: Sendable {
    /// Where the data lives, for messages (a file path, or `:memory:`).
    var location: String { get }

    /// Runs `body` in a read transaction that sees one consistent snapshot.
    func read<T>(_ body: (Database) throws -> T) throws -> T

    /// Runs `body` in one write transaction: everything it writes is committed together, or nothing.
    func write<T>(_ body: (Database) throws -> T) throws -> T
}

/// A store that lives in memory for the life of the value: the same schema and rules as the file store.
public final class InMemoryStore: DataStore {
    private let queue: DatabaseQueue

    /// Creates an empty, migrated store.
    public init() throws {
        queue = try DatabaseQueue()
        try StoreSchema.migrator.migrate(queue)
    }

    public var location: String { ":memory:" }

    public func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch { throw StoreDatabase.describe(error, path: location, doing: "read") }
    }

    public func write<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.write(body) } catch {
            throw StoreDatabase.describe(error, path: location, doing: "write")
        }
    }
}

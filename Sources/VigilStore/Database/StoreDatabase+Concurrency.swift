import GRDB

extension StoreDatabase {
    /// Runs `body` in a read transaction without blocking the caller's thread.
    ///
    /// Use from request handlers: the work runs on GRDB's reader queue while the task is suspended.
    /// (Named apart from ``read(_:)`` so that existing synchronous calls in async code keep their meaning.)
    public func asyncRead<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.read(body)
        } catch {
            throw StoreDatabase.describe(error, path: path, doing: "read")
        }
    }

    /// Runs `body` in one write transaction without blocking the caller's thread: all or nothing.
    public func asyncWrite<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        do {
            return try await pool.write(body)
        } catch {
            throw StoreDatabase.describe(error, path: path, doing: "write")
        }
    }
}

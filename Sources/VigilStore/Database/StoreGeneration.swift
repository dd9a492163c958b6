import GRDB

/// Where the store's data stands: counters that move on every change to alerts, employees and runs
/// (``published``) and to user accounts (``users``), whichever process makes it.
///
/// The dashboard keeps what it computes from that data (the queue's pages and counts, the team list,
/// the health banner) under the generation it read it at, and recomputes only when the generation
/// moves. Read it in the same transaction as the data, so the two describe one snapshot:
///
/// ```swift
/// let page = try store.read { db in
///     let generation = try StoreGeneration.current(in: db)
///     return try cache.value(for: query, at: generation.published) { try AlertQueue.page(query, ...) }
/// }
/// ```
public struct StoreGeneration: Hashable, Sendable {
    /// Moves on every insert, update or delete of an alert, employee or run.
    public var published: Int64
    /// Moves on every insert, update or delete of a user account.
    public var users: Int64

    /// The counters as this transaction sees them.
    public static func current(in db: Database) throws -> StoreGeneration {
        var generation = StoreGeneration(published: 0, users: 0)
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT name, value FROM store_generation"))
        while let row = try rows.next() {
            let name: String = row[0]
            let value: Int64 = row[1]
            if name == "published" { generation.published = value } else if name == "users" { generation.users = value }
        }
        return generation
    }
}

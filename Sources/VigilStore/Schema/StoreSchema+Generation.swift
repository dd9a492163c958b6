import GRDB

extension StoreSchema {
    /// Counters that triggers move on every change to what the dashboard caches: `published` for alerts,
    /// employees and runs (the queue, its counts and teams, the health banner), `users` for accounts.
    ///
    /// The triggers fire whoever writes (the server, `vigil run` in another process, a script), so a
    /// cache keyed by ``StoreGeneration`` can never outlive the data it was computed from.
    static func createGenerationCounters(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE store_generation (name TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL) WITHOUT ROWID;
                INSERT INTO store_generation (name, value) VALUES ('published', 0), ('users', 0);
                """
        )
        let counted = [("alert", "published"), ("employee", "published"), ("run", "published"), ("app_user", "users")]
        for (table, counter) in counted {
            for operation in ["INSERT", "UPDATE", "DELETE"] {
                try db.execute(
                    sql: """
                        CREATE TRIGGER \(table)_generation_\(operation.lowercased())
                        AFTER \(operation) ON \(table)
                        BEGIN UPDATE store_generation SET value = value + 1 WHERE name = '\(counter)'; END
                        """
                )
            }
        }
    }
}

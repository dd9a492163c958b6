import GRDB

/// The store's schema, as an ordered list of named migrations.
///
/// Each concern registers its tables in its own `StoreSchema+Concern.swift` file. Migrations are never
/// edited once released: a change is a new migration appended to ``migrator``.
enum StoreSchema {
    /// The migrator that brings any older store up to date.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-records", migrate: createRecordTables)
        migrator.registerMigration("v1-alerts", migrate: createAlertTables)
        migrator.registerMigration("v1-runs", migrate: createRunTables)
        migrator.registerMigration("v1-audit", migrate: createAuditTables)
        migrator.registerMigration("v2-access", migrate: createAccessTables)
        migrator.registerMigration("v3-record-keys", migrate: createRecordKeyTable)
        migrator.registerMigration("v4-generation", migrate: createGenerationCounters)
        migrator.registerMigration("v5-store-secrets", migrate: createStoreSecrets)
        migrator.registerMigration("v6-run-thresholds", migrate: addRunThresholds)
        migrator.registerMigration("v7-run-acknowledgement", migrate: addRunAcknowledgement)
        migrator.registerMigration("v8-location-keys", migrate: addLocationKeys)
        migrator.registerMigration("v9-sign-in-refusals", migrate: createSignInRefusals)
        return migrator
    }

    /// Makes a table append-only: any UPDATE or DELETE aborts with a message naming the table.
    static func makeAppendOnly(_ table: String, in db: Database) throws {
        for operation in ["UPDATE", "DELETE"] {
            try db.execute(
                sql: """
                    CREATE TRIGGER \(table)_append_only_\(operation.lowercased())
                    BEFORE \(operation) ON \(table)
                    BEGIN SELECT RAISE(ABORT, '\(table) is append-only: rows cannot be changed or removed'); END
                    """
            )
        }
    }
}

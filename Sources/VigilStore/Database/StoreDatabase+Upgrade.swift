import Foundation
import GRDB

extension StoreDatabase {
    /// Opens a store for a command that only reads it (`vigil status`, `vigil dq`), upgrading its schema
    /// first when an older Vigil last wrote it.
    ///
    /// After Vigil is upgraded, the store keeps the old schema until something writes to it; refusing it
    /// until the next run would blind the morning's status check to a failed, degraded or dead run. When
    /// the file can be written, the pending migrations are applied (as the next run would apply them: they
    /// only add to the schema) and recorded in the audit trail; `upgraded` lists them, empty when the
    /// schema was already up to date. A store that cannot be written is still refused, with the reason.
    ///
    /// ```swift
    /// let (store, upgraded) = try StoreDatabase.openForReading(path: path, actor: "cli:status")
    /// ```
    public static func openForReading(path: String, actor: String) throws -> (store: StoreDatabase, upgraded: [String])
    {
        do {
            return (try StoreDatabase(path: path, readOnly: true), [])
        } catch let error as StoreError where error.code == .olderSchema {
            guard FileManager.default.isWritableFile(atPath: path) else {
                throw StoreError(
                    .olderSchema,
                    "\(path) was last written by an older Vigil and cannot be written to upgrade it; run 'vigil run' "
                        + "(as the user that runs it) first"
                )
            }
            let migrator = StoreSchema.migrator
            let before = try readOnlyIdentifiers(path: path, migrator: migrator)
            let store = try StoreDatabase(path: path)
            let upgraded = try store.write { db -> [String] in
                let applied = try migrator.appliedIdentifiers(db)
                let new = migrator.migrations.filter { applied.contains($0) && !before.contains($0) }
                guard !new.isEmpty else { return [] }
                try AuditTrail.append(
                    AuditEvent(
                        actor: actor,
                        action: .alteration,
                        objectType: "store",
                        reason: "the store's schema was upgraded for the installed Vigil",
                        detail: "migrations applied: " + new.joined(separator: ", ")
                    ),
                    in: db
                )
                return new
            }
            return (store, upgraded)
        }
    }

    /// The migrations already applied, read without writing.
    private static func readOnlyIdentifiers(path: String, migrator: DatabaseMigrator) throws -> Set<String> {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { try migrator.appliedIdentifiers($0) }
    }
}

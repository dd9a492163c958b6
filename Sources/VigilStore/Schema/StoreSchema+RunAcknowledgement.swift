import GRDB

extension StoreSchema {
    /// A degraded run's acknowledgement (``RunAcknowledgement`` as JSON); NULL until someone gives one.
    static func addRunAcknowledgement(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE run ADD COLUMN acknowledged TEXT")
    }
}

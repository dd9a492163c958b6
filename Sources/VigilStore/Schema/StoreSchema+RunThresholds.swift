import GRDB

extension StoreSchema {
    /// Each run's effective match thresholds (``LinkThresholds`` as JSON); NULL for runs recorded before
    /// they were kept, and for runs that failed before they loaded a model.
    static func addRunThresholds(_ db: Database) throws {
        try db.execute(sql: "ALTER TABLE run ADD COLUMN thresholds TEXT")
    }
}

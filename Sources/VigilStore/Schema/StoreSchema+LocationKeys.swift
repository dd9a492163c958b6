import GRDB

extension StoreSchema {
    /// An incident location's UPRN and street-house-town keys, beside its postcode-and-house `place_key`,
    /// so that a new starter finds every stored location the home-address linker blocks with their home
    /// (one recorded without a postcode, too). `keys_filed` is 0 for locations stored before: the next
    /// run that relinks for changed employees files their keys first.
    static func addLocationKeys(_ db: Database) throws {
        try db.execute(
            sql: """
                ALTER TABLE incident_location ADD COLUMN uprn_key INTEGER;
                ALTER TABLE incident_location ADD COLUMN street_key INTEGER;
                ALTER TABLE incident_location ADD COLUMN keys_filed INTEGER NOT NULL DEFAULT 0;
                CREATE INDEX incident_location_uprn ON incident_location (uprn_key);
                CREATE INDEX incident_location_street ON incident_location (street_key);
                """
        )
    }
}

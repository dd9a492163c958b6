import GRDB

extension StoreSchema {
    /// Employees (only the fields the roster gives), person records and incident locations.
    ///
    /// Records carry two hashes: `content_hash` over every field (change detection) and `identity_hash`
    /// over the fields that decide a match and the role (a suppression lifts when it changes). The
    /// `*_key` columns are blocking keys, indexed so a new starter can be checked against millions of
    /// stored records without reading them all.
    static func createRecordTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE employee (
                    employee_id TEXT PRIMARY KEY NOT NULL,
                    forenames TEXT NOT NULL, surname TEXT NOT NULL, date_of_birth TEXT,
                    address_line TEXT NOT NULL, town TEXT NOT NULL, postcode TEXT NOT NULL,
                    role TEXT NOT NULL, team TEXT NOT NULL, start_date TEXT,
                    previous_surnames TEXT NOT NULL, uprn TEXT NOT NULL,
                    content_hash INTEGER NOT NULL,
                    active INTEGER NOT NULL DEFAULT 1,
                    first_seen_run INTEGER NOT NULL, changed_run INTEGER NOT NULL,
                    left_on TEXT, erased_on TEXT
                );
                CREATE TABLE person_record (
                    id INTEGER PRIMARY KEY,
                    feed TEXT NOT NULL, source TEXT NOT NULL, record_id TEXT NOT NULL,
                    event_id TEXT NOT NULL, event_date TEXT, role TEXT NOT NULL,
                    forenames TEXT NOT NULL, surname TEXT NOT NULL, date_of_birth TEXT,
                    address_line TEXT NOT NULL, town TEXT NOT NULL, postcode TEXT NOT NULL, uprn TEXT NOT NULL,
                    content_hash INTEGER NOT NULL, identity_hash INTEGER NOT NULL,
                    first_seen_run INTEGER NOT NULL, changed_run INTEGER NOT NULL, withdrawn_run INTEGER,
                    birth_key INTEGER, surname_key INTEGER, name_key INTEGER, place_key INTEGER,
                    UNIQUE (source, record_id)
                );
                CREATE TABLE incident_location (
                    id INTEGER PRIMARY KEY,
                    feed TEXT NOT NULL, incident_id TEXT NOT NULL UNIQUE, event_date TEXT,
                    incident_type TEXT NOT NULL,
                    address_line TEXT NOT NULL, town TEXT NOT NULL, postcode TEXT NOT NULL, uprn TEXT NOT NULL,
                    content_hash INTEGER NOT NULL,
                    first_seen_run INTEGER NOT NULL, changed_run INTEGER NOT NULL, withdrawn_run INTEGER,
                    place_key INTEGER
                );
                CREATE INDEX incident_location_place ON incident_location (place_key);
                """
        )
        for index in personRecordIndexes {
            try db.execute(sql: index.sql)
        }
    }

    /// The first release's secondary indexes of `person_record`, on the four reverse blocking keys.
    /// Migration `v3-record-keys` drops them in favour of `person_record_key` (``PersonRecordKeyTable``).
    static let personRecordIndexes: [(name: String, sql: String)] = [
        ("person_record_birth", "CREATE INDEX person_record_birth ON person_record (birth_key)"),
        ("person_record_surname", "CREATE INDEX person_record_surname ON person_record (surname_key)"),
        ("person_record_name", "CREATE INDEX person_record_name ON person_record (name_key)"),
        ("person_record_place", "CREATE INDEX person_record_place ON person_record (place_key)"),
    ]
}

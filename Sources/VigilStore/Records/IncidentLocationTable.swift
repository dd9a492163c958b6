import GRDB
import VigilCore

/// Incident locations: where incidents happened, linked to employees' home addresses.
public enum IncidentLocationTable {
    /// An incident location as stored.
    public struct Stored: Hashable, Sendable {
        /// The store's row id.
        public var row: Int64
        /// The configured source it came from.
        public var feed: String
        /// The location.
        public var location: IncidentLocation
        /// Fingerprint of every field.
        public var contentHash: Int64
        /// Whether a snapshot no longer holds it.
        public var withdrawn: Bool
    }

    /// The stored state of an incident id, or `nil` for one never seen.
    public static func state(incidentID: String, in db: Database) throws -> RecordState? {
        let statement = try db.cachedStatement(
            sql: "SELECT id, content_hash, withdrawn_run, feed FROM incident_location WHERE incident_id = ?"
        )
        guard let row = try Row.fetchOne(statement, arguments: [incidentID]) else { return nil }
        // By position, as selected: a look-up by name lowercases the name on every call, once per record.
        return RecordState(row: row[0], contentHash: row[1], withdrawn: (row[2] as Int64?) != nil, feed: row[3])
    }

    /// Whether no incident location has ever been stored.
    public static func isEmpty(_ db: Database) throws -> Bool {
        try Int64.fetchOne(db, sql: "SELECT id FROM incident_location LIMIT 1") == nil
    }

    /// Inserts or replaces a location and returns its row id.
    public static func save(
        _ location: IncidentLocation,
        existingRow: Int64?,
        feed: String,
        contentHash: Int64,
        keys: StoredBlockingKeys,
        run: Int64,
        in db: Database
    ) throws -> Int64 {
        let arguments: StatementArguments = [
            feed, location.eventDate?.description, location.incidentType, location.addressLine, location.town,
            location.postcode, location.uprn, contentHash, run, keys.place, keys.uprn, keys.street,
        ]
        if let existingRow {
            try db.cachedStatement(
                sql: """
                    UPDATE incident_location SET feed = ?, event_date = ?, incident_type = ?, address_line = ?,
                        town = ?, postcode = ?, uprn = ?, content_hash = ?, changed_run = ?, place_key = ?,
                        uprn_key = ?, street_key = ?, keys_filed = 1, withdrawn_run = NULL
                    WHERE id = ?
                    """
            )
            .execute(arguments: arguments + [existingRow])
            return existingRow
        }
        try db.cachedStatement(
            sql: """
                INSERT INTO incident_location (feed, event_date, incident_type, address_line, town, postcode, uprn,
                    content_hash, changed_run, place_key, uprn_key, street_key, keys_filed, incident_id,
                    first_seen_run)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)
                """
        )
        .execute(arguments: arguments + [location.incidentID, run])
        return db.lastInsertedRowID
    }

    /// Calls `body` with the row id of every current location of `feed`.
    public static func forEachCurrentRow(feed: String, in db: Database, _ body: (Int64) throws -> Void) throws {
        let rows = try Int64.fetchCursor(
            db,
            sql: "SELECT id FROM incident_location WHERE feed = ? AND withdrawn_run IS NULL",
            arguments: [feed]
        )
        while let row = try rows.next() { try body(row) }
    }

    /// The current (not withdrawn) row of `feed` with this incident id, if any.
    public static func currentRow(feed: String, incidentID: String, in db: Database) throws -> Int64? {
        try Int64.fetchOne(
            db,
            sql: "SELECT id FROM incident_location WHERE incident_id = ? AND feed = ? AND withdrawn_run IS NULL",
            arguments: [incidentID, feed]
        )
    }

    /// Moves an unchanged location to the configured source that supplied it today (see
    /// ``PersonRecordTable/move(row:toFeed:in:)``).
    public static func move(row: Int64, toFeed feed: String, in db: Database) throws {
        try db.execute(sql: "UPDATE incident_location SET feed = ? WHERE id = ?", arguments: [feed, row])
    }

    /// How many current (not withdrawn) locations each feed holds. Reads every location: for checks.
    public static func currentCountsByFeed(_ db: Database) throws -> [String: Int] {
        try PersonRecordTable.currentCountsByFeed(table: "incident_location", in: db)
    }

    /// Marks a location withdrawn by `run`.
    public static func withdraw(row: Int64, run: Int64, in db: Database) throws {
        try db.execute(sql: "UPDATE incident_location SET withdrawn_run = ? WHERE id = ?", arguments: [run, row])
    }

    /// Current locations stored under any of the probes' place, UPRN or street keys: every location the
    /// home-address linker could compare with those homes.
    public static func candidates(probes: StoredBlockingProbes, in db: Database) throws -> [Stored] {
        var result: [Stored] = []
        var seen = Set<Int64>()
        for (column, keys) in [("place_key", probes.place), ("uprn_key", probes.uprn), ("street_key", probes.street)] {
            let statement = try db.cachedStatement(
                sql: "SELECT * FROM incident_location WHERE \(column) = ? AND withdrawn_run IS NULL"
            )
            for key in keys {
                for location in try Row.fetchAll(statement, arguments: [key]).map(stored)
                where seen.insert(location.row).inserted {
                    result.append(location)
                }
            }
        }
        return result
    }

    /// Up to `limit` locations stored before their UPRN and street keys were kept (``fileKeys(row:keys:in:)``).
    public static func lackingKeys(limit: Int, in db: Database) throws -> [Stored] {
        try Row.fetchAll(
            db,
            sql: "SELECT * FROM incident_location WHERE keys_filed = 0 ORDER BY id LIMIT ?",
            arguments: [limit]
        )
        .map(stored)
    }

    /// Stores a location's blocking keys, as ``save(_:existingRow:feed:contentHash:keys:run:in:)`` would.
    public static func fileKeys(row: Int64, keys: StoredBlockingKeys, in db: Database) throws {
        try db.cachedStatement(
            sql: "UPDATE incident_location SET place_key = ?, uprn_key = ?, street_key = ?, keys_filed = 1 WHERE id = ?"
        )
        .execute(arguments: [keys.place, keys.uprn, keys.street, row])
    }

    /// The locations with these row ids.
    public static func locations(rows: [Int64], in db: Database) throws -> [Stored] {
        var result: [Stored] = []
        for chunk in stride(from: 0, to: rows.count, by: 500) {
            let ids = Array(rows[chunk..<min(chunk + 500, rows.count)])
            let placeholders = Array(repeating: "?", count: ids.count).joined(separator: ",")
            result += try Row.fetchAll(
                db,
                sql: "SELECT * FROM incident_location WHERE id IN (\(placeholders))",
                arguments: StatementArguments(ids)
            )
            .map(stored)
        }
        return result.sorted { $0.row < $1.row }
    }

    /// Up to `limit` current locations with row ids above `after`, in row order.
    public static func currentLocations(after: Int64, limit: Int, in db: Database) throws -> [Stored] {
        try Row.fetchAll(
            db,
            sql: "SELECT * FROM incident_location WHERE id > ? AND withdrawn_run IS NULL ORDER BY id LIMIT ?",
            arguments: [after, limit]
        )
        .map(stored)
    }

    static func stored(_ row: Row) -> Stored {
        Stored(
            row: row["id"],
            feed: row["feed"],
            location: IncidentLocation(
                incidentID: row["incident_id"],
                eventDate: CalendarDate(storeText: row["event_date"]),
                incidentType: row["incident_type"],
                addressLine: row["address_line"],
                town: row["town"],
                postcode: row["postcode"],
                uprn: row["uprn"]
            ),
            contentHash: row["content_hash"],
            withdrawn: (row["withdrawn_run"] as Int64?) != nil
        )
    }
}

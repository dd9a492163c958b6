import GRDB
import Testing
import VigilCore

@testable import VigilStore

@Suite struct PersonRecordKeyTableTests {
    private func record(_ id: String, dob: CalendarDate?) -> PersonRecord {
        PersonRecord(
            recordID: id,
            source: .crime,
            eventID: "CR-\(id)",
            eventDate: CalendarDate(year: 2024, month: 3, day: 9),
            role: "suspect",
            forenames: "Ann",
            surname: "Lee",
            dateOfBirth: dob,
            addressLine: "1 High Street",
            town: "Walsall",
            postcode: "WS1 1AA"
        )
    }

    private func insert(
        _ id: String,
        keys: StoredBlockingKeys,
        indexingKeys: Bool,
        in db: Database
    ) throws -> Int64 {
        try PersonRecordTable.insert(
            record(id, dob: nil),
            feed: "crime",
            contentHash: 1,
            identityHash: 2,
            keys: keys,
            indexingKeys: indexingKeys,
            run: 1,
            in: db
        )
    }

    private func probes(birth: Int64? = nil, place: Int64? = nil) -> StoredBlockingProbes {
        var probes = StoredBlockingProbes()
        if let birth { probes.birth.insert(birth) }
        if let place { probes.place.insert(place) }
        return probes
    }

    @Test("a bulk load files no keys until the rebuild, which files every record under each of its keys")
    func bulkLoadThenRebuild() throws {
        let store = try InMemoryStore()
        try store.write { db in
            let first = try insert("1", keys: StoredBlockingKeys(birth: 7, place: -5), indexingKeys: false, in: db)
            let second = try insert("2", keys: StoredBlockingKeys(birth: 7, name: 9), indexingKeys: false, in: db)
            let third = try insert("3", keys: StoredBlockingKeys(surname: 3), indexingKeys: false, in: db)
            #expect(try PersonRecordTable.candidateRows(for: probes(birth: 7), in: db).isEmpty)
            try PersonRecordKeyTable.rebuild(in: db)
            #expect(try PersonRecordTable.candidateRows(for: probes(birth: 7), in: db) == [first, second])
            #expect(try PersonRecordTable.candidateRows(for: probes(place: -5), in: db) == [first])
            var bySurname = StoredBlockingProbes()
            bySurname.surname = [3]
            #expect(try PersonRecordTable.candidateRows(for: bySurname, in: db) == [third])
            let filed = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM person_record_key")
            #expect(filed == 5)
        }
    }

    @Test("filing the keys in steps files the same rows as at once, one kind per two steps, then stops")
    func filingInSteps() throws {
        let store = try InMemoryStore()
        try store.write { db in
            _ = try insert(
                "1",
                keys: StoredBlockingKeys(birth: 7, surname: 2, name: 4, place: 6),
                indexingKeys: false,
                in: db
            )
            _ = try insert("2", keys: StoredBlockingKeys(birth: 5, place: 6), indexingKeys: false, in: db)
            var filing = PersonRecordKeyTable.Filing()
            var steps = 0
            while try filing.step(in: db) { steps += 1 }
            #expect(steps == 2 * PersonRecordKeyTable.Kind.allCases.count)
            #expect(filing.isFinished)
            let stepped = try Row.fetchAll(db, sql: "SELECT * FROM person_record_key ORDER BY 1, 2, 3")
            try PersonRecordKeyTable.rebuild(in: db)
            let atOnce = try Row.fetchAll(db, sql: "SELECT * FROM person_record_key ORDER BY 1, 2, 3")
            #expect(stepped.count == 6)
            #expect(stepped == atOnce)
        }
    }

    @Test("a record stored outside a bulk load is found at once, and a change moves it to its new keys")
    func insertAndUpdate() throws {
        let store = try InMemoryStore()
        try store.write { db in
            let row = try insert("1", keys: StoredBlockingKeys(birth: 7, place: 11), indexingKeys: true, in: db)
            #expect(try PersonRecordTable.candidateRows(for: probes(birth: 7), in: db) == [row])
            try PersonRecordTable.update(
                row: row,
                record("1", dob: nil),
                feed: "crime",
                contentHash: 3,
                identityHash: 4,
                keys: StoredBlockingKeys(birth: 8, place: 11),
                run: 2,
                in: db
            )
            #expect(try PersonRecordTable.candidateRows(for: probes(birth: 7), in: db).isEmpty)
            #expect(try PersonRecordTable.candidateRows(for: probes(birth: 8), in: db) == [row])
            #expect(try PersonRecordTable.candidateRows(for: probes(place: 11), in: db) == [row])
        }
    }

    @Test("upgrading a store files the keys of the records it already holds and drops the old indexes")
    func migration() throws {
        let queue = try DatabaseQueue()
        try StoreSchema.migrator.migrate(queue, upTo: "v2-access")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO person_record (id, feed, source, record_id, event_id, role, forenames, surname,
                        address_line, town, postcode, uprn, content_hash, identity_hash, first_seen_run, changed_run,
                        birth_key, place_key)
                    VALUES (4, 'crime', 'crime', 'R4', 'E4', 'victim', 'Ann', 'Lee', '', '', '', '', 1, 2, 1, 1, 70, 90)
                    """
            )
        }
        try StoreSchema.migrator.migrate(queue)
        try queue.read { db in
            #expect(try PersonRecordTable.candidateRows(for: probes(birth: 70), in: db) == [4])
            #expect(try PersonRecordTable.candidateRows(for: probes(place: 90), in: db) == [4])
            let indexes = try db.indexes(on: "person_record").map(\.name)
            #expect(!indexes.contains("person_record_birth"))
        }
    }

    @Test("fingerprints hash the same bytes as the fields' text, so fingerprints already stored stay valid")
    func fingerprintsUnchanged() {
        let dated = record("9", dob: CalendarDate(year: 1987, month: 1, day: 30))
        let undated = record("10", dob: nil)
        for item in [dated, undated] {
            let dob = item.dateOfBirth?.description ?? ""
            let event = item.eventDate?.description ?? ""
            #expect(
                RecordFingerprint.content(of: item)
                    == RecordFingerprint.hash([
                        item.recordID, item.source.rawValue, item.eventID, event, item.role, item.forenames,
                        item.surname, dob, item.addressLine, item.town, item.postcode, item.uprn,
                    ])
            )
            #expect(
                RecordFingerprint.identity(of: item)
                    == RecordFingerprint.hash([
                        item.forenames, item.surname, dob, item.addressLine, item.town, item.postcode, item.uprn,
                    ])
            )
        }
        let location = IncidentLocation(
            incidentID: "CW-1",
            eventDate: CalendarDate(year: 2021, month: 12, day: 5),
            incidentType: "Assault",
            addressLine: "2 Low Road",
            town: "Dudley",
            postcode: "DY1 1AA"
        )
        #expect(
            RecordFingerprint.content(of: location)
                == RecordFingerprint.hash([
                    "CW-1", "2021-12-05", "Assault", "2 Low Road", "Dudley", "DY1 1AA", "",
                ])
        )
    }
}

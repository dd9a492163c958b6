import Foundation
import GRDB
import Testing
import VigilTestSupport

@testable import VigilStore

@Suite struct AuditTrailTests {
    /// Each test's stores, removed when the test is done.
    private let scratch: ScratchFolder

    init() throws {
        scratch = try ScratchFolder(prefix: "vigil-audit")
    }

    private func storeWithEvents(_ count: Int) throws -> (StoreDatabase, String) {
        let folder = try scratch.subfolder("store")
        let path = folder.appendingPathComponent("store.sqlite").path
        let store = try StoreDatabase(path: path)
        try store.write { db in
            for index in 1...count {
                try AuditTrail.append(
                    AuditEvent(
                        actor: "reviewer\(index % 3)",
                        action: .consultation,
                        objectType: "alert",
                        objectIDs: ["\(index)"]
                    ),
                    in: db
                )
            }
        }
        return (store, path)
    }

    /// Edits a copy of the store with the append-only triggers dropped, as an attacker with file access could.
    private func tamper(_ store: StoreDatabase, _ sql: String) throws {
        try store.write { db in
            try db.execute(
                sql: "DROP TRIGGER audit_event_append_only_update; DROP TRIGGER audit_event_append_only_delete"
            )
            try db.execute(sql: sql)
        }
    }

    @Test("an untouched trail verifies and counts its entries")
    func intact() throws {
        let (store, _) = try storeWithEvents(5)
        #expect(try store.read(AuditTrail.verify) == .intact(entries: 5))
    }

    @Test("each entry holds the previous entry's hash")
    func chained() throws {
        let (store, _) = try storeWithEvents(3)
        let rows = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT previous_hash, hash FROM audit_event ORDER BY seq")
        }
        #expect(rows[0]["previous_hash"] == AuditTrail.genesisHash)
        #expect(rows[1]["previous_hash"] as String == rows[0]["hash"] as String)
        #expect(rows[2]["previous_hash"] as String == rows[1]["hash"] as String)
    }

    @Test("the store refuses to update or delete an audit entry")
    func appendOnly() throws {
        let (store, _) = try storeWithEvents(2)
        #expect(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "UPDATE audit_event SET actor = 'someone' WHERE seq = 1") }
        }
        #expect(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "DELETE FROM audit_event WHERE seq = 2") }
        }
        #expect(try store.read(AuditTrail.verify) == .intact(entries: 2))
    }

    @Test("an altered entry is found and named")
    func altered() throws {
        let (store, _) = try storeWithEvents(6)
        try tamper(store, "UPDATE audit_event SET object_ids = '999' WHERE seq = 4")
        guard case .broken(let sequence, let problem) = try store.read(AuditTrail.verify) else {
            Issue.record("tampering not detected")
            return
        }
        #expect(sequence == 4)
        #expect(problem.contains("altered"))
    }

    @Test("a deleted entry is found and named")
    func deleted() throws {
        let (store, _) = try storeWithEvents(6)
        try tamper(store, "DELETE FROM audit_event WHERE seq = 3")
        #expect(
            try store.read(AuditTrail.verify)
                == .broken(sequence: 3, problem: "entry 3 is missing (deleted); the next entry is 4")
        )
    }

    @Test("reordered entries are found at the first one out of place")
    func reordered() throws {
        let (store, _) = try storeWithEvents(6)
        try tamper(
            store,
            """
            UPDATE audit_event SET seq = -2 WHERE seq = 2;
            UPDATE audit_event SET seq = 2 WHERE seq = 5;
            UPDATE audit_event SET seq = 5 WHERE seq = -2;
            """
        )
        guard case .broken(let sequence, _) = try store.read(AuditTrail.verify) else {
            Issue.record("reordering not detected")
            return
        }
        #expect(sequence == 2)
    }
}

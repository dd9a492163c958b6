import Foundation
import GRDB
import Testing
import VigilTestSupport

@testable import VigilStore

/// What the chain alone cannot see: entries deleted from the end of the trail, a trail rewritten with
/// fresh hashes, and an index of objects that no longer matches the entries.
@Suite struct AuditAnchorTests {
    /// Each test's stores, removed when the test is done.
    private let scratch: ScratchFolder

    init() throws {
        scratch = try ScratchFolder(prefix: "vigil-anchor")
    }

    /// A store whose trail has `count` consultations of alerts, each revealing its employee, written
    /// through the index as the dashboard writes them.
    private func store(_ count: Int) throws -> StoreDatabase {
        let folder = try scratch.subfolder("store")
        let store = try StoreDatabase(path: folder.appendingPathComponent("store.sqlite").path)
        try store.write { db in
            for index in 1...count {
                try AuditIndex.record(
                    AuditEvent(actor: "rev", action: .consultation, objectType: "alert", objectIDs: ["\(index)"]),
                    related: [AuditObject(type: "employee", id: "E\(index)")],
                    in: db
                )
            }
            try AuditTrail.append(
                AuditEvent(actor: "vigil run", action: .combination, objectType: "run", objectIDs: ["1"]),
                in: db
            )
        }
        return store
    }

    /// Runs `sql` with the append-only triggers and foreign keys off, as someone with write access to the
    /// file could.
    private func tamper(_ store: StoreDatabase, _ sql: String) throws {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: store.path, configuration: configuration)
        try queue.write { db in
            for table in ["audit_event", "audit_object"] {
                try db.execute(sql: "DROP TRIGGER IF EXISTS \(table)_append_only_update")
                try db.execute(sql: "DROP TRIGGER IF EXISTS \(table)_append_only_delete")
            }
            try db.execute(sql: sql)
        }
    }

    @Test("an anchor reads back as it prints, and refuses what is not SEQ:HASH")
    func parsing() throws {
        let head = try #require(try store(3).read(AuditAnchor.head(in:)))
        #expect(head.sequence == 4)
        #expect(AuditAnchor(head.description) == head)
        #expect(AuditAnchor(head.description.uppercased()) == head)
        for bad in ["", "4", "4:abc", "0:\(head.hash)", "x:\(head.hash)", "4:\(head.hash):1"] {
            #expect(AuditAnchor(bad) == nil, "\(bad)")
        }
    }

    @Test("entries deleted from the end pass the chain but not the anchor")
    func deletedTail() throws {
        let store = try store(6)
        let anchor = try #require(try store.read(AuditAnchor.head(in:)))
        #expect(try store.read(anchor.problem(in:)) == nil)
        try tamper(store, "DELETE FROM audit_event WHERE seq >= 6; DELETE FROM audit_object WHERE seq >= 6")
        #expect(try store.read(AuditTrail.verify) == .intact(entries: 5))
        #expect(try store.read(AuditIndex.verify).isEmpty)
        let problem = try #require(try store.read(anchor.problem(in:)))
        #expect(problem.contains("the trail ends at entry 5, before the anchored entry 7"))
    }

    @Test("a trail rewritten with fresh hashes no longer has the anchored hash")
    func rewritten() throws {
        let store = try store(4)
        let anchor = try #require(try store.read(AuditAnchor.head(in:)))
        try tamper(store, "DELETE FROM audit_event; DELETE FROM audit_object")
        try store.write { db in
            for index in 1...5 {
                try AuditTrail.append(
                    AuditEvent(actor: "rev", action: .consultation, objectType: "user", objectIDs: ["u\(index)"]),
                    in: db
                )
            }
        }
        #expect(try store.read(AuditTrail.verify) == .intact(entries: 5))
        #expect(try store.read(anchor.problem(in:))?.contains("no longer has the anchored hash") == true)
    }

    @Test("an untouched index matches the trail, including entries the daily run writes without it")
    func intactIndex() throws {
        #expect(try store(5).read(AuditIndex.verify).isEmpty)
    }

    @Test("a deleted index row is found and its entry named")
    func deletedIndexRow() throws {
        let store = try store(5)
        try tamper(store, "DELETE FROM audit_object WHERE object_type = 'employee' AND object_id = 'E3'")
        #expect(try store.read(AuditTrail.verify) == .intact(entries: 6))
        let found = try store.read(AuditIndex.verify)
        #expect(found.count == 1)
        #expect(
            found.problems == ["entry 3 is missing its index row for employee E3 (the access review would not find it)"]
        )
        try tamper(store, "DELETE FROM audit_object WHERE seq = 4")
        #expect(try store.read(AuditIndex.verify).count == 3)
    }

    @Test("an index row that its entry does not name, or for no entry, is found")
    func forgedIndexRow() throws {
        let store = try store(2)
        try tamper(
            store,
            """
            INSERT INTO audit_object (object_type, object_id, seq) VALUES ('employee', 'E9', 1);
            INSERT INTO audit_object (object_type, object_id, seq) VALUES ('alert', '7', 99);
            """
        )
        let found = try store.read(AuditIndex.verify)
        #expect(found.count == 2)
        #expect(found.description.contains("index row employee E9 for entry 1: the entry does not name it"))
        #expect(found.description.contains("index row alert 7 for entry 99: that entry does not exist"))
    }
}

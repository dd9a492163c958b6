import Foundation
import GRDB
import Testing
import VigilTestSupport

@testable import VigilStore

/// `vigil status` and `vigil dq` open a store an older Vigil last wrote: they upgrade its schema (and
/// record it) rather than refuse it until the next run.
@Suite struct StoreUpgradeOnReadTests {
    private let scratch: ScratchFolder

    init() throws {
        scratch = try ScratchFolder(prefix: "vigil-upgrade")
    }

    /// A store with every migration but the last, as the previous Vigil left it.
    private func olderStore() throws -> (path: String, last: String) {
        let path = try scratch.subfolder("store").appendingPathComponent("store.sqlite").path
        let migrator = StoreSchema.migrator
        let identifiers = migrator.migrations
        let last = try #require(identifiers.last)
        let pool = try DatabasePool(path: path)
        try migrator.migrate(pool, upTo: identifiers[identifiers.count - 2])
        try pool.close()
        return (path, last)
    }

    @Test("a store an older Vigil wrote is refused read-only, but opened for reading after its schema is upgraded")
    func upgradesOnRead() throws {
        let (path, last) = try olderStore()
        #expect {
            _ = try StoreDatabase(path: path, readOnly: true)
        } throws: { error in
            (error as? StoreError)?.code == .olderSchema
        }

        let (store, upgraded) = try StoreDatabase.openForReading(path: path, actor: "cli:tester")
        #expect(upgraded == [last])
        let audit = try store.read { db in
            try Row.fetchAll(db, sql: "SELECT actor, object_type, detail FROM audit_event")
        }
        #expect(audit.count == 1)
        #expect(audit.first?["actor"] == "cli:tester")
        #expect(audit.first?["object_type"] == "store")
        #expect((audit.first?["detail"] as String?)?.contains(last) == true)

        let (_, again) = try StoreDatabase.openForReading(path: path, actor: "cli:tester")
        #expect(again.isEmpty)
        _ = try StoreDatabase(path: path, readOnly: true)
    }
}

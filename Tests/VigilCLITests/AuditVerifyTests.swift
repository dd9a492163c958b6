import Foundation
import GRDB
import Testing
import VigilStore
import VigilTestSupport

/// `vigil audit verify` on copies of a store that someone with file access has tampered with.
@Suite struct AuditVerifyTests {
    /// Each test's stores, removed when the test is done.
    private let scratch: ScratchFolder

    init() throws {
        scratch = try ScratchFolder(prefix: "vigil-verify")
    }

    /// A store with a few account changes in its trail, and a folder to copy it into.
    private func prepared() async throws -> (folder: URL, store: String) {
        let folder = try scratch.subfolder("store")
        let store = folder.appendingPathComponent("store.sqlite").path
        for name in ["ann", "bob", "cat", "dan", "eve"] {
            let run = try await VigilProcess.run(
                [
                    "user", "add", "--store", store, "--username", name, "--name", name.capitalized, "--role",
                    "reviewer",
                ],
                in: folder
            )
            #expect(run.status == 0, "\(run)")
        }
        return (folder, store)
    }

    /// Copies the store and runs `sql` on the copy with the trail's append-only triggers dropped.
    private func tamperedCopy(of store: String, in folder: URL, _ sql: String) throws -> String {
        let copy = folder.appendingPathComponent("copy-\(UUID().uuidString).sqlite").path
        let source = try DatabaseQueue(path: store)
        try source.writeWithoutTransaction { db in try db.execute(sql: "VACUUM INTO ?", arguments: [copy]) }
        var configuration = Configuration()
        configuration.foreignKeysEnabled = false
        let queue = try DatabaseQueue(path: copy, configuration: configuration)
        try queue.write { db in
            for table in ["audit_event", "audit_object"] {
                try db.execute(
                    sql: "DROP TRIGGER \(table)_append_only_update; DROP TRIGGER \(table)_append_only_delete"
                )
            }
            try db.execute(sql: sql)
        }
        return copy
    }

    @Test("an intact trail verifies with exit status 0")
    func intact() async throws {
        let (folder, store) = try await prepared()
        let run = try await VigilProcess.run(["audit", "verify", "--store", store], in: folder)
        #expect(run.status == 0)
        #expect(run.output.contains("intact: 5 entries"))
    }

    @Test("an edited, deleted or reordered entry is found and named, with exit status 1")
    func tampering() async throws {
        let (folder, store) = try await prepared()
        let cases: [(String, String)] = [
            (
                "UPDATE audit_event SET actor = 'someone else' WHERE seq = 3",
                "broken at entry 3: its contents were altered"
            ),
            ("DELETE FROM audit_event WHERE seq = 2", "broken at entry 2: entry 2 is missing"),
            (
                """
                UPDATE audit_event SET seq = -4 WHERE seq = 4;
                UPDATE audit_event SET seq = 4 WHERE seq = 5;
                UPDATE audit_event SET seq = 5 WHERE seq = -4;
                """,
                "broken at entry 4"
            ),
        ]
        for (sql, expected) in cases {
            let copy = try tamperedCopy(of: store, in: folder, sql)
            let run = try await VigilProcess.run(["audit", "verify", "--store", copy], in: folder)
            #expect(run.status == 1, "\(sql)")
            #expect(run.output.contains(expected), "\(run.output)")
        }
    }

    @Test("verify prints an anchor; deleting the last entries or an index row then fails with exit status 1")
    func anchorAndIndex() async throws {
        let (folder, store) = try await prepared()
        let first = try await VigilProcess.run(["audit", "verify", "--store", store], in: folder)
        let line = try #require(first.output.split(separator: "\n").first { $0.hasPrefix("anchor: ") })
        let anchor = String(line.dropFirst("anchor: ".count).prefix { $0 != " " })
        #expect(anchor.hasPrefix("5:"))
        let held = try await VigilProcess.run(["audit", "verify", "--store", store, "--anchor", anchor], in: folder)
        #expect(held.status == 0, "\(held)")
        #expect(held.output.contains("anchors matched: 5"))

        let cut = try tamperedCopy(
            of: store,
            in: folder,
            "DELETE FROM audit_object WHERE seq >= 4; DELETE FROM audit_event WHERE seq >= 4"
        )
        let chainOnly = try await VigilProcess.run(["audit", "verify", "--store", cut], in: folder)
        #expect(chainOnly.status == 0, "without the anchor the cut is invisible: \(chainOnly)")
        let anchored = try await VigilProcess.run(["audit", "verify", "--store", cut, "--anchor", anchor], in: folder)
        #expect(anchored.status == 1)
        #expect(anchored.output.contains("the trail ends at entry 3, before the anchored entry 5"))

        let unindexed = try tamperedCopy(of: store, in: folder, "DELETE FROM audit_object WHERE seq = 2")
        let index = try await VigilProcess.run(["audit", "verify", "--store", unindexed], in: folder)
        #expect(index.status == 1)
        #expect(index.output.contains("entry 2 is missing its index row"))

        let bad = try await VigilProcess.run(["audit", "verify", "--store", store, "--anchor", "5:abc"], in: folder)
        #expect(bad.status != 0)
    }
}

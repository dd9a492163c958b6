import Foundation
import GRDB
import Testing
import VigilTestSupport

@testable import VigilStore

@Suite struct AccessStoreTests {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)
    /// Each test's stores, removed when the test is done.
    private let scratch: ScratchFolder

    init() throws {
        scratch = try ScratchFolder(prefix: "vigil-access")
    }

    private func store() throws -> StoreDatabase {
        let folder = try scratch.subfolder("store")
        let store = try StoreDatabase(path: folder.appendingPathComponent("store.sqlite").path)
        try store.write { db in
            for (name, role) in [("dev", UserRole.none), ("sup", .supervisor), ("rev", .reviewer), ("aud", .auditor)] {
                try UserDirectory.add(
                    UserDirectory.NewUser(
                        username: name,
                        displayName: name,
                        role: role,
                        passwordHash: "$2b$04$x",
                        temporaryPasswordExpiresAt: nil
                    ),
                    by: "test",
                    at: now,
                    in: db
                )
            }
        }
        return store
    }

    private func grant(
        _ store: StoreDatabase,
        to user: String = "dev",
        approver: String = "sup",
        hours: Double = 2
    )
        throws -> AccessGrant
    {
        try store.write { db in
            try AccessGrants.grant(
                to: user,
                reason: "diagnose the failed run",
                ticket: "CHG-7",
                approver: approver,
                hours: hours,
                by: "cli:ops",
                at: now,
                in: db
            )
        }
    }

    @Test("a grant lasts at most eight hours and ends by itself")
    func expiry() throws {
        let store = try store()
        #expect(throws: StoreError.self) { try grant(store, hours: 8.5) }
        #expect(throws: StoreError.self) { try grant(store, hours: 0) }
        let made = try grant(store, hours: 8)
        #expect(made.isActive(at: now.addingTimeInterval(8 * 3600 - 1)))
        #expect(!made.isActive(at: now.addingTimeInterval(8 * 3600)))
        let active = try store.read { db in
            try AccessGrants.active(forUserID: made.userID, at: now.addingTimeInterval(8 * 3600), in: db)
        }
        #expect(active == nil)
    }

    @Test("the approver must be an enabled supervisor other than the holder, who has no standing role")
    func approvalRules() throws {
        let store = try store()
        #expect(throws: StoreError.self) { try grant(store, approver: "dev") }
        #expect(throws: StoreError.self) { try grant(store, approver: "rev") }
        #expect(throws: StoreError.self) { try grant(store, to: "rev") }
        #expect(throws: StoreError.self) { try grant(store, to: "aud") }
        #expect(throws: StoreError.self) { try grant(store, approver: "nobody") }
        #expect(try grant(store).approver == "sup")
    }

    @Test("a grant can be revoked but never edited or deleted, and both are logged")
    func appendOnly() throws {
        let store = try store()
        let made = try grant(store)
        #expect(throws: StoreError.self) {
            try store.write { db in
                try db.execute(sql: "UPDATE access_grant SET expires_at = '2099-01-01T00:00:00.000Z'")
            }
        }
        #expect(throws: StoreError.self) { try store.write { db in try db.execute(sql: "DELETE FROM access_grant") } }
        try store.write { db in
            try AccessGrants.revoke(id: made.id, by: "cli:ops", at: now.addingTimeInterval(60), in: db)
        }
        let revoked = try store.read { db in try AccessGrants.grant(id: made.id, in: db) }
        #expect(revoked?.isActive(at: now.addingTimeInterval(120)) == false)
        let events = try store.read { db in try Row.fetchAll(db, sql: "SELECT action, detail FROM audit_event") }
        #expect(events.filter { ($0["action"] as String) == "access grant" }.count == 2)
        #expect(try store.read(AuditTrail.verify) == .intact(entries: 6))
    }

    @Test("user names are lowercase and unique; roles are checked by the database too")
    func users() throws {
        let store = try store()
        let new = UserDirectory.NewUser(
            username: "Sup",
            displayName: "x",
            role: .reviewer,
            passwordHash: "h",
            temporaryPasswordExpiresAt: nil
        )
        #expect(throws: StoreError.self) {
            try store.write { db in try UserDirectory.add(new, by: "t", at: now, in: db) }
        }
        var duplicate = new
        duplicate.username = "sup"
        #expect(throws: StoreError.self) {
            try store.write { db in try UserDirectory.add(duplicate, by: "t", at: now, in: db) }
        }
        #expect(throws: (any Error).self) {
            try store.write { db in try db.execute(sql: "UPDATE app_user SET role = 'root' WHERE username = 'rev'") }
        }
    }

    @Test("a user's employee id is taken as the roster spells it, and refused when not on it or already linked")
    func employeeIDs() throws {
        let store = try store()
        func add(_ name: String, _ employeeID: String) throws -> String? {
            try store.write { db in
                try UserDirectory.add(
                    UserDirectory.NewUser(
                        username: name,
                        displayName: name,
                        role: .supervisor,
                        employeeID: employeeID,
                        passwordHash: "h",
                        temporaryPasswordExpiresAt: nil
                    ),
                    by: "t",
                    at: now,
                    in: db
                ).employeeID
            }
        }
        #expect(try add("early", " x1 ") == "x1", "before any roster, the id is kept trimmed")
        try store.write { db in
            try db.execute(
                sql: """
                    INSERT INTO employee (employee_id, forenames, surname, date_of_birth, address_line, town, postcode,
                        role, team, start_date, previous_surnames, uprn, content_hash, first_seen_run, changed_run)
                    VALUES ('E100128', 'A', 'B', '1980-01-01', '1 Road', 'Town', 'WS11AA', 'PC', 'CID', '2010-01-01',
                        '', '', 1, 1, 1)
                    """
            )
        }
        #expect(try add("case-x", "e100128 ") == "E100128")
        #expect(throws: StoreError.self, "a second account for one person") { try add("other", "E100128") }
        #expect(throws: StoreError.self, "not on the roster") { try add("typo", "E999999") }
    }

    @Test("the audit index answers who accessed an object, including objects an event reveals")
    func index() throws {
        let store = try store()
        _ = try store.write { db in
            try AuditIndex.record(
                AuditEvent(at: now, actor: "rev", action: .consultation, objectType: "alert", objectIDs: ["7"]),
                related: [AuditObject(type: "employee", id: "E1")],
                in: db
            )
        }
        let entries = try store.read { db in
            try AccessReview.entries(
                about: .object(AuditObject(type: "employee", id: "E1")),
                from: now.addingTimeInterval(-1),
                to: now.addingTimeInterval(1),
                in: db
            )
        }
        #expect(entries.map(\.event.actor) == ["rev"])
        #expect(entries.first?.event.detail == "reveals: employee E1")
        #expect(throws: StoreError.self) { try store.write { db in try db.execute(sql: "DELETE FROM audit_object") } }
    }

    @Test("server settings are logged when they change, and only then")
    func settings() throws {
        let store = try store()
        #expect(try store.write { db in try ServerSettings.record("port 8080", at: now, in: db) })
        #expect(try !store.write { db in try ServerSettings.record("port 8080", at: now, in: db) })
        #expect(try store.write { db in try ServerSettings.record("port 8443", at: now, in: db) })
        #expect(try store.read { db in try ServerSettings.current(in: db) } == "port 8443")
    }

    @Test("a session id is stored as the lowercase hex SHA-256 of the token")
    func tokenHashIsSHA256Hex() {
        #expect(SessionToken.hash("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SessionToken.hash("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}

import Foundation
import GRDB
import Testing
import VigilTestSupport

@testable import VigilStore

@Suite struct StoreGenerationTests {
    private let now = Date(timeIntervalSince1970: 1_800_000_000)
    /// Each test's stores, removed when the test is done.
    private let scratch: ScratchFolder

    init() throws {
        scratch = try ScratchFolder(prefix: "vigil-gen")
    }

    private func store() throws -> StoreDatabase {
        let folder = try scratch.subfolder("store")
        return try StoreDatabase(path: folder.appendingPathComponent("store.sqlite").path)
    }

    private func generation(_ store: StoreDatabase) throws -> StoreGeneration {
        try store.read { db in try StoreGeneration.current(in: db) }
    }

    @Test("every insert, update and delete of an alert, employee or run moves the published generation")
    func publishedMoves() throws {
        let store = try store()
        var last = try generation(store)
        let changes = [
            """
            INSERT INTO alert (id, alert_key, kind, employee_id, source, event_id, roles, status, probability, band,
                predates_start, raised_run, updated_run, raised_at, updated_at)
            VALUES (1, 'k1', 'person', 'E1', 'crime', 'EV1', 'suspect', 'NEW', 0.9, 'high', 0, 1, 1, 'a', 'a')
            """,
            "UPDATE alert SET status = 'UNDER_REVIEW' WHERE id = 1",
            "UPDATE alert SET assigned_to = 'rev' WHERE id = 1",
            """
            INSERT INTO employee (employee_id, forenames, surname, date_of_birth, address_line, town, postcode, role,
                team, start_date, previous_surnames, uprn, content_hash, first_seen_run, changed_run)
            VALUES ('E1', 'A', 'B', '1980-01-01', '1 Road', 'Town', 'WS11AA', 'PC', 'CID', '2010-01-01', '', '', 1, 1, 1)
            """,
            "UPDATE employee SET team = 'Dog Section' WHERE employee_id = 'E1'",
            "DELETE FROM employee WHERE employee_id = 'E1'",
            "INSERT INTO run (started_at, status, pid, host, model_version) VALUES ('a', 'running', 1, 'h', 'm')",
            "UPDATE run SET status = 'succeeded'",
            "DELETE FROM alert WHERE id = 1",
        ]
        for sql in changes {
            try store.write { db in try db.execute(sql: sql) }
            let next = try generation(store)
            #expect(next.published > last.published, "\(sql)")
            #expect(next.users == last.users)
            last = next
        }
    }

    @Test("changing a user account moves the users generation only")
    func usersMove() throws {
        let store = try store()
        let before = try generation(store)
        _ = try store.write { db in
            try UserDirectory.add(
                UserDirectory.NewUser(
                    username: "rev",
                    displayName: "Reviewer",
                    role: .reviewer,
                    passwordHash: "$2b$04$x",
                    temporaryPasswordExpiresAt: nil
                ),
                by: "test",
                at: now,
                in: db
            )
        }
        let after = try generation(store)
        #expect(after.users > before.users)
        #expect(after.published == before.published)
    }

    @Test("sessions and audit entries, written on every page view, leave both generations alone")
    func pageViewsDoNotMove() throws {
        let store = try store()
        let before = try generation(store)
        try store.write { db in
            try SessionStore.create(
                tokenHash: "h",
                userID: nil,
                stage: .anonymous,
                csrfToken: "c",
                client: "127.0.0.1",
                at: now,
                in: db
            )
            try SessionStore.touch(tokenHash: "h", at: now.addingTimeInterval(60), in: db)
            try AuditIndex.record(
                AuditEvent(at: now, actor: "rev", action: .consultation, objectType: "alert", objectIDs: ["1"]),
                in: db
            )
        }
        #expect(try generation(store) == before)
    }
}

import Foundation
import GRDB
import HummingbirdTesting
import Testing
import VigilCore
import VigilStore

@testable import VigilWeb

/// The note beside a record that gives another address when earlier records place the employee at
/// their current home (``AddressHistory``).
@Suite struct AddressHistoryNoteTests {
    /// Alert 1's explanation with its address term at `level`.
    static func explanation(addressLevel level: String) throws -> String {
        var terms = TestWorld.explanationTerms
        terms[terms.count - 1].level = level
        let explanation = MatchExplanation(kind: .person, priorWeight: -12.5, terms: terms)
        return String(decoding: try JSONEncoder().encode(explanation), as: UTF8.self)
    }

    /// Stores another crime record of E900 dated `date`, matched with `probability` at `addressLevel`.
    static func addRecord(
        row: Int64,
        date: String,
        addressLevel: String,
        probability: Double,
        event: String? = nil,
        in db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO person_record (id, feed, source, record_id, event_id, event_date, role, forenames,
                    surname, date_of_birth, address_line, town, postcode, uprn, content_hash, identity_hash,
                    first_seen_run, changed_run)
                VALUES (?, 'crime', 'crime', ?, ?, ?, 'victim', 'AOIFE', 'OBRIEN', '1985-03-14', '3 Home Row',
                    'Walsall', 'WS2 2BB', '', 21, 22, 1, 1)
                """,
            arguments: [row, "HIST-\(row)", event ?? "HIST-EVENT-\(row)", date]
        )
        try MatchTable.save(
            StoredMatch(
                kind: .person,
                row: row,
                employeeID: "E900",
                matchWeight: 10,
                probability: probability,
                explanation: try explanation(addressLevel: addressLevel),
                modelVersion: "test"
            ),
            run: 1,
            in: db
        )
    }

    /// Seeds the triage fixtures with alert 1's record giving another address ("different").
    static func world() async throws -> TestWorld {
        let world = try await TestWorld()
        try world.seedTriage()
        try world.store.write { db in
            try db.execute(
                sql: "UPDATE person_match SET explanation = ? WHERE record_row = 1",
                arguments: [try explanation(addressLevel: "other")]
            )
        }
        return world
    }

    @Test("earlier confident records at the current home put a note beside a later record at another address")
    func earlierRecordsAtHome() async throws {
        let world = try await Self.world()
        try world.store.write { db in
            try Self.addRecord(row: 2, date: "2024-07-09", addressLevel: "whole_address", probability: 0.99, in: db)
            try Self.addRecord(row: 3, date: "2025-05-01", addressLevel: "postcode_house", probability: 0.95, in: db)
            // Neither of these counts: a weak match, and a record at another address.
            try Self.addRecord(row: 4, date: "2023-01-01", addressLevel: "whole_address", probability: 0.6, in: db)
            try Self.addRecord(row: 5, date: "2022-01-01", addressLevel: "other", probability: 0.99, in: db)
            // Nor this: the event of alert 3, which is about the reviewer, so hidden from them.
            try Self.addRecord(
                row: 6,
                date: "2021-01-01",
                addressLevel: "whole_address",
                probability: 0.99,
                event: "EV\(TestWorld.reviewerSelfAlert)",
                in: db
            )
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            let text = try await reviewer.get("/alerts/1").text
            #expect(text.contains("<h4>Address history</h4>"))
            #expect(text.contains("2 earlier records matched to this employee with 90% or more"))
            #expect(text.contains("dated 2024-07-09 to 2025-05-01, give their current home address"))
            #expect(text.contains("This record, dated 2026-01-02, gives another address"))
        }
    }

    @Test("no note when the home records are later, or the record itself agrees with the home")
    func nothingToSay() async throws {
        let world = try await Self.world()
        try world.store.write { db in
            try Self.addRecord(row: 2, date: "2026-06-01", addressLevel: "whole_address", probability: 0.99, in: db)
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            #expect(!(try await reviewer.get("/alerts/1").text.contains("Address history")))
        }
        try world.store.write { db in
            try Self.addRecord(row: 3, date: "2020-06-01", addressLevel: "whole_address", probability: 0.99, in: db)
            try db.execute(
                sql: "UPDATE person_match SET explanation = ? WHERE record_row = 1",
                arguments: [try Self.explanation(addressLevel: "street_house")]
            )
        }
        try await world.application().test(.router) { client in
            let reviewer = try await RouteProbe.browser("rev", client: client, world: world)
            #expect(!(try await reviewer.get("/alerts/1").text.contains("Address history")))
        }
    }
}

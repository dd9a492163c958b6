import Foundation
import GRDB
import Testing
import VigilCore

@testable import VigilStore

@Suite struct AppendOnlyTablesTests {
    /// An in-memory store holding one alert with one decision and one note.
    private func storeWithDecision() throws -> InMemoryStore {
        let store = try InMemoryStore()
        try store.write { db in
            let evidence = AlertEvidence(
                kind: .person,
                employeeID: "E1",
                source: "crime",
                eventID: "CR-1",
                eventDate: CalendarDate(year: 2025, month: 1, day: 2),
                role: "victim",
                row: 1,
                contentHash: 11,
                identityHash: 12,
                probability: 0.99,
                predatesStart: false
            )
            #expect(try AlertLedger.offer(evidence, run: 1, at: Date(), in: db) == .raised)
            try AlertWorkflow.decide(
                alertID: 1,
                .init(status: .underReview, reason: "checking"),
                by: "rev",
                at: Date(),
                in: db
            )
            try AlertWorkflow.addNote(alertID: 1, text: "spoke to HR", by: "rev", at: Date(), in: db)
        }
        return store
    }

    @Test(
        "decisions, notes and alert history refuse updates and deletes",
        arguments: ["decision", "note", "alert_history"]
    )
    func refused(table: String) throws {
        let store = try storeWithDecision()
        #expect(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "UPDATE \(table) SET actor = 'someone else'") }
        }
        #expect(throws: StoreError.self) {
            try store.write { db in try db.execute(sql: "DELETE FROM \(table)") }
        }
        let count = try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") }
        #expect(count ?? 0 > 0)
    }

    @Test("a decision or note made through the workflow writes one indexed audit entry without its words")
    func workflowAudit() throws {
        let store = try storeWithDecision()
        let found = try store.read { db in
            (
                try AccessReview.entries(
                    about: .object(AuditObject(type: "alert", id: "1")),
                    from: Date(timeIntervalSince1970: 0),
                    to: Date().addingTimeInterval(60),
                    in: db
                ),
                try AccessReview.entries(
                    about: .object(AuditObject(type: "employee", id: "E1")),
                    from: Date(timeIntervalSince1970: 0),
                    to: Date().addingTimeInterval(60),
                    in: db
                ),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_event WHERE actor = 'rev'") ?? 0
            )
        }
        let (byAlert, byEmployee, written) = found
        #expect(written == 2)
        #expect(byAlert.map(\.event.reason) == ["decision: under review", ""])
        #expect(
            byAlert.map(\.event.detail) == [
                "status NEW → UNDER_REVIEW; reveals: employee E1", "note added; reveals: employee E1",
            ]
        )
        #expect(byEmployee.count == 2)
        #expect(!byAlert.contains { $0.event.reason.contains("checking") || $0.event.detail.contains("HR") })
        #expect(
            AlertWorkflow.auditReason(
                .init(status: .referred, reason: "x", referral: .misconduct, caseReference: "PSD-1")
            )
            .contains("PSD-1") == false
        )
    }

    @Test("a refused transition says which ones are allowed and changes nothing")
    func refusedTransition() throws {
        let store = try storeWithDecision()
        #expect {
            try store.write { db in
                try AlertWorkflow.decide(
                    alertID: 1,
                    .init(status: .reopened, reason: "x"),
                    by: "rev",
                    at: Date(),
                    in: db
                )
            }
        } throws: { error in
            (error as? StoreError)?.message.contains("cannot become reopened") == true
        }
        #expect {
            try store.write { db in
                try AlertWorkflow.decide(
                    alertID: 1,
                    .init(status: .referred, reason: "crime", referral: .criminal),
                    by: "rev",
                    at: Date(),
                    in: db
                )
            }
        } throws: { error in
            (error as? StoreError)?.message.contains("case reference") == true
        }
        let status = try store.read { db in try String.fetchOne(db, sql: "SELECT status FROM alert WHERE id = 1") }
        #expect(status == "UNDER_REVIEW")
    }
}

import Foundation
import GRDB
import VigilCore
import VigilStore

/// Realistic triage fixtures on top of ``TestWorld``: roster rows for the alerts' employees, a crime
/// record matched to alert 1's employee with a stored explanation, unassigned alerts, and run history.
extension TestWorld {
    /// An unassigned alert about someone else (E902), raised "today".
    static let unassignedAlert = 5
    /// An unassigned alert about the reviewer themselves (E100).
    static let reviewerSelfUnassigned = 6
    /// The terms of alert 1's explanation.
    static let explanationTerms = [
        ExplanationTerm(
            comparison: "forename",
            label: "forenames",
            level: "exact",
            levelLabel: "identical",
            weight: 6.2,
            termFrequencyAdjustment: 1.1,
            recordValue: "AOIFE",
            employeeValue: "AOIFE"
        ),
        ExplanationTerm(
            comparison: "surname",
            label: "surname",
            level: "exact",
            levelLabel: "identical",
            weight: 8.0,
            termFrequencyAdjustment: -0.5,
            recordValue: "OBRIEN",
            employeeValue: "OBRIEN"
        ),
        ExplanationTerm(
            comparison: "date_of_birth",
            label: "date of birth",
            level: "exact",
            levelLabel: "identical",
            weight: 14.3,
            termFrequencyAdjustment: 0,
            recordValue: "1985-03-14",
            employeeValue: "1985-03-14"
        ),
        ExplanationTerm(
            comparison: "address",
            label: "address",
            level: "postcode",
            levelLabel: "same postcode only",
            weight: -1.5,
            termFrequencyAdjustment: 0,
            recordValue: "WS1 1AA",
            employeeValue: "WS1 1AA"
        ),
    ]

    /// Adds the triage fixtures; `healthy` adds a run that published an hour ago.
    func seedTriage(healthy: Bool = true, forenames: String = "Aoife") throws {
        let now = clock.now
        try store.write { db in
            try Self.insertEmployee(
                "E900",
                forenames: forenames,
                surname: "O'Brien",
                team: "Response Team A",
                start: "2015-04-01",
                in: db
            )
            try Self.insertEmployee(
                "E901",
                forenames: "Jan",
                surname: "Kowalski",
                team: "CID",
                start: "2010-09-01",
                in: db
            )
            try Self.insertEmployee(
                "E902",
                forenames: "Priya",
                surname: "Shah",
                team: "CID",
                start: "2020-01-06",
                in: db
            )
            try db.execute(
                sql: """
                    INSERT INTO person_record (id, feed, source, record_id, event_id, event_date, role, forenames,
                        surname, date_of_birth, address_line, town, postcode, uprn, content_hash, identity_hash,
                        first_seen_run, changed_run)
                    VALUES (1, 'crime', 'crime', 'CR-1', 'EV1', '2026-01-02', 'suspect', 'AOIFE', 'OBRIEN',
                        '1985-03-14', '12 Mill Ln', 'Walsall', 'WS11AA', '', 11, 12, 1, 1)
                    """
            )
            let explanation = MatchExplanation(kind: .person, priorWeight: -12.5, terms: Self.explanationTerms)
            let json = String(decoding: try JSONEncoder().encode(explanation), as: UTF8.self)
            try MatchTable.save(
                StoredMatch(
                    kind: .person,
                    row: 1,
                    employeeID: "E900",
                    matchWeight: explanation.matchWeight,
                    probability: explanation.matchProbability,
                    explanation: json,
                    modelVersion: "test"
                ),
                run: 1,
                in: db
            )
            try db.execute(
                sql: """
                    INSERT INTO alert_evidence (alert_id, match_kind, row_id, role, content_hash, probability, withdrawn)
                    VALUES (1, 'person', 1, 'suspect', 11, 0.99, 0)
                    """
            )
            // Updated at 08:00 on Friday: at the meeting the clock starts at, so new since it.
            let today = StoreTime.text(now)
            try Self.insertAlert(Self.unassignedAlert, employee: "E902", assignedTo: nil, in: db)
            try Self.insertAlert(Self.reviewerSelfUnassigned, employee: "E100", assignedTo: nil, in: db)
            try db.execute(
                sql: "UPDATE alert SET updated_at = ?, source = 'intelligence', roles = 'subject', band = 'medium', "
                    + "probability = 0.96 WHERE id = ?",
                arguments: [today, Self.unassignedAlert]
            )
            if healthy {
                try db.execute(
                    sql: """
                        INSERT INTO run (started_at, finished_at, status, pid, host, model_version, data_as_at)
                        VALUES (?, ?, 'succeeded', 1, 'test', 'test', ?)
                        """,
                    arguments: [
                        StoreTime.text(now.addingTimeInterval(-3_700)), StoreTime.text(now.addingTimeInterval(-3_600)),
                        StoreTime.text(now.addingTimeInterval(-3_600)),
                    ]
                )
            }
        }
    }

    /// Inserts a roster row.
    static func insertEmployee(
        _ id: String,
        forenames: String,
        surname: String,
        team: String,
        start: String,
        in db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO employee (employee_id, forenames, surname, date_of_birth, address_line, town, postcode,
                    role, team, start_date, previous_surnames, uprn, content_hash, first_seen_run, changed_run)
                VALUES (?, ?, ?, '1985-03-14', '12 Mill Lane', 'Walsall', 'WS1 1AA', 'PC', ?, ?, '', '', 1, 1, 1)
                """,
            arguments: [id, forenames, surname, team, start]
        )
    }

    /// The alert's status as stored.
    func status(ofAlert id: Int) throws -> String? {
        try store.read { db in try String.fetchOne(db, sql: "SELECT status FROM alert WHERE id = ?", arguments: [id]) }
    }

    /// How many rows `table` holds.
    func count(_ table: String) throws -> Int {
        try store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }
}

import Foundation
import GRDB
import VigilIngest
import VigilStore

/// A small, known world for the insight views: four employees, eight alerts over three weeks of
/// January 2026, decisions on four of them, two incidents at one home, one matched person record,
/// and two runs (the second degraded by a data-quality gate).
///
/// Known answers, for 2026-01-05 to 2026-01-25 (weeks of 01-05, 01-12 and 01-19):
/// - alerts per week 2, 2, 4; crime 1, 1, 2;
/// - repeat victims: E900 (2: alert 20 was decided not a match); repeat suspects: none (E901's alert 23 was
///   decided not a match; reopen it and E901 has 2); repeat location: 12 High Street (2 incidents);
/// - career stages: before start 1, under 1 year 2, 1–2 years 1, 5–10 years 3, 10 years or more 1;
/// - decisions per week 2, 1, 1; not a match 1, 1, 0; median days 3, 1, 3; p90 days 4, 1, 3.
extension TestWorld {
    /// The period the known answers are for.
    static let insightFrom = "2026-01-05"
    static let insightTo = "2026-01-25"
    /// The employee with the repeat victim alerts and the incidents at home (alert 1 is theirs, in
    /// the reviewer's queue).
    static let timelineEmployee = "E900"
    /// The employee of someone else's alert (alert 2).
    static let othersEmployee = "E901"

    /// Adds the insight fixture to the store.
    func insertInsightFixture() async throws {
        let reports = try Self.reportJSON()
        try await store.asyncWrite { db in
            for (id, name, team, start) in [
                ("E900", "Alice <b>Ames</b>", "Response North", "2020-03-01"),
                ("E901", "Bob Brown", "CID", "2025-06-01"),
                ("E902", "Cara Cole", "Custody", "2010-01-01"), ("E100", "Rev Iewer", "Response North", "2024-09-01"),
            ] {
                let names = name.split(separator: " ", maxSplits: 1).map(String.init)
                try db.execute(
                    sql: """
                        INSERT INTO employee (employee_id, forenames, surname, date_of_birth, address_line, town, postcode,
                            role, team, start_date, previous_surnames, uprn, content_hash, active, first_seen_run,
                            changed_run)
                        VALUES (?, ?, ?, '1985-03-14', ?, 'Dudley', ?, 'PC', ?, ?, '', '', 1, 1, 1, 1)
                        """,
                    // The reviewer (E100) lives elsewhere: the others' home is not theirs.
                    arguments: [
                        id, names[0], names[1], id == "E100" ? "3 Low Road" : "12 High Street",
                        id == "E100" ? "DY2 2BB" : "DY1 1AA", team, start,
                    ]
                )
            }
            let alerts: [(Int, String, String, String, String, String, String, String)] = [
                (20, "E900", "crime", "victim", "NOT_A_MATCH", "2026-01-05", "2026-01-01", "person"),
                (21, "E900", "incident", "victim, witness", "REFERRED", "2026-01-06", "2026-01-04", "person"),
                (22, "E900", "crime", "victim", "NEW", "2026-01-13", "2019-05-01", "person"),
                (23, "E901", "intelligence", "suspect", "NOT_A_MATCH", "2026-01-14", "2026-01-10", "person"),
                (24, "E901", "custody", "suspect", "UNDER_REVIEW", "2026-01-20", "2026-01-18", "person"),
                (25, "E902", "crime", "witness", "NO_FURTHER_ACTION", "2026-01-21", "2026-01-19", "person"),
                (26, "E100", "crime", "victim", "NEW", "2026-01-22", "2026-01-20", "person"),
                (27, "E900", "incident", "location", "NEW", "2026-01-22", "2026-01-15", "home_address"),
            ]
            for (id, employee, source, roles, status, raised, event, kind) in alerts {
                try db.execute(
                    sql: """
                        INSERT INTO alert (id, alert_key, kind, employee_id, source, event_id, event_date, roles, status,
                            probability, band, predates_start, assigned_to, raised_run, updated_run, raised_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0.97, 'medium', ?, NULL, 1, 1, ?, ?)
                        """,
                    arguments: [
                        id, "insight-\(id)", kind, employee, source, "EV\(id)", event, roles, status, id == 22 ? 1 : 0,
                        "\(raised)T09:00:00.000Z", "\(raised)T09:00:00.000Z",
                    ]
                )
            }
            for (alert, at, from, to) in [
                (20, "2026-01-05T10:00:00.000Z", "NEW", "UNDER_REVIEW"),
                (20, "2026-01-07T09:00:00.000Z", "UNDER_REVIEW", "NOT_A_MATCH"),
                (21, "2026-01-10T09:00:00.000Z", "UNDER_REVIEW", "REFERRED"),
                (23, "2026-01-15T09:00:00.000Z", "UNDER_REVIEW", "NOT_A_MATCH"),
                (25, "2026-01-24T09:00:00.000Z", "UNDER_REVIEW", "NO_FURTHER_ACTION"),
            ] {
                try db.execute(
                    sql: """
                        INSERT INTO decision (alert_id, at, actor, from_status, to_status, reason, referral, case_reference)
                        VALUES (?, ?, 'sup', ?, ?, 'checked against the source', ?, ?)
                        """,
                    arguments: [
                        alert, at, from, to, to == "REFERRED" ? "misconduct" : nil, to == "REFERRED" ? "PSD-7" : nil,
                    ]
                )
            }
            for (row, incident, date, type) in [
                (1, "INC1", "2026-01-15", "domestic"), (2, "INC2", "2026-01-08", "noise"),
            ] {
                try db.execute(
                    sql: """
                        INSERT INTO incident_location (id, feed, incident_id, event_date, incident_type, address_line, town,
                            postcode, uprn, content_hash, first_seen_run, changed_run)
                        VALUES (?, 'locations', ?, ?, ?, '12 High Street', 'Dudley', 'DY1 1AA', '', 1, 1, 1)
                        """,
                    arguments: [row, incident, date, type]
                )
                try db.execute(
                    sql: """
                        INSERT INTO address_match (location_row, employee_id, match_weight, probability, explanation,
                            model_version, run_id) VALUES (?, 'E900', 2.5, 0.85, ?, 'm1', 1)
                        """,
                    arguments: [row, Self.explanation]
                )
            }
            try db.execute(
                sql: """
                    INSERT INTO alert_evidence (alert_id, match_kind, row_id, role, content_hash, probability)
                    VALUES (27, 'home_address', 1, 'location', 1, 0.85)
                    """
            )
            try db.execute(
                sql: """
                    INSERT INTO person_record (id, feed, source, record_id, event_id, event_date, role, forenames, surname,
                        date_of_birth, address_line, town, postcode, uprn, content_hash, identity_hash, first_seen_run,
                        changed_run)
                    VALUES (1, 'crime', 'crime', 'CR-1', 'EV22', '2019-05-01', 'victim', 'ALICE', 'AMES', '1985-03-14',
                        '12 High Street', 'Dudley', 'DY1 1AA', '', 1, 1, 1, 1)
                    """
            )
            try db.execute(
                sql: """
                    INSERT INTO person_match (record_row, employee_id, match_weight, probability, ambiguous, runner_up,
                        explanation, model_version, run_id) VALUES (1, 'E900', 9.0, 0.998, 0, '', '{}', 'm1', 1)
                    """
            )
            try db.execute(
                sql: "INSERT INTO alert_evidence (alert_id, match_kind, row_id, role, content_hash, probability) "
                    + "VALUES (22, 'person', 1, 'victim', 1, 0.998)"
            )
            try Self.insertRuns(reports: reports, in: db)
        }
    }

    private static let explanation = """
        {"kind":"home_address","priorWeight":-10,"matchWeight":2.5,"matchProbability":0.85,"terms":[\
        {"comparison":"address","label":"address","level":"exact","levelLabel":"identical",\
        "weight":12.5,"termFrequencyAdjustment":0,"recordValue":"12 HIGH STREET DY1 1AA",\
        "employeeValue":"12 HIGH STREET DY1 1AA"}]}
        """

    private static func insertRuns(reports: (String, String), in db: Database) throws {
        let start = Date(timeIntervalSince1970: 1_767_600_000)
        let first = try RunLog.begin(at: start, pid: 10, host: "vigil-1", modelVersion: "m1", in: db)
        try RunLog.finish(
            RunRecord(
                id: first,
                startedAt: start,
                finishedAt: start.addingTimeInterval(42),
                status: .succeeded,
                pid: 10,
                host: "vigil-1",
                modelVersion: "m1",
                dataAsAt: start,
                inputs: [
                    RunInput(
                        source: "crime",
                        path: "/data/crime.csv",
                        sha256: "ab12",
                        bytes: 900,
                        rowsRead: 100,
                        rowsAccepted: 100
                    )
                ],
                counts: ["alerts raised": 5],
                durations: ["link": 30.5]
            ),
            in: db
        )
        try DataQualityReportTable.save(run: first, source: "crime", json: reports.0, in: db)
        let second = try RunLog.begin(
            at: start.addingTimeInterval(86_400),
            pid: 11,
            host: "vigil-1",
            modelVersion: "m1",
            in: db
        )
        try RunLog.finish(
            RunRecord(
                id: second,
                startedAt: start.addingTimeInterval(86_400),
                finishedAt: start.addingTimeInterval(86_460),
                status: .degraded,
                pid: 11,
                host: "vigil-1",
                modelVersion: "m1",
                dataAsAt: start.addingTimeInterval(86_400),
                inputs: [
                    RunInput(
                        source: "crime",
                        path: "/data/crime.csv",
                        sha256: "cd34ef",
                        bytes: 950,
                        rowsRead: 100,
                        rowsAccepted: 97,
                        rowsRejected: 3,
                        rejectsFile: "/data/rejects.csv"
                    )
                ],
                counts: ["alerts raised": 3],
                durations: ["link": 31.25],
                messages: ["data-quality gate failed: crime: date of birth missing in 60.0% of rows (gate 50.0%)"]
            ),
            in: db
        )
        try DataQualityReportTable.save(run: second, source: "crime", json: reports.1, in: db)
    }

    /// The crime reports of the two runs: the second lost most dates of birth.
    private static func reportJSON() throws -> (String, String) {
        func report(missing: Int, rejected: Int) throws -> String {
            let report = DataQualityReport(
                source: "crime",
                file: "/data/crime.csv",
                kind: .personRecords,
                rowsRead: 100,
                rowsAccepted: 100 - rejected,
                rowsProfiled: 100 - rejected,
                rejectsByReason: rejected > 0 ? ["duplicate id": rejected] : [:],
                fields: [
                    .init(field: "surname", rows: 100 - rejected, empty: 1),
                    .init(field: "date_of_birth", rows: 100 - rejected, empty: missing),
                    .init(field: "postcode", rows: 100 - rejected, empty: 2, invalid: 3, partial: 7),
                ]
            )
            return String(decoding: try report.jsonData(), as: UTF8.self)
        }
        return (try report(missing: 10, rejected: 0), try report(missing: 58, rejected: 3))
    }
}

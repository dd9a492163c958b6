import GRDB

extension StoreSchema {
    /// Current matches, alerts with their evidence, and the append-only history, decisions and notes.
    ///
    /// A person record links to at most one employee (`person_match` keyed by the record); an incident
    /// location can be several employees' home (`address_match`). An alert groups the matches of one
    /// employee to one event, so a second record of the same crime updates the alert instead of raising
    /// another.
    static func createAlertTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE person_match (
                    record_row INTEGER PRIMARY KEY NOT NULL REFERENCES person_record(id),
                    employee_id TEXT NOT NULL,
                    match_weight REAL NOT NULL, probability REAL NOT NULL,
                    ambiguous INTEGER NOT NULL, runner_up TEXT NOT NULL,
                    explanation TEXT NOT NULL, model_version TEXT NOT NULL, run_id INTEGER NOT NULL
                );
                CREATE INDEX person_match_employee ON person_match (employee_id);
                CREATE TABLE address_match (
                    location_row INTEGER NOT NULL REFERENCES incident_location(id),
                    employee_id TEXT NOT NULL,
                    match_weight REAL NOT NULL, probability REAL NOT NULL,
                    explanation TEXT NOT NULL, model_version TEXT NOT NULL, run_id INTEGER NOT NULL,
                    PRIMARY KEY (location_row, employee_id)
                );
                CREATE INDEX address_match_employee ON address_match (employee_id);
                CREATE TABLE alert (
                    id INTEGER PRIMARY KEY,
                    alert_key TEXT NOT NULL UNIQUE,
                    kind TEXT NOT NULL, employee_id TEXT NOT NULL, source TEXT NOT NULL, event_id TEXT NOT NULL,
                    event_date TEXT, roles TEXT NOT NULL,
                    status TEXT NOT NULL,
                    probability REAL NOT NULL, band TEXT NOT NULL,
                    predates_start INTEGER NOT NULL, evidence_withdrawn INTEGER NOT NULL DEFAULT 0,
                    assigned_to TEXT,
                    raised_run INTEGER NOT NULL, updated_run INTEGER NOT NULL,
                    raised_at TEXT NOT NULL, updated_at TEXT NOT NULL
                );
                CREATE INDEX alert_employee ON alert (employee_id);
                CREATE INDEX alert_status ON alert (status, updated_at);
                CREATE TABLE alert_evidence (
                    alert_id INTEGER NOT NULL REFERENCES alert(id),
                    match_kind TEXT NOT NULL, row_id INTEGER NOT NULL, role TEXT NOT NULL,
                    content_hash INTEGER NOT NULL, probability REAL NOT NULL,
                    withdrawn INTEGER NOT NULL DEFAULT 0,
                    PRIMARY KEY (alert_id, match_kind, row_id)
                );
                CREATE INDEX alert_evidence_row ON alert_evidence (match_kind, row_id);
                CREATE TABLE alert_history (
                    id INTEGER PRIMARY KEY,
                    alert_id INTEGER NOT NULL REFERENCES alert(id),
                    at TEXT NOT NULL, run_id INTEGER, actor TEXT NOT NULL,
                    event TEXT NOT NULL, status TEXT NOT NULL, detail TEXT NOT NULL
                );
                CREATE INDEX alert_history_alert ON alert_history (alert_id);
                CREATE TABLE decision (
                    id INTEGER PRIMARY KEY,
                    alert_id INTEGER NOT NULL REFERENCES alert(id),
                    at TEXT NOT NULL, actor TEXT NOT NULL,
                    from_status TEXT NOT NULL, to_status TEXT NOT NULL, reason TEXT NOT NULL,
                    referral TEXT, case_reference TEXT
                );
                CREATE INDEX decision_alert ON decision (alert_id);
                CREATE TABLE note (
                    id INTEGER PRIMARY KEY,
                    alert_id INTEGER NOT NULL REFERENCES alert(id),
                    at TEXT NOT NULL, actor TEXT NOT NULL, text TEXT NOT NULL
                );
                CREATE INDEX note_alert ON note (alert_id);
                CREATE TABLE suppression (
                    id INTEGER PRIMARY KEY,
                    employee_id TEXT NOT NULL, match_kind TEXT NOT NULL, row_id INTEGER NOT NULL,
                    identity_hash INTEGER NOT NULL, alert_id INTEGER REFERENCES alert(id),
                    reason TEXT NOT NULL, requested_by TEXT NOT NULL, requested_at TEXT NOT NULL,
                    approved_by TEXT, approved_at TEXT, review_on TEXT NOT NULL,
                    lifted_at TEXT, lifted_reason TEXT
                );
                CREATE INDEX suppression_pair ON suppression (employee_id, match_kind, row_id);
                """
        )
        for table in ["alert_history", "decision", "note"] {
            try makeAppendOnly(table, in: db)
        }
    }

    /// Runs with their inputs and outcome, and each run's data-quality reports.
    static func createRunTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE run (
                    id INTEGER PRIMARY KEY,
                    started_at TEXT NOT NULL, finished_at TEXT,
                    status TEXT NOT NULL, pid INTEGER NOT NULL, host TEXT NOT NULL,
                    model_version TEXT NOT NULL, data_as_at TEXT,
                    inputs TEXT NOT NULL DEFAULT '[]', counts TEXT NOT NULL DEFAULT '{}',
                    durations TEXT NOT NULL DEFAULT '{}', messages TEXT NOT NULL DEFAULT '[]'
                );
                CREATE TABLE data_quality_report (
                    run_id INTEGER NOT NULL REFERENCES run(id),
                    source TEXT NOT NULL, report TEXT NOT NULL,
                    PRIMARY KEY (run_id, source)
                );
                """
        )
    }

    /// The audit trail (Data Protection Act 2018 s62): append-only and hash-chained.
    ///
    /// Each event holds the previous event's hash, so editing, deleting or reordering a row breaks the
    /// chain at that row; ``AuditTrail/verify(_:)`` names it.
    static func createAuditTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE audit_event (
                    seq INTEGER PRIMARY KEY,
                    at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,
                    object_type TEXT NOT NULL, object_ids TEXT NOT NULL,
                    reason TEXT NOT NULL, detail TEXT NOT NULL,
                    previous_hash TEXT NOT NULL, hash TEXT NOT NULL
                );
                CREATE INDEX audit_event_actor ON audit_event (actor, at);
                """
        )
        try makeAppendOnly("audit_event", in: db)
    }
}

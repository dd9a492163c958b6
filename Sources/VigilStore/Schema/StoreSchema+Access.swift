import GRDB

extension StoreSchema {
    /// Named users, server-side sessions, failed-login throttling, break-glass grants and the index
    /// that answers "who accessed object X" from the audit trail.
    ///
    /// Sessions are stored by the SHA-256 of their id, never the id itself, so a copy of the store does
    /// not let anyone sign in. Grant uses and the audit object index are append-only, like the trail;
    /// a grant can only be revoked, never edited or removed.
    static func createAccessTables(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE app_user (
                    id INTEGER PRIMARY KEY,
                    username TEXT NOT NULL UNIQUE COLLATE NOCASE,
                    display_name TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('reviewer', 'supervisor', 'auditor', 'admin', 'none')),
                    employee_id TEXT,
                    password_hash TEXT NOT NULL,
                    password_temporary INTEGER NOT NULL,
                    password_expires_at TEXT,
                    totp_secret TEXT,
                    totp_last_step INTEGER NOT NULL DEFAULT 0,
                    disabled_at TEXT,
                    created_at TEXT NOT NULL, updated_at TEXT NOT NULL
                );
                CREATE INDEX app_user_employee ON app_user (employee_id);
                CREATE TABLE user_session (
                    token_hash TEXT PRIMARY KEY NOT NULL,
                    user_id INTEGER REFERENCES app_user(id),
                    stage TEXT NOT NULL,
                    csrf_token TEXT NOT NULL,
                    pending_secret TEXT,
                    client TEXT NOT NULL,
                    created_at TEXT NOT NULL, last_seen_at TEXT NOT NULL,
                    ended_at TEXT, end_reason TEXT
                );
                CREATE INDEX user_session_user ON user_session (user_id, ended_at);
                CREATE INDEX user_session_seen ON user_session (last_seen_at);
                CREATE TABLE session_reason (
                    token_hash TEXT NOT NULL REFERENCES user_session(token_hash) ON DELETE CASCADE,
                    object_type TEXT NOT NULL, object_id TEXT NOT NULL,
                    reason TEXT NOT NULL, given_at TEXT NOT NULL,
                    PRIMARY KEY (token_hash, object_type, object_id)
                );
                CREATE TABLE login_failure (
                    account TEXT PRIMARY KEY NOT NULL,
                    failures INTEGER NOT NULL,
                    first_failed_at TEXT NOT NULL, last_failed_at TEXT NOT NULL,
                    last_client TEXT NOT NULL,
                    locked_at TEXT
                );
                CREATE TABLE access_grant (
                    id INTEGER PRIMARY KEY,
                    user_id INTEGER NOT NULL REFERENCES app_user(id),
                    reason TEXT NOT NULL, ticket TEXT NOT NULL, approver TEXT NOT NULL,
                    granted_by TEXT NOT NULL, granted_at TEXT NOT NULL, expires_at TEXT NOT NULL,
                    revoked_at TEXT, revoked_by TEXT
                );
                CREATE INDEX access_grant_user ON access_grant (user_id, expires_at);
                CREATE TRIGGER access_grant_fixed
                BEFORE UPDATE OF id, user_id, reason, ticket, approver, granted_by, granted_at, expires_at
                ON access_grant
                BEGIN SELECT RAISE(ABORT, 'access_grant is append-only: a grant can be revoked, not changed'); END;
                CREATE TRIGGER access_grant_kept
                BEFORE DELETE ON access_grant
                BEGIN SELECT RAISE(ABORT, 'access_grant is append-only: rows cannot be changed or removed'); END;
                CREATE TABLE access_grant_use (
                    id INTEGER PRIMARY KEY,
                    grant_id INTEGER NOT NULL REFERENCES access_grant(id),
                    at TEXT NOT NULL, route TEXT NOT NULL,
                    object_type TEXT NOT NULL, object_ids TEXT NOT NULL,
                    audit_seq INTEGER NOT NULL REFERENCES audit_event(seq)
                );
                CREATE INDEX access_grant_use_grant ON access_grant_use (grant_id);
                CREATE TABLE audit_object (
                    object_type TEXT NOT NULL, object_id TEXT NOT NULL,
                    seq INTEGER NOT NULL REFERENCES audit_event(seq),
                    PRIMARY KEY (object_type, object_id, seq)
                ) WITHOUT ROWID;
                """
        )
        for table in ["access_grant_use", "audit_object"] {
            try makeAppendOnly(table, in: db)
        }
    }
}

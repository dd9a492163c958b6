import Foundation
import GRDB

/// Server-side sessions: created, found, touched, advanced and ended.
///
/// Timeouts are the caller's policy (the web layer's ``SessionPolicy``); the store records when a
/// session began and was last used, and ends sessions when told to.
public enum SessionStore {
    /// Stores a new session under the hash of its id.
    public static func create(
        tokenHash: String,
        userID: Int64?,
        stage: UserSession.Stage,
        csrfToken: String,
        client: String,
        at now: Date,
        in db: Database
    ) throws {
        try db.execute(
            sql: """
                INSERT INTO user_session (token_hash, user_id, stage, csrf_token, client, created_at, last_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [tokenHash, userID, stage.rawValue, csrfToken, client, StoreTime.text(now), StoreTime.text(now)]
        )
    }

    /// The live (not ended) session with this id hash.
    public static func session(tokenHash: String, in db: Database) throws -> UserSession? {
        try Row.fetchOne(
            db,
            sql: "SELECT * FROM user_session WHERE token_hash = ? AND ended_at IS NULL",
            arguments: [tokenHash]
        ).map(UserSession.init(row:))
    }

    /// Notes that the live session was used now (restarting the idle timeout).
    public static func touch(tokenHash: String, at now: Date, in db: Database) throws {
        try db.execute(
            sql: "UPDATE user_session SET last_seen_at = ? WHERE token_hash = ? AND ended_at IS NULL",
            arguments: [StoreTime.text(now), tokenHash]
        )
    }

    /// Keeps the TOTP secret offered on the enrolment page with the session until it is confirmed.
    public static func offerSecret(_ secret: String, tokenHash: String, in db: Database) throws {
        try db.execute(
            sql: "UPDATE user_session SET pending_secret = ? WHERE token_hash = ?",
            arguments: [secret, tokenHash]
        )
    }

    /// Ends one session; returns whether it was live until now.
    @discardableResult
    public static func end(tokenHash: String, reason: String, at now: Date, in db: Database) throws -> Bool {
        try db.execute(
            sql: """
                UPDATE user_session SET ended_at = ?, end_reason = ?, pending_secret = NULL
                WHERE token_hash = ? AND ended_at IS NULL
                """,
            arguments: [StoreTime.text(now), reason, tokenHash]
        )
        return db.changesCount > 0
    }

    /// Ends every live session of a user at once; returns how many there were.
    @discardableResult
    public static func endAll(userID: Int64, reason: String, at now: Date, in db: Database) throws -> Int {
        try db.execute(
            sql: """
                UPDATE user_session SET ended_at = ?, end_reason = ?, pending_secret = NULL
                WHERE user_id = ? AND ended_at IS NULL
                """,
            arguments: [StoreTime.text(now), reason, userID]
        )
        return db.changesCount
    }

    /// The number of live signed-in sessions a user has.
    public static func liveCount(userID: Int64, in db: Database) throws -> Int {
        try Int.fetchOne(
            db,
            sql: "SELECT count(*) FROM user_session WHERE user_id = ? AND ended_at IS NULL AND stage = 'signed_in'",
            arguments: [userID]
        ) ?? 0
    }

    /// Removes anonymous sessions unused since `idleBefore` and ended sessions older than `endedBefore`,
    /// so visitors who never sign in do not accumulate.
    public static func purge(anonymousIdleBefore idleBefore: Date, endedBefore: Date, in db: Database) throws {
        try db.execute(
            sql: """
                DELETE FROM user_session
                WHERE (stage = 'anonymous' AND last_seen_at < ?) OR (ended_at IS NOT NULL AND ended_at < ?)
                """,
            arguments: [StoreTime.text(idleBefore), StoreTime.text(endedBefore)]
        )
    }
}

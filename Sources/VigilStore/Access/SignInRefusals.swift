import Foundation
import GRDB

/// Sign-in attempts turned away before any password or code was checked, written to the audit trail a
/// bounded number of times so that a flood shows in the access review without growing the trail
/// without limit.
///
/// A refusal costs the refused nothing (no bcrypt), so writing each one would let a flood fill the trail.
/// Instead the first refusal of an account and outcome opens a window of ``window``: it is written at
/// once (who was tried, when, from where, and the outcome), and the refusals after it in the window are
/// only counted. Once the window has ended, the next sign-in attempt of anyone writes one more entry
/// with the count, the time of the last refusal and where it came from. So an account has at most two
/// entries per outcome per window, whatever the flood. Names that match no account are counted together
/// under ``unknownNames`` (their names are made up freely, so a flood could bring a new one with every
/// attempt); the first entry of a window names the first one's label.
public enum SignInRefusals {
    /// Why an attempt was turned away.
    public enum Outcome: String, Sendable, CaseIterable {
        /// Too many recent failures: the attempt came before the wait had passed.
        case throttled
        /// The account is locked until an administrator unlocks it.
        case locked = "refused: locked"
        /// Too many password checks running or waiting at once (503, "try again").
        case busy = "refused: busy"
    }

    /// How long a window lasts.
    public static let window: TimeInterval = 15 * 60

    /// The account under which names that match no account are counted together.
    public static let unknownNames = "unknown:*"

    /// Notes an attempt against `key` refused with `outcome`: written to the trail when it opens a
    /// window, otherwise counted.
    public static func note(
        _ outcome: Outcome,
        account key: String,
        client: String,
        at now: Date,
        in db: Database
    )
        throws
    {
        try closeWindows(endedBy: now, in: db)
        let account = key.hasPrefix(LoginThrottle.unknownPrefix) ? unknownNames : key
        let at = StoreTime.text(now)
        try db.execute(
            sql: """
                UPDATE sign_in_refusal SET refusals = refusals + 1, last_at = ?, last_client = ?
                WHERE account = ? AND outcome = ?
                """,
            arguments: [at, client, account, outcome.rawValue]
        )
        guard db.changesCount == 0 else { return }
        try db.execute(
            sql: """
                INSERT INTO sign_in_refusal (account, outcome, window_start, last_at, last_client, refusals)
                VALUES (?, ?, ?, ?, ?, 1)
                """,
            arguments: [account, outcome.rawValue, at, at, client]
        )
        let name = account == key ? "" : "; first label \(key)"
        let minutes = Int(window / 60)
        try audit(
            account: account,
            detail:
                "\(outcome.rawValue)\(name); from \(client); more within \(minutes) minutes are counted in one entry",
            at: now,
            in: db
        )
    }

    /// Writes the count of every window that has ended by `now` and had refusals after its first, then
    /// forgets the ended windows.
    public static func closeWindows(endedBy now: Date, in db: Database) throws {
        let cutoff = StoreTime.text(now.addingTimeInterval(-window))
        let ended = try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM sign_in_refusal WHERE window_start <= ? AND refusals > 1
                ORDER BY window_start, account, outcome
                """,
            arguments: [cutoff]
        )
        for row in ended {
            let account: String = row["account"]
            let outcome: String = row["outcome"]
            let more = (row["refusals"] as Int) - 1
            let start: String = row["window_start"]
            let last: String = row["last_at"]
            let client: String = row["last_client"]
            try audit(
                account: account,
                detail: "\(outcome): \(more) more attempt\(more == 1 ? "" : "s") refused from \(start) "
                    + "to \(last); last from \(client)",
                at: now,
                in: db
            )
        }
        try db.execute(sql: "DELETE FROM sign_in_refusal WHERE window_start <= ?", arguments: [cutoff])
    }

    /// Writes one "sign-in refused" entry about `account`.
    private static func audit(account: String, detail: String, at now: Date, in db: Database) throws {
        try AuditIndex.record(
            AuditEvent(
                at: now,
                actor: account,
                action: .signInRefused,
                objectType: "user",
                objectIDs: [account],
                detail: detail
            ),
            in: db
        )
    }
}

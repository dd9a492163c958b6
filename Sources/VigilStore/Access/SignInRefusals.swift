import Foundation
import GRDB

/// Sign-in attempts turned away before any password or code was checked, written to the audit trail a
/// bounded number of times so that a flood shows in the access review without growing the trail
/// without limit.
///
/// A refusal costs the refused nothing (no bcrypt), so writing each one would let a flood fill the trail.
/// Instead the first refusal of an account and outcome opens a window of ``window``: it is written at
/// once (who was tried, when, from where, and the outcome), and the refusals after it in the window are
/// only counted. Once the window has ended, one more entry gives the count, the time of the last refusal
/// and where it came from, dated at that last refusal so that a review of the period that held the
/// refusals shows it. It is written by whatever comes first after the window ends: a sign-in attempt
/// of anyone, or a read of the trail (``closeWindows(endedBy:in:)``, which every reader calls first), and
/// when the dashboard stops, for every window still open (``closeEveryWindow(at:in:)``). So an
/// account has at most two entries per outcome per window, whatever the flood, and nobody reads a trail
/// that lacks the count of a window that has ended. Names that match no account are counted together
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
    ///
    /// Call it, in a write, before reading the trail for a person (the access review, its export), so
    /// that what they read holds every ended window's count.
    public static func closeWindows(endedBy now: Date, in db: Database) throws {
        try close(startedBy: now.addingTimeInterval(-window), at: now, in: db)
    }

    /// Writes the count of every window, ended or not, and forgets them all: for a dashboard that is
    /// stopping, which will count no more refusals in them. A refusal after it starts a new window.
    public static func closeEveryWindow(at now: Date, in db: Database) throws {
        try close(startedBy: now, at: now, in: db)
    }

    /// Writes the counts of the windows that started by `start`, each dated at its last refusal, and
    /// forgets those windows.
    private static func close(startedBy start: Date, at now: Date, in db: Database) throws {
        let cutoff = StoreTime.text(start)
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
            let first: String = row["window_start"]
            let last: String = row["last_at"]
            let client: String = row["last_client"]
            try audit(
                account: account,
                detail: "\(outcome): \(more) more attempt\(more == 1 ? "" : "s") refused from \(first) "
                    + "to \(last); last from \(client)",
                at: StoreTime.date(last) ?? now,
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

import Foundation
import GRDB

/// The named users of the dashboard: adding, finding, changing and disabling accounts.
///
/// Every change is written with its audit event in the caller's transaction, so an account change and
/// its record are committed together or not at all. Hashing passwords is the caller's job; the store
/// only ever sees bcrypt hashes.
///
/// ```swift
/// try store.write { db in
///     try UserDirectory.add(newUser, by: "cli:root", at: Date(), in: db)
/// }
/// ```
public enum UserDirectory {
    /// An account about to be created.
    public struct NewUser: Sendable {
        /// The sign-in name: 2 to 64 lowercase letters, digits, dots, hyphens or underscores.
        public var username: String
        /// The name shown on pages.
        public var displayName: String
        /// What the user may do.
        public var role: UserRole
        /// The user's employee id on the roster, if they have one.
        public var employeeID: String?
        /// The bcrypt hash of the initial password.
        public var passwordHash: String
        /// When the initial password expires; `nil` makes it the user's own (no enrolment needed).
        public var temporaryPasswordExpiresAt: Date?
        /// An already-enrolled TOTP secret (demo accounts); `nil` means the user enrols at first sign-in.
        public var totpSecret: String?

        /// Creates a description of a new account.
        public init(
            username: String,
            displayName: String,
            role: UserRole,
            employeeID: String? = nil,
            passwordHash: String,
            temporaryPasswordExpiresAt: Date?,
            totpSecret: String? = nil
        ) {
            self.username = username
            self.displayName = displayName
            self.role = role
            self.employeeID = employeeID
            self.passwordHash = passwordHash
            self.temporaryPasswordExpiresAt = temporaryPasswordExpiresAt
            self.totpSecret = totpSecret
        }
    }

    /// Whether `name` is an acceptable sign-in name.
    public static func isValidUsername(_ name: String) -> Bool {
        (2...64).contains(name.utf8.count)
            && name.utf8.allSatisfy { byte in
                (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == 0x2E || byte == 0x2D
                    || byte == 0x5F
            }
    }

    /// A user's own employee id as the roster spells it: trimmed, matched without regard to case, and
    /// refused when the store holds a roster without it, or another user is linked to it. The id keeps
    /// the user from alerts about themselves, so "e100128 " must not quietly link to nobody.
    static func rosterEmployeeID(_ typed: String, in db: Database) throws -> String {
        let id = typed.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !id.isEmpty, id.count <= 64 else { throw StoreError(.invalid, "an employee id has 1 to 64 characters") }
        var known = id
        if try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM employee") ?? 0 > 0 {
            guard
                let spelled = try String.fetchOne(
                    db,
                    sql: "SELECT employee_id FROM employee WHERE employee_id = ? COLLATE NOCASE LIMIT 1",
                    arguments: [id]
                )
            else {
                throw StoreError(
                    .invalid,
                    "no employee '\(id)' is on the roster the store holds; check the id (it keeps the user from "
                        + "alerts about themselves)"
                )
            }
            known = spelled
        }
        if let other = try String.fetchOne(
            db,
            sql: "SELECT username FROM app_user WHERE employee_id = ? COLLATE NOCASE LIMIT 1",
            arguments: [known]
        ) {
            throw StoreError(.refused, "user '\(other)' is already linked to employee \(known); one account a person")
        }
        return known
    }

    /// Creates an account and logs it.
    ///
    /// - Throws: ``StoreError`` (`invalid`) for a bad name, or (`refused`) when the name is taken.
    @discardableResult
    public static func add(_ user: NewUser, by actor: String, at now: Date, in db: Database) throws -> UserAccount {
        guard isValidUsername(user.username) else {
            throw StoreError(
                .invalid,
                "'\(user.username)' is not a valid user name: use 2 to 64 lowercase letters, digits, '.', '-' or '_'"
            )
        }
        let displayName = user.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !displayName.isEmpty, displayName.count <= 200 else {
            throw StoreError(.invalid, "a display name is required (at most 200 characters)")
        }
        let employeeID = try user.employeeID.map { try rosterEmployeeID($0, in: db) }
        if try self.user(named: user.username, in: db) != nil {
            throw StoreError(.refused, "a user named '\(user.username)' already exists")
        }
        let at = StoreTime.text(now)
        try db.execute(
            sql: """
                INSERT INTO app_user (username, display_name, role, employee_id, password_hash, password_temporary,
                    password_expires_at, totp_secret, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                user.username, displayName, user.role.rawValue, employeeID, user.passwordHash,
                user.temporaryPasswordExpiresAt != nil, user.temporaryPasswordExpiresAt.map(StoreTime.text),
                user.totpSecret, at, at,
            ]
        )
        try AuditIndex.record(
            AuditEvent(
                at: now,
                actor: actor,
                action: .accountChange,
                objectType: "user",
                objectIDs: [user.username],
                detail: "added with role \(user.role.rawValue)"
                    + (employeeID.map { "; employee \($0)" } ?? "")
            ),
            in: db
        )
        return try require(user.username, in: db)
    }

    /// The account with this sign-in name (any case), if there is one.
    public static func user(named username: String, in db: Database) throws -> UserAccount? {
        try Row.fetchOne(db, sql: "SELECT * FROM app_user WHERE username = ?", arguments: [username])
            .map(UserAccount.init(row:))
    }

    /// The account with this row id, if there is one.
    public static func user(id: Int64, in db: Database) throws -> UserAccount? {
        try Row.fetchOne(db, sql: "SELECT * FROM app_user WHERE id = ?", arguments: [id]).map(UserAccount.init(row:))
    }

    /// Every account, by name.
    public static func all(in db: Database) throws -> [UserAccount] {
        try Row.fetchAll(db, sql: "SELECT * FROM app_user ORDER BY username").map(UserAccount.init(row:))
    }

    /// The account with this name, or an error that says it does not exist.
    public static func require(_ username: String, in db: Database) throws -> UserAccount {
        guard let user = try user(named: username, in: db) else {
            throw StoreError(.notFound, "there is no user named '\(username)'")
        }
        return user
    }
}

import Foundation
import GRDB

extension StoreSchema {
    /// Secrets the store makes for itself, once, when this migration runs: random bytes that never
    /// appear in code or configuration, and never change (the table refuses updates and deletes).
    ///
    /// `login-label` keys the HMAC that labels sign-in failures of names matching no account
    /// (``LoginThrottle/account(typed:known:in:)``).
    static func createStoreSecrets(_ db: Database) throws {
        try db.execute(
            sql: "CREATE TABLE store_secret (name TEXT PRIMARY KEY NOT NULL, value BLOB NOT NULL) WITHOUT ROWID"
        )
        try makeAppendOnly("store_secret", in: db)
        var generator = SystemRandomNumberGenerator()
        let key = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        try db.execute(
            sql: "INSERT INTO store_secret (name, value) VALUES (?, ?)",
            arguments: [StoreSecret.loginLabel, Data(key)]
        )
    }
}

import Foundation
import GRDB

/// A secret the store generated for itself when it was created (or upgraded), kept only in the store.
enum StoreSecret {
    /// The name of the key of the HMAC that labels unknown sign-in names.
    static let loginLabel = "login-label"

    /// The secret named `name`.
    ///
    /// - Throws: ``StoreError`` `corrupt` when the store holds no such secret.
    static func value(named name: String, in db: Database) throws -> Data {
        guard let value = try Data.fetchOne(db, sql: "SELECT value FROM store_secret WHERE name = ?", arguments: [name])
        else {
            throw StoreError(.corrupt, "the store holds no secret named \(name), though its migrations make one")
        }
        return value
    }
}

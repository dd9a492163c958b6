import GRDB

extension StoreSchema {
    /// The sign-in attempts turned away in each account's current window (``SignInRefusals``): one row
    /// per account (names matching no account together) and outcome, so the table stays small.
    static func createSignInRefusals(_ db: Database) throws {
        try db.execute(
            sql: """
                CREATE TABLE sign_in_refusal (
                    account TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    window_start TEXT NOT NULL,
                    last_at TEXT NOT NULL,
                    last_client TEXT NOT NULL,
                    refusals INTEGER NOT NULL,
                    PRIMARY KEY (account, outcome)
                ) WITHOUT ROWID
                """
        )
    }
}

import ArgumentParser
import Foundation
import VigilStore
import VigilWeb

extension UserCommand {
    /// `vigil user disable`.
    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable a user and end all their sessions.")

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "The user to disable.")
        var username: String

        func run() async throws {
            let store = try storeOptions.open()
            try await reportingStoreErrors {
                try store.write { db in try UserDirectory.disable(username, by: StoreOptions.actor, at: Date(), in: db)
                }
            }
            print("disabled \(username); their sessions have ended")
        }
    }

    /// `vigil user reset`.
    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Give a user a new temporary password (printed once) and remove their second factor.",
            discussion: "Ends their sessions, clears any lockout and re-enables the account; they enrol again."
        )

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "The user to reset.")
        var username: String

        func run() async throws {
            let store = try storeOptions.open()
            let password = try await reportingStoreErrors {
                try await AccountAdministration(store: store).reset(username: username, by: StoreOptions.actor)
            }
            print("reset \(username); temporary password, shown once: \(password)")
        }
    }

    /// `vigil user role`.
    struct Role: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change a user's role; their sessions end so the new role applies at once."
        )

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "The user.")
        var username: String

        @Option(name: .long, help: "reviewer, supervisor, auditor, admin or none.")
        var role: String

        func validate() throws {
            guard UserRole(rawValue: role) != nil else {
                throw ValidationError("--role is one of reviewer, supervisor, auditor, admin, none")
            }
        }

        func run() async throws {
            let store = try storeOptions.open()
            try await reportingStoreErrors {
                try store.write { db in
                    try UserDirectory.changeRole(
                        of: username,
                        to: UserRole(rawValue: role)!,
                        by: StoreOptions.actor,
                        at: Date(),
                        in: db
                    )
                }
            }
            print("\(username) is now \(role)")
        }
    }

    /// `vigil user unlock`.
    struct Unlock: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Unlock an account locked by failed sign-ins.")

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "The account, as the lockouts page shows it.")
        var username: String

        func run() async throws {
            let store = try storeOptions.open()
            let unlocked = try await reportingStoreErrors {
                try store.write { db in
                    try LoginThrottle.unlock(username.lowercased(), by: StoreOptions.actor, at: Date(), in: db)
                }
            }
            print(unlocked ? "unlocked \(username)" : "\(username) was not locked")
        }
    }
}

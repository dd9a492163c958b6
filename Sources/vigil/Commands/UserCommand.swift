import ArgumentParser
import Foundation
import VigilStore
import VigilWeb

/// `vigil user`: named accounts for the dashboard.
struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user",
        abstract: "Add, list, reset, disable, unlock and change the role of dashboard users.",
        discussion: """
            Roles: reviewer, supervisor, auditor, admin, and none (no standing access; alerts only under a \
            grant from 'vigil access grant'). Every change is written to the audit trail.
            """,
        subcommands: [Add.self, List.self, Disable.self, Reset.self, Role.self, Unlock.self]
    )

    /// `vigil user add`.
    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a user and print their temporary password once.",
            discussion: """
                The user signs in with the temporary password within 72 hours, chooses their own password \
                and enrols an authenticator app (TOTP).
                """
        )

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "Sign-in name: 2 to 64 lowercase letters, digits, '.', '-' or '_'.")
        var username: String

        @Option(name: .long, help: "The name shown on pages.")
        var name: String

        @Option(name: .long, help: "reviewer, supervisor, auditor, admin or none.")
        var role: String

        @Option(name: .long, help: "The user's own employee id on the roster (they never see alerts about it).")
        var employeeID: String?

        func validate() throws {
            guard UserRole(rawValue: role) != nil else {
                throw ValidationError("--role is one of reviewer, supervisor, auditor, admin, none")
            }
        }

        func run() async throws {
            let store = try storeOptions.open(creating: true)
            let password = try await reportingStoreErrors {
                try await AccountAdministration(store: store).add(
                    username: username,
                    displayName: name,
                    role: UserRole(rawValue: role)!,
                    employeeID: employeeID,
                    by: StoreOptions.actor
                )
            }
            print("added \(username) (\(role)); temporary password, shown once: \(password)")
        }
    }

    /// `vigil user list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List users, their roles and status.")

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let store = try storeOptions.open()
            let users = try store.read { db in try UserDirectory.all(in: db) }
            print("username\trole\tstatus\temployee_id\tname")
            for user in users {
                let status = user.isEnabled ? (user.isEnrolled ? "active" : "enrolment pending") : "disabled"
                print("\(user.username)\t\(user.role)\t\(status)\t\(user.employeeID ?? "-")\t\(user.displayName)")
            }
        }
    }
}

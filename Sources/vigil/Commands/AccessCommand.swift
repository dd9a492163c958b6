import ArgumentParser
import Foundation
import VigilStore

/// `vigil access`: break-glass grants for users with no standing access.
struct AccessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "Grant, list and revoke time-limited access for users with no standing access.",
        subcommands: [Grant.self, List.self, Revoke.self]
    )

    /// `vigil access grant`.
    struct Grant: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Grant a user (role none) read access to alerts for at most 8 hours.",
            discussion: """
                The approver must be an enabled supervisor other than the user. The grant ends by itself; \
                it and every page opened under it are listed for supervisors and auditors and logged.
                """
        )

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "The user to grant access to (role none).")
        var user: String

        @Option(name: .long, help: "Why access is needed (at least 10 characters).")
        var reason: String

        @Option(name: .long, help: "The change or incident ticket that authorises it.")
        var ticket: String

        @Option(name: .long, help: "The supervisor who approved it (not the user).")
        var approver: String

        @Option(name: .long, help: "How long it lasts, in hours (more than 0, at most 8).")
        var hours: Double

        func validate() throws {
            guard hours > 0, hours <= AccessGrants.maximumHours else {
                throw ValidationError("--hours is more than 0 and at most \(Int(AccessGrants.maximumHours))")
            }
            guard approver.lowercased() != user.lowercased() else {
                throw ValidationError("--approver must be someone other than --user")
            }
        }

        func run() async throws {
            let store = try storeOptions.open()
            let grant = try await reportingStoreErrors {
                try store.write { db in
                    try AccessGrants.grant(
                        to: user,
                        reason: reason,
                        ticket: ticket,
                        approver: approver,
                        hours: hours,
                        by: StoreOptions.actor,
                        at: Date(),
                        in: db
                    )
                }
            }
            print("grant \(grant.id): \(grant.username) until \(StoreTime.text(grant.expiresAt))")
        }
    }

    /// `vigil access list`.
    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List grants of the last three months.")

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let store = try storeOptions.open()
            let now = Date()
            let grants = try store.read { db in
                try AccessGrants.all(since: now.addingTimeInterval(-92 * 86_400), in: db)
                    .map { ($0, try AccessGrants.uses(ofGrant: $0.id, in: db).count) }
            }
            print("id\tuser\tstate\tfrom\tuntil\tticket\tapprover\tuses")
            for (grant, uses) in grants {
                let state = grant.revokedAt != nil ? "revoked" : (grant.isActive(at: now) ? "in force" : "expired")
                print(
                    "\(grant.id)\t\(grant.username)\t\(state)\t\(StoreTime.text(grant.grantedAt))\t"
                        + "\(StoreTime.text(grant.expiresAt))\t\(grant.ticket)\t\(grant.approver)\t\(uses)"
                )
            }
        }
    }

    /// `vigil access revoke`.
    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "End a grant before it expires.")

        @OptionGroup var storeOptions: StoreOptions

        @Option(name: .long, help: "The grant's id.")
        var id: Int64

        func run() async throws {
            let store = try storeOptions.open()
            try await reportingStoreErrors {
                try store.write { db in try AccessGrants.revoke(id: id, by: StoreOptions.actor, at: Date(), in: db) }
            }
            print("revoked grant \(id)")
        }
    }
}

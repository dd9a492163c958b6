import ArgumentParser
import Foundation
import VigilStore

/// `vigil audit`: checks on the audit trail.
struct AuditCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Check the audit trail.",
        subcommands: [Verify.self]
    )

    /// `vigil audit verify`.
    struct Verify: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Walk the hash chain and name the first entry altered, deleted or reordered.",
            discussion: "Exits 0 when the chain is intact and 1 when it is broken or cannot be read."
        )

        @OptionGroup var storeOptions: StoreOptions

        func run() async throws {
            let store = try storeOptions.open(readOnly: true)
            let verification: AuditTrail.Verification
            do {
                verification = try store.read(AuditTrail.verify)
            } catch {
                Diagnostics.note("\(store.path): the audit trail cannot be read: \(error)")
                throw ExitStatus.failure
            }
            switch verification {
            case .intact:
                print(verification.description)
            case .broken:
                print(verification.description)
                throw ExitStatus.failure
            }
        }
    }
}

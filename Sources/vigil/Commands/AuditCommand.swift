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
            abstract: "Walk the hash chain, check the index of objects, and check anchors kept elsewhere.",
            discussion: """
                Names the first entry altered, deleted or reordered, and every difference between the index \
                the access review reads (audit_object) and the entries. Prints the anchor of the last entry \
                (SEQ:HASH): keep it outside the store, and pass it back with --anchor to find entries deleted \
                from the end of the trail or a trail rewritten with fresh hashes. Exits 0 when everything \
                holds and 1 when anything is broken or cannot be read.
                """
        )

        @OptionGroup var storeOptions: StoreOptions

        @Option(
            name: .customLong("anchor"),
            help: ArgumentHelp(
                "An anchor printed by an earlier verify or run (SEQ:HASH): that entry must still be in the trail with that hash. Repeatable.",
                valueName: "seq:hash"
            )
        )
        var anchors: [String] = []

        func validate() throws {
            for anchor in anchors where AuditAnchor(anchor) == nil {
                throw ValidationError("--anchor \(anchor): expected SEQ:HASH, such as 12408:<64 hex digits>")
            }
        }

        func run() async throws {
            let store = try storeOptions.open(readOnly: true)
            let anchors = anchors.compactMap(AuditAnchor.init)
            let outcome: (AuditTrail.Verification, AuditIndex.Discrepancies, [String], AuditAnchor?)
            do {
                outcome = try store.read { db in
                    (
                        try AuditTrail.verify(db),
                        try AuditIndex.verify(db),
                        try anchors.compactMap { anchor in
                            try anchor.problem(in: db).map { "anchor \(anchor.sequence): \($0)" }
                        },
                        try AuditAnchor.head(in: db)
                    )
                }
            } catch {
                Diagnostics.note("\(store.path): the audit trail cannot be read: \(error)")
                throw ExitStatus.failure
            }
            let (chain, index, anchorProblems, head) = outcome
            print(chain.description)
            if !index.isEmpty { print(index.description) }
            for problem in anchorProblems { print("audit trail does not match its anchor: \(problem)") }
            if !anchors.isEmpty, anchorProblems.isEmpty {
                print("anchors matched: \(anchors.map { String($0.sequence) }.joined(separator: ", "))")
            }
            if let head { print("anchor: \(head) (keep it outside the store; check later with --anchor)") }
            guard case .intact = chain, index.isEmpty, anchorProblems.isEmpty else { throw ExitStatus.failure }
        }
    }
}

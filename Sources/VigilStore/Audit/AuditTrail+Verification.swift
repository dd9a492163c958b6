import GRDB
import VigilCore

extension AuditTrail {
    /// The outcome of walking the chain.
    public enum Verification: Hashable, Sendable, CustomStringConvertible {
        /// Every entry is intact and in order.
        case intact(entries: Int64)
        /// The first entry found broken, and how.
        case broken(sequence: Int64, problem: String)

        public var description: String {
            switch self {
            case .intact(let entries):
                "audit trail intact: \(Int(entries).counted("entry", plural: "entries")), chain verified"
            case .broken(let sequence, let problem): "audit trail broken at entry \(sequence): \(problem)"
            }
        }
    }

    /// Walks the trail from the first entry and names the first one that was altered, deleted,
    /// inserted or reordered.
    ///
    /// - An altered entry no longer hashes to its stored hash.
    /// - A deleted entry leaves a gap in the sequence, and its successor's previous hash points nowhere.
    /// - Reordered entries hold previous hashes that do not match the entry before them.
    public static func verify(_ db: Database) throws -> Verification {
        let cursor = try Row.fetchCursor(
            db,
            sql: """
                SELECT seq, at, actor, action, object_type, object_ids, reason, detail, previous_hash, hash
                FROM audit_event ORDER BY seq
                """
        )
        var expectedSequence: Int64 = 1
        var previousHash = genesisHash
        while let row = try cursor.next() {
            let sequence: Int64 = row["seq"]
            if sequence != expectedSequence {
                return .broken(
                    sequence: expectedSequence,
                    problem: "entry \(expectedSequence) is missing (deleted); the next entry is \(sequence)"
                )
            }
            let storedPrevious: String = row["previous_hash"]
            let fields: [String] = [
                String(sequence), storedPrevious, row["at"], row["actor"], row["action"], row["object_type"],
                row["object_ids"], row["reason"], row["detail"],
            ]
            if entryHash(fields) != (row["hash"] as String) {
                return .broken(sequence: sequence, problem: "its contents were altered after it was written")
            }
            if storedPrevious != previousHash {
                return .broken(
                    sequence: sequence,
                    problem: "it does not follow entry \(sequence - 1) (entries were reordered, inserted or removed)"
                )
            }
            previousHash = row["hash"]
            expectedSequence += 1
        }
        return .intact(entries: expectedSequence - 1)
    }
}

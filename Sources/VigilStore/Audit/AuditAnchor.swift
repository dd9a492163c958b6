import Foundation
import GRDB

/// One entry of the trail named by its sequence and hash (`12408:3f1c…`), kept outside the store so
/// that a trail cut short or rewritten is found.
///
/// The chain alone cannot show entries deleted from its end, or a trail rebuilt with fresh hashes
/// (anyone who can write the file can recompute SHA-256). An anchor written down elsewhere can: if the
/// entry it names is gone, or hashes differently, the trail is not the one that was anchored. Every
/// entry before an anchor that matches is then as it was, since each holds its predecessor's hash.
///
/// ```sh
/// vigil audit verify --store vigil.sqlite                       # prints the anchor of the last entry
/// vigil audit verify --store vigil.sqlite --anchor 12408:3f1c…  # fails unless that entry is still there
/// ```
public struct AuditAnchor: Hashable, Sendable, LosslessStringConvertible {
    /// The entry's sequence number.
    public var sequence: Int64
    /// The entry's SHA-256 hash, 64 lowercase hex digits.
    public var hash: String

    /// An anchor for the entry `sequence` with `hash`.
    public init(sequence: Int64, hash: String) {
        self.sequence = sequence
        self.hash = hash
    }

    /// Reads `SEQ:HASH` (the hash in hex, either case); `nil` if it is not one.
    public init?(_ description: String) {
        let parts = description.trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard parts.count == 2, let sequence = Int64(parts[0]), sequence > 0 else { return nil }
        let hash = parts[1].lowercased()
        guard hash.count == 64, hash.allSatisfy(\.isHexDigit) else { return nil }
        self.init(sequence: sequence, hash: hash)
    }

    /// `SEQ:HASH`.
    public var description: String { "\(sequence):\(hash)" }

    /// The anchor of the trail's last entry, or `nil` for an empty trail.
    public static func head(in db: Database) throws -> AuditAnchor? {
        try Row.fetchOne(db, sql: "SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1").map {
            AuditAnchor(sequence: $0["seq"], hash: $0["hash"])
        }
    }

    /// What is wrong with the trail against this anchor, or `nil` when the entry it names is there with
    /// its hash.
    public func problem(in db: Database) throws -> String? {
        let stored = try String.fetchOne(
            db,
            sql: "SELECT hash FROM audit_event WHERE seq = ?",
            arguments: [sequence]
        )
        guard let stored else {
            let last = try Int64.fetchOne(db, sql: "SELECT max(seq) FROM audit_event") ?? 0
            if last < sequence {
                return "the trail ends at entry \(last), before the anchored entry \(sequence): "
                    + "entries were deleted from its end"
            }
            return "the anchored entry \(sequence) is missing (deleted)"
        }
        guard stored == hash else {
            return "entry \(sequence) no longer has the anchored hash: the trail was rewritten up to it"
        }
        return nil
    }
}

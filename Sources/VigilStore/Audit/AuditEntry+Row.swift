import Foundation
import GRDB

extension AuditEntry {
    /// Reads an entry from an `audit_event` row.
    init(row: Row) {
        let ids: String = row["object_ids"]
        self.init(
            sequence: row["seq"],
            event: AuditEvent(
                at: StoreTime.date(row["at"]) ?? Date(timeIntervalSince1970: 0),
                actor: row["actor"],
                action: AuditEvent.Action(rawValue: row["action"]),
                objectType: row["object_type"],
                objectIDs: ids.isEmpty
                    ? [] : ids.split(separator: ",", omittingEmptySubsequences: false).map(String.init),
                reason: row["reason"],
                detail: row["detail"]
            ),
            previousHash: row["previous_hash"],
            hash: row["hash"]
        )
    }
}

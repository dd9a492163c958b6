import Foundation
import VigilStore

/// The audit trail as CSV for an auditor: RFC 4180 quoting, and every cell that a spreadsheet would
/// read as a formula (starting `=`, `+`, `-`, `@`, tab or carriage return) prefixed with `'`.
enum AuditCSV {
    static let header = ["seq", "at", "actor", "action", "object_type", "object_ids", "reason", "detail", "hash"]

    static func document(_ entries: [AuditEntry]) -> String {
        var lines = [header.map(cell).joined(separator: ",")]
        for entry in entries {
            let event = entry.event
            lines.append(
                [
                    String(entry.sequence), StoreTime.text(event.at), event.actor, event.action.rawValue,
                    event.objectType, event.objectIDs.joined(separator: ","), event.reason, event.detail, entry.hash,
                ].map(cell).joined(separator: ",")
            )
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// One cell, neutralised and quoted as needed.
    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        guard value.unicodeScalars.contains(where: { [",", "\"", "\n", "\r"].contains($0) }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

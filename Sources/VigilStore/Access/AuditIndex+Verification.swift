import Foundation
import GRDB

extension AuditIndex {
    /// How `audit_object` differs from what the chained entries say it should hold.
    public struct Discrepancies: Hashable, Sendable, CustomStringConvertible {
        /// Each difference in words, naming its entry, at most ``shownLimit`` of them.
        public var problems: [String]
        /// How many differences there are in all.
        public var count: Int

        /// How many differences are named.
        public static let shownLimit = 50

        /// Whether the index is what the trail says.
        public var isEmpty: Bool { count == 0 }

        public var description: String {
            guard count > 0 else { return "audit index intact: it matches the trail" }
            let more = count > problems.count ? ["… and \(count - problems.count) more"] : []
            return
                (["audit index differs from the trail in \(count) place\(count == 1 ? "" : "s"):"]
                + problems.map { "  " + $0 } + more).joined(separator: "\n")
        }
    }

    /// Entries written without the index (by the daily run and store maintenance): their objects are
    /// not looked up by the access review, so an entry of these kinds may have no index rows at all.
    static func mayBeUnindexed(_ event: AuditEvent) -> Bool {
        ["run", "store"].contains(event.objectType) || event.action == .erasure
    }

    /// The objects ``record(_:related:in:)`` indexed for an entry: its own, and those its detail says it
    /// reveals.
    static func objects(of event: AuditEvent) -> Set<AuditObject> {
        var objects = Set(event.objectIDs.map { AuditObject(type: event.objectType, id: $0) })
        let marker = "reveals: "
        if let range = event.detail.range(of: marker, options: .backwards),
            range.lowerBound == event.detail.startIndex || event.detail[..<range.lowerBound].hasSuffix("; ")
        {
            for named in event.detail[range.upperBound...].components(separatedBy: ", ") {
                let parts = named.split(separator: " ", maxSplits: 1)
                if parts.count == 2 { objects.insert(AuditObject(type: String(parts[0]), id: String(parts[1]))) }
            }
        }
        return objects
    }

    /// Rebuilds what `audit_object` should hold from the chained entries and names every difference:
    /// an entry missing index rows (hidden from the access review), or an index row that names an object
    /// its entry does not, or an entry that does not exist.
    ///
    /// The chain is the authority; run ``AuditTrail/verify(_:)`` first.
    public static func verify(_ db: Database) throws -> Discrepancies {
        var result = Discrepancies(problems: [], count: 0)
        func note(_ problem: String) {
            result.count += 1
            if result.problems.count < Discrepancies.shownLimit { result.problems.append(problem) }
        }
        let indexed = try Row.fetchCursor(
            db,
            sql: "SELECT seq, object_type, object_id FROM audit_object ORDER BY seq, object_type, object_id"
        )
        var pending = try indexed.next()
        let entries = try Row.fetchCursor(db, sql: "SELECT * FROM audit_event ORDER BY seq")
        func report(_ row: Row, _ why: String) {
            note(
                "index row \(row["object_type"] as String) \(row["object_id"] as String) for entry \(row["seq"] as Int64): \(why)"
            )
        }
        while let row = try entries.next() {
            let entry = AuditEntry(row: row)
            var found: Set<AuditObject> = []
            while let next = pending, (next["seq"] as Int64) <= entry.sequence {
                let object = AuditObject(type: next["object_type"], id: next["object_id"])
                if (next["seq"] as Int64) < entry.sequence {
                    report(next, "that entry does not exist")
                } else {
                    found.insert(object)
                }
                pending = try indexed.next()
            }
            let expected = objects(of: entry.event)
            for object in found.subtracting(expected).sorted(by: { ($0.type, $0.id) < ($1.type, $1.id) }) {
                note("index row \(object.type) \(object.id) for entry \(entry.sequence): the entry does not name it")
            }
            if found.isEmpty, mayBeUnindexed(entry.event) { continue }
            for object in expected.subtracting(found).sorted(by: { ($0.type, $0.id) < ($1.type, $1.id) }) {
                note(
                    "entry \(entry.sequence) is missing its index row for \(object.type) \(object.id) "
                        + "(the access review would not find it)"
                )
            }
        }
        while let next = pending {
            report(next, "that entry does not exist")
            pending = try indexed.next()
        }
        return result
    }
}

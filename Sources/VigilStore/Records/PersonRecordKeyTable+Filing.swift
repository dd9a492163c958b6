import GRDB

extension PersonRecordKeyTable {
    /// Fills the key table from `person_record`'s key columns in short steps, so a run can file the keys
    /// of a bulk load between batches of other work (the incident locations, linked on the other cores
    /// meanwhile) instead of in one single-threaded stretch at the end.
    ///
    /// Each step either reads and sorts one key kind (at most one kind's pairs in memory: 80 MB for
    /// 5,000,000 records) or appends the next ``sliceSize`` of them in key order. The first step empties
    /// the table. All steps must run in one transaction, with no person record written in between.
    public struct Filing {
        /// Pairs appended per step: about half a second of work.
        public static let sliceSize = 1_000_000

        private var started = false
        private var kinds = Kind.allCases[...]
        private var kind: Kind?
        private var pairs: [(key: Int64, row: Int64)] = []
        private var position = 0

        /// Creates a filing that has not started.
        public init() {}

        /// Whether every kind has been filed.
        public var isFinished: Bool { started && kind == nil && kinds.isEmpty }

        /// Does the next step; returns `false` when there was nothing left to do.
        @discardableResult
        public mutating func step(in db: Database) throws -> Bool {
            if !started {
                started = true
                try db.execute(sql: "DELETE FROM person_record_key")
            }
            guard let kind else {
                guard let next = kinds.popFirst() else { return false }
                pairs = try PersonRecordKeyTable.keyPairs(next, in: db)
                pairs.sort { $0.key != $1.key ? $0.key < $1.key : $0.row < $1.row }
                position = 0
                self.kind = next
                return true
            }
            let end = min(position + Self.sliceSize, pairs.count)
            let insert = try db.cachedStatement(
                sql: "INSERT INTO person_record_key (key_kind, key_hash, record_row) VALUES (?, ?, ?)"
            )
            for pair in pairs[position..<end] {
                var statement = FastStatement(insert)
                statement.bind(kind.rawValue)
                statement.bind(pair.key)
                statement.bind(pair.row)
                try statement.execute(in: db)
            }
            position = end
            if position == pairs.count {
                pairs = []
                self.kind = nil
            }
            return true
        }

        /// Does every step left.
        public mutating func finish(in db: Database) throws {
            while try step(in: db) {}
        }
    }
}

/// The comparison patterns of a linkage's errors at a threshold: which kinds of false positive and
/// missed match remain, how many of each, and one record to look at.
///
/// Two errors share a pattern when every comparison came out at the same level (both "forename
/// identical, surname identical, date of birth identical, address other", say); a missed match also
/// says why it was missed. `vigil evaluate --errors` prints the commonest patterns, the way the
/// precision figures in `bench/README.md` were explained.
public struct ErrorPatternTally: Sendable {
    /// Why a true pair is not among the matches at the threshold.
    public enum MissReason: String, Codable, Hashable, Sendable, CaseIterable {
        /// The employee is not on the roster given.
        case employeeNotOnRoster = "employee not on the roster"
        /// No blocking rule put the record and the employee together.
        case notReachedByBlocking = "not reached by blocking"
        /// Another employee scored higher for the record (whether or not above the threshold).
        case anotherEmployeeScoredHigher = "another employee scored higher"
        /// The pair was the record's best but scored under the threshold.
        case belowThreshold = "scored under the threshold"
    }

    /// One pattern.
    public struct Row: Codable, Hashable, Sendable {
        /// How many errors show the pattern.
        public var count: Int
        /// Each comparison's level name, by comparison name; a comparison that could not be made (a value
        /// missing on either side) is `missing`. Empty when there was no pair to compare.
        public var levels: [String: String]
        /// The pattern in plain words, comparisons in the model's order.
        public var description: String
        /// For a missed match, why it was missed.
        public var reason: MissReason?
        /// The first record in the extract that shows the pattern.
        public var exampleRecordID: String
    }

    private struct Key: Hashable, Sendable {
        var packed: UInt64?
        var reason: MissReason?
    }

    private struct Entry: Sendable {
        var count: Int
        var example: String
    }

    private var falsePositives: [Key: Entry] = [:]
    private var missed: [Key: Entry] = [:]

    /// An empty tally.
    public init() {}

    /// Counts a record whose best employee scored at or above the threshold but is not the true one.
    public mutating func addFalsePositive(_ vector: ComparisonVector, recordID: String) {
        Self.count(Key(packed: vector.packed, reason: nil), recordID, in: &falsePositives)
    }

    /// Counts a true pair missed at the threshold; `vector` compares the record with the true employee
    /// (`nil` when the employee is not on the roster).
    public mutating func addMissed(_ vector: ComparisonVector?, reason: MissReason, recordID: String) {
        Self.count(Key(packed: vector?.packed, reason: reason), recordID, in: &missed)
    }

    /// Adds a tally of later records (the examples already held stay).
    public mutating func merge(_ other: ErrorPatternTally) {
        for (key, entry) in other.falsePositives { Self.add(entry, for: key, in: &falsePositives) }
        for (key, entry) in other.missed { Self.add(entry, for: key, in: &missed) }
    }

    /// The commonest `limit` patterns of each kind, most frequent first (ties in order of description).
    public func rows(model: FellegiSunterModel, limit: Int) -> (falsePositives: [Row], missed: [Row]) {
        (Self.rows(falsePositives, model: model, limit: limit), Self.rows(missed, model: model, limit: limit))
    }

    private static func count(_ key: Key, _ recordID: String, in entries: inout [Key: Entry]) {
        add(Entry(count: 1, example: recordID), for: key, in: &entries)
    }

    private static func add(_ entry: Entry, for key: Key, in entries: inout [Key: Entry]) {
        if let held = entries[key] {
            entries[key] = Entry(count: held.count + entry.count, example: held.example)
        } else {
            entries[key] = entry
        }
    }

    private static func rows(_ entries: [Key: Entry], model: FellegiSunterModel, limit: Int) -> [Row] {
        let rows = entries.map { key, entry -> Row in
            var levels: [String: String] = [:]
            var words: [String] = []
            if let packed = key.packed {
                let vector = ComparisonVector(packed: packed)
                for (index, comparison) in model.comparisons.enumerated() {
                    if let level = vector[index], level < comparison.levels.count {
                        levels[comparison.name] = comparison.levels[level].name
                        words.append("\(comparison.label) \(comparison.levels[level].label)")
                    } else {
                        levels[comparison.name] = "missing"
                        words.append("\(comparison.label) missing")
                    }
                }
            }
            return Row(
                count: entry.count,
                levels: levels,
                description: words.isEmpty ? "no pair to compare" : words.joined(separator: "; "),
                reason: key.reason,
                exampleRecordID: entry.example
            )
        }
        let sorted = rows.sorted {
            ($0.count, $1.reason?.rawValue ?? "", $1.description) > (
                $1.count, $0.reason?.rawValue ?? "", $0.description
            )
        }
        return Array(sorted.prefix(max(limit, 0)))
    }
}

import GRDB
import VigilCore

extension RunWork {
    /// What a snapshot source leaves to withdraw. It is withdrawn only once every source has been read,
    /// so a record that turned up under another source today has moved there and is not withdrawn (and
    /// then returned as new evidence, reopening closed alerts).
    struct SourceWithdrawal {
        var kind: MatchKind
        var source: PipelineConfiguration.Source
        /// The rows today's files supplied (or whose rows were rejected but named them).
        var seen: RowSet
        /// Calls its argument with every current row of the source in the store.
        var forEachCurrentRow: ((Int64) throws -> Void) throws -> Void
        /// Withdraws one row.
        var withdraw: (Int64) throws -> Void
    }

    /// Withdraws what a snapshot no longer holds: every current row of the source that today's files
    /// did not mention is marked withdrawn (never deleted) and its matches removed, after checking
    /// that the snapshot has not lost most of the source (a broken extract). Call it after every
    /// source has been read: a row another source supplied today belongs to that source now.
    mutating func withdrawUnseen(
        _ withdrawal: SourceWithdrawal,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws {
        let kind = withdrawal.kind
        let source = withdrawal.source
        let seen = withdrawal.seen
        let withdraw = withdrawal.withdraw
        var missing: [Int64] = []
        var current = 0
        try withdrawal.forEachCurrentRow { row in
            current += 1
            if !seen.contains(row) { missing.append(row) }
        }
        try guardAgainstShrink(source: source.name, missing: missing.count, current: current)
        let what = kind == .person ? "record" : "incident"
        for row in missing {
            try withdraw(row)
            try publisher.withdraw(
                kind: kind,
                row: row,
                reason: "the \(what) was withdrawn from the \(source.name) extract",
                in: db
            )
        }
        count(kind == .person ? "records withdrawn" : "locations withdrawn", missing.count)
    }

    /// Keeps, as they were, the stored rows whose rows today were rejected but still named their id:
    /// the extract holds those records, so withdrawing them (and their alerts' evidence) would lose
    /// what a keying slip, an invalid byte or an impossible date hid for a day.
    mutating func keepRejected(
        _ ids: Set<String>,
        kind: MatchKind,
        source: PipelineConfiguration.Source,
        currentRows: (String) throws -> [Int64],
        seen: inout RowSet
    ) throws {
        var kept = 0
        // A rejected row need not say its source (an unknown one, say): every record of the id is kept.
        for id in ids.sorted() {
            for row in try currentRows(id) where !seen.contains(row) {
                seen.insert(row)
                kept += 1
            }
        }
        guard kept > 0 else { return }
        let what = kind == .person ? "records" : "locations"
        count("\(what) kept, row rejected", kept)
        let kinds = kept.counted(kind == .person ? "record" : "location")
        let were = kept.agreeing("was", plural: "were")
        messages.append(
            "\(source.name): \(kinds) whose \(kept.agreeing("row")) \(were) rejected today \(were) kept as "
                + "\(kept.agreeing("it", plural: "they")) \(were), not withdrawn; "
                + "correct \(kept.agreeing("that row", plural: "those rows")) in the extract (see the rejects file)"
        )
    }

    /// Refuses to withdraw most of a source because one snapshot came back small.
    func guardAgainstShrink(source: String, missing: Int, current: Int) throws {
        guard current >= 10, missing * 2 > current else { return }
        throw PipelineError(
            .unusableInput,
            "\(source): the snapshot lacks \(missing) of the \(current) records held; that looks like a broken "
                + "extract, so nothing was withdrawn and nothing was published"
        )
    }
}

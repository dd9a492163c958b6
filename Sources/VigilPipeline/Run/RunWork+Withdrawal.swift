import GRDB
import VigilCore

extension RunWork {
    /// Withdraws what a snapshot no longer holds: every current row of the source that today's files
    /// did not mention is marked withdrawn (never deleted) and its matches removed, after checking
    /// that the snapshot has not lost most of the source (a broken extract).
    mutating func withdrawUnseen(
        kind: MatchKind,
        source: PipelineConfiguration.Source,
        seen: RowSet,
        forEachCurrentRow: ((Int64) throws -> Void) throws -> Void,
        withdraw: (Int64) throws -> Void,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws {
        var missing: [Int64] = []
        var current = 0
        try forEachCurrentRow { row in
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

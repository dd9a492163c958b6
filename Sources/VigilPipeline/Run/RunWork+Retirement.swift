import GRDB
import VigilCore
import VigilIngest
import VigilStore

extension RunWork {
    /// Withdraws every current record (or location) of a retired source: it reads no file, and the check
    /// against a broken snapshot does not apply, since all of it is meant to go. Called once every other
    /// source has been read, so what a source replacing it supplied today has moved there and stays.
    mutating func retire(
        _ source: PipelineConfiguration.Source,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws {
        let kind: MatchKind = source.kind == .incidentLocations ? .homeAddress : .person
        var rows: [Int64] = []
        if kind == .person {
            try PersonRecordTable.forEachCurrentRow(feed: source.name, in: db) { rows.append($0) }
        } else {
            try IncidentLocationTable.forEachCurrentRow(feed: source.name, in: db) { rows.append($0) }
        }
        for row in rows {
            if kind == .person {
                try PersonRecordTable.withdraw(row: row, run: run, in: db)
            } else {
                try IncidentLocationTable.withdraw(row: row, run: run, in: db)
            }
            try publisher.withdraw(
                kind: kind,
                row: row,
                reason: "the \(source.name) source was retired",
                in: db
            )
        }
        let what = kind == .person ? "records" : "locations"
        count("\(what) withdrawn", rows.count)
        guard !rows.isEmpty else { return }
        messages.append(
            "\(source.name): the source is retired: its \(rows.count) \(what) were withdrawn; once this run has "
                + "published, the source can be removed from the configuration"
        )
    }
}

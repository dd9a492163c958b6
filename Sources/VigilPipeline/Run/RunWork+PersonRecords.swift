import Foundation
import GRDB
import VigilCore
import VigilIngest
import VigilStore

extension RunWork {
    /// Streams one person-record source: stores new and changed records, links them, publishes their
    /// matches, and (for a snapshot) returns what to withdraw once every source has been read.
    mutating func ingestPersonRecords(
        _ source: PipelineConfiguration.Source,
        linker: ParallelLinker,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws -> SourceWithdrawal? {
        let mapping =
            try source.mapping.map { try ColumnMapping.load(path: $0, expecting: .personRecords) }
            ?? .canonical(.personRecords)
        // Only the first file read into an empty store can skip the look-ups: a later file may repeat ids.
        let lookUpFirstFile = !skipLookUps
        skipLookUps = false
        let run = self.run
        let steps = SourceSteps<PersonRecord, PendingPerson, ParallelLinker.PersonOutcome>(
            kind: .person,
            lookUpFirstFile: lookUpFirstFile,
            profiler: SharedProfiler(
                DataQualityProfiler(source: source.name, file: source.path, kind: .personRecords, readDay: today)
            ),
            open: { try ExtractReader<PersonRecord>(path: $0, mapping: mapping) },
            recordID: { $0.recordID },
            pending: { work, records, lookUp, seen in
                try work.pendingPersons(records, feed: source.name, lookUp: lookUp, seen: &seen, in: db)
            },
            link: { items in linker.linkPersons(items.map(\.record)) },
            save: { work, items, outcomes, seen, publisher in
                try work.savePersons(items, outcomes, source: source, seen: &seen, publisher: &publisher, in: db)
            },
            forEachCurrentRow: { try PersonRecordTable.forEachCurrentRow(feed: source.name, in: db, $0) },
            currentRows: { try PersonRecordTable.currentRows(feed: source.name, recordID: $0, in: db) },
            withdraw: { try PersonRecordTable.withdraw(row: $0, run: run, in: db) }
        )
        return try streamSource(source, steps: steps, publisher: &publisher, in: db)
    }

    /// A record read today that is new or changed, with what the store knew of it.
    struct PendingPerson: Sendable {
        var record: PersonRecord
        var state: RecordState?
        var hash: Int64
    }

    /// The records of a batch that are new or changed; unchanged ones are only marked as seen, and ones a
    /// later file of the source or a source listed later has supplied already are passed over.
    private mutating func pendingPersons(
        _ records: [PersonRecord],
        feed: String,
        lookUp: Bool,
        seen: inout RowSet,
        in db: Database
    ) throws -> [PendingPerson] {
        let laterSources = suppliedBySourcesRead[.person] ?? RowSet()
        var pending: [PendingPerson] = []
        pending.reserveCapacity(records.count)
        for record in records {
            let hash = RecordFingerprint.content(of: record)
            let state =
                lookUp ? try PersonRecordTable.state(source: record.source, recordID: record.recordID, in: db) : nil
            let needed = try needsWork(
                stored: state,
                contentHash: hash,
                feed: feed,
                noun: "records",
                laterSources: laterSources,
                seen: &seen,
                move: { try PersonRecordTable.move(row: $0, toFeed: feed, in: db) }
            )
            guard needed else { continue }
            pending.append(PendingPerson(record: record, state: state, hash: hash))
        }
        return pending
    }

    /// Stores linked records and publishes their matches.
    private mutating func savePersons(
        _ pending: [PendingPerson],
        _ outcomes: [ParallelLinker.PersonOutcome],
        source: PipelineConfiguration.Source,
        seen: inout RowSet,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws {
        for (item, outcome) in zip(pending, outcomes) {
            let identity = RecordFingerprint.identity(of: item.record)
            let row: Int64
            if let state = item.state {
                row = state.row
                try PersonRecordTable.update(
                    row: row,
                    item.record,
                    feed: source.name,
                    contentHash: item.hash,
                    identityHash: identity,
                    keys: outcome.keys,
                    indexingKeys: !keysDeferred,
                    run: run,
                    in: db
                )
                count(state.withdrawn ? "records returned" : "records changed")
                // Changed and moved too: it counts as both, as an unchanged one that moved counts as moved.
                if state.feed != source.name { count("records moved from another source") }
            } else {
                row = try PersonRecordTable.insert(
                    item.record,
                    feed: source.name,
                    contentHash: item.hash,
                    identityHash: identity,
                    keys: outcome.keys,
                    indexingKeys: !keysDeferred,
                    run: run,
                    in: db
                )
                seen.insert(row)
                count("records new")
            }
            try publisher.publishPerson(
                row: row,
                record: item.record,
                contentHash: item.hash,
                identityHash: identity,
                outcome: outcome,
                newRow: item.state == nil,
                modelVersion: model.version,
                in: db
            )
        }
    }
}

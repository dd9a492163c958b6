import Foundation
import GRDB
import VigilCore
import VigilIngest
import VigilStore

extension RunWork {
    /// Streams one person-record source: stores new and changed records, links them, publishes their
    /// matches, and (for a snapshot) withdraws the records it no longer holds.
    mutating func ingestPersonRecords(
        _ source: PipelineConfiguration.Source,
        linker: ParallelLinker,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws {
        let mapping = try source.mapping.map(ColumnMapping.load) ?? .canonical(.personRecords)
        let files = ExtractFiles.matching(source.path)
        guard !files.isEmpty else {
            throw PipelineError(
                .missingInput,
                "\(source.name): no extract matches \(source.path); nothing was published"
            )
        }
        var seen = RowSet()
        // Only the first file read into an empty store can skip the look-ups: a later file may repeat ids.
        var lookUp = !skipLookUps
        skipLookUps = false
        var published = publisher
        let profiler = SharedProfiler(DataQualityProfiler(source: source.name, file: source.path, kind: .personRecords))
        for file in files {
            // While batch N links in the background, batch N-1 is written: linking and SQLite overlap.
            var inFlight: (items: [PendingPerson], link: PendingLink<ParallelLinker.PersonOutcome>)?
            let (input, summary) = try ExtractPass.read(
                source: source.name,
                path: file,
                rejectsPath: rejectsPath(source: source.name),
                open: { try ExtractReader<PersonRecord>(path: $0, mapping: mapping) },
                body: { batch in
                    let items = try self.pendingPersons(batch.records, lookUp: lookUp, seen: &seen, in: db)
                    let previous = inFlight.map { ($0.items, $0.link.wait()) }
                    let records = items.map(\.record)
                    inFlight = (
                        items,
                        PendingLink {
                            profiler.add(batch)
                            return linker.linkPersons(records)
                        }
                    )
                    if let (items, outcomes) = previous {
                        try self.savePersons(
                            items,
                            outcomes,
                            source: source,
                            seen: &seen,
                            publisher: &published,
                            in: db
                        )
                    }
                }
            )
            if let last = inFlight {
                try savePersons(
                    last.items,
                    last.link.wait(),
                    source: source,
                    seen: &seen,
                    publisher: &published,
                    in: db
                )
            }
            inputs.append(input)
            profiler.add(summary)
            lookUp = true
        }
        qualityReports.append(profiler.report())
        publisher = published
        guard source.mode == .snapshot else { return }
        let run = self.run
        try withdrawUnseen(
            kind: .person,
            source: source,
            seen: seen,
            forEachCurrentRow: { try PersonRecordTable.forEachCurrentRow(feed: source.name, in: db, $0) },
            withdraw: { try PersonRecordTable.withdraw(row: $0, run: run, in: db) },
            publisher: &publisher,
            in: db
        )
    }

    /// A record read today that is new or changed, with what the store knew of it.
    struct PendingPerson: Sendable {
        var record: PersonRecord
        var state: RecordState?
        var hash: Int64
    }

    /// The records of a batch that are new or changed; unchanged ones are only marked as seen.
    private mutating func pendingPersons(
        _ records: [PersonRecord],
        lookUp: Bool,
        seen: inout RowSet,
        in db: Database
    ) throws -> [PendingPerson] {
        var pending: [PendingPerson] = []
        pending.reserveCapacity(records.count)
        for record in records {
            let hash = RecordFingerprint.content(of: record)
            let state =
                lookUp ? try PersonRecordTable.state(source: record.source, recordID: record.recordID, in: db) : nil
            if let state {
                seen.insert(state.row)
                if state.contentHash == hash, !state.withdrawn {
                    count("records unchanged")
                    continue
                }
            }
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

import Foundation
import GRDB
import VigilCore
import VigilIngest
import VigilStore

extension RunWork {
    /// Streams one incident-location source: stores new and changed locations, links them to employees'
    /// home addresses, and (for a snapshot) returns what to withdraw once every source has been read.
    mutating func ingestLocations(
        _ source: PipelineConfiguration.Source,
        linker: ParallelLinker,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws -> SourceWithdrawal? {
        guard model.homeAddress != nil else {
            throw PipelineError(
                .model,
                "\(source.name): the model has no home-address part; train it with --locations to link incident locations"
            )
        }
        let mapping =
            try source.mapping.map { try ColumnMapping.load(path: $0, expecting: .incidentLocations) }
            ?? .canonical(.incidentLocations)
        let run = self.run
        let steps = SourceSteps<IncidentLocation, PendingLocation, ParallelLinker.LocationOutcome>(
            kind: .homeAddress,
            // As for person records: only a file read into an empty table can skip the look-ups.
            lookUpFirstFile: try !IncidentLocationTable.isEmpty(db),
            profiler: SharedProfiler(
                DataQualityProfiler(
                    source: source.name,
                    file: source.path,
                    kind: .incidentLocations,
                    readDay: today
                )
            ),
            open: { try ExtractReader<IncidentLocation>(path: $0, mapping: mapping) },
            recordID: { $0.incidentID },
            pending: { work, locations, lookUp, seen in
                try work.pendingLocations(locations, feed: source.name, lookUp: lookUp, seen: &seen, in: db)
            },
            link: { items in linker.linkLocations(items.map(\.location)) },
            save: { work, items, outcomes, seen, publisher in
                try work.saveLocations(items, outcomes, source: source, seen: &seen, publisher: &publisher, in: db)
            },
            forEachCurrentRow: { try IncidentLocationTable.forEachCurrentRow(feed: source.name, in: db, $0) },
            currentRows: {
                try IncidentLocationTable.currentRow(feed: source.name, incidentID: $0, in: db).map { [$0] } ?? []
            },
            withdraw: { try IncidentLocationTable.withdraw(row: $0, run: run, in: db) }
        )
        return try streamSource(source, steps: steps, publisher: &publisher, in: db)
    }

    /// An incident location read today that is new or changed, with what the store knew of it.
    struct PendingLocation: Sendable {
        var location: IncidentLocation
        var state: RecordState?
        var hash: Int64
    }

    /// The locations of a batch that are new or changed; unchanged ones are only marked as seen, and ones
    /// a later file of the source or a source listed later has supplied already are passed over.
    private mutating func pendingLocations(
        _ locations: [IncidentLocation],
        feed: String,
        lookUp: Bool,
        seen: inout RowSet,
        in db: Database
    ) throws -> [PendingLocation] {
        let laterSources = suppliedBySourcesRead[.homeAddress] ?? RowSet()
        var pending: [PendingLocation] = []
        pending.reserveCapacity(locations.count)
        for location in locations {
            let hash = RecordFingerprint.content(of: location)
            let state = lookUp ? try IncidentLocationTable.state(incidentID: location.incidentID, in: db) : nil
            let needed = try needsWork(
                stored: state,
                contentHash: hash,
                feed: feed,
                noun: "locations",
                laterSources: laterSources,
                seen: &seen,
                move: { try IncidentLocationTable.move(row: $0, toFeed: feed, in: db) }
            )
            guard needed else { continue }
            pending.append(PendingLocation(location: location, state: state, hash: hash))
        }
        return pending
    }

    /// Stores linked locations and publishes their home-address matches.
    private mutating func saveLocations(
        _ pending: [PendingLocation],
        _ outcomes: [ParallelLinker.LocationOutcome],
        source: PipelineConfiguration.Source,
        seen: inout RowSet,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws {
        for (item, outcome) in zip(pending, outcomes) {
            let row = try IncidentLocationTable.save(
                item.location,
                existingRow: item.state?.row,
                feed: source.name,
                contentHash: item.hash,
                keys: outcome.keys,
                run: run,
                in: db
            )
            seen.insert(row)
            if let state = item.state {
                count(state.withdrawn ? "locations returned" : "locations changed")
                if state.feed != source.name { count("locations moved from another source") }
            } else {
                count("locations new")
            }
            try publisher.publishLocation(
                row: row,
                location: item.location,
                contentHash: item.hash,
                identityHash: RecordFingerprint.identity(of: item.location),
                outcome: outcome,
                newRow: item.state == nil,
                modelVersion: model.version,
                in: db
            )
        }
    }
}

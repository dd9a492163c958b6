import Foundation
import GRDB
import VigilCore
import VigilStore

extension RunWork {
    /// Links again the stored records and locations that today's roster changes could affect: those
    /// sharing a block with a new, changed or returning employee (a new starter is checked against the
    /// whole history), those matched to anyone who changed or left, and those whose runner-up changed or
    /// left (their runner-up and ambiguity would otherwise still describe the employee as they were).
    mutating func relinkForChangedEmployees(
        linker: ParallelLinker,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws {
        guard !changedEmployees.isEmpty else { return }
        var recordRows = try MatchTable.rows(kind: .person, matchedTo: changedEmployees, in: db)
        recordRows.formUnion(try MatchTable.personRows(withRunnerUpIn: changedEmployees, in: db))
        var locationRows = try MatchTable.rows(kind: .homeAddress, matchedTo: changedEmployees, in: db)
        var places = StoredBlockingProbes()
        let roster = linker.linker.roster
        for employeeID in changedEmployees {
            guard let position = roster.position(of: employeeID) else { continue }
            let features = roster.features[position]
            recordRows.formUnion(
                try PersonRecordTable.candidateRows(for: StoredBlockingKeys.probes(for: features), in: db)
            )
            let probes = StoredBlockingKeys.probes(for: features)
            places.place.formUnion(probes.place)
            places.uprn.formUnion(probes.uprn)
            places.street.formUnion(probes.street)
        }
        try fileMissingLocationKeys(linker: linker, in: db)
        for location in try IncidentLocationTable.candidates(probes: places, in: db) {
            locationRows.insert(location.row)
        }
        let records = try PersonRecordTable.records(rows: recordRows.sorted(), in: db).filter { !$0.withdrawn }
        try relink(records, linker: linker, publisher: &publisher, in: db)
        let locations = try IncidentLocationTable.locations(rows: locationRows.sorted(), in: db).filter {
            !$0.withdrawn
        }
        try relink(locations, linker: linker, publisher: &publisher, in: db)
    }

    /// Files the UPRN and street keys of locations stored before they were kept (once, after upgrading),
    /// so that ``relinkForChangedEmployees(linker:publisher:in:)`` finds them.
    private mutating func fileMissingLocationKeys(linker: ParallelLinker, in db: Database) throws {
        while true {
            let locations = try IncidentLocationTable.lackingKeys(limit: 20_000, in: db)
            guard !locations.isEmpty else { return }
            let keys = linker.locationKeys(locations.map(\.location))
            for (stored, keys) in zip(locations, keys) {
                try IncidentLocationTable.fileKeys(row: stored.row, keys: keys, in: db)
            }
            count("location keys filed", locations.count)
        }
    }

    /// Links every stored record and location again (the model changed).
    mutating func relinkEverything(linker: ParallelLinker, publisher: inout MatchPublisher, in db: Database) throws {
        var after: Int64 = 0
        while true {
            let records = try PersonRecordTable.currentRecords(after: after, limit: 20_000, in: db)
            guard let last = records.last else { break }
            try relink(records, linker: linker, publisher: &publisher, in: db)
            after = last.row
        }
        after = 0
        guard model.homeAddress != nil else { return }
        while true {
            let locations = try IncidentLocationTable.currentLocations(after: after, limit: 20_000, in: db)
            guard let last = locations.last else { break }
            try relink(locations, linker: linker, publisher: &publisher, in: db)
            after = last.row
        }
    }

    private mutating func relink(
        _ records: [StoredRecord],
        linker: ParallelLinker,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws {
        let outcomes = linker.linkPersons(records.map(\.record))
        for (stored, outcome) in zip(records, outcomes) {
            try publisher.publishPerson(
                row: stored.row,
                record: stored.record,
                contentHash: stored.contentHash,
                identityHash: stored.identityHash,
                outcome: outcome,
                modelVersion: model.version,
                in: db
            )
        }
        count("records relinked", records.count)
    }

    private mutating func relink(
        _ locations: [IncidentLocationTable.Stored],
        linker: ParallelLinker,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws {
        guard model.homeAddress != nil else { return }
        let outcomes = linker.linkLocations(locations.map(\.location))
        for (stored, outcome) in zip(locations, outcomes) {
            try publisher.publishLocation(
                row: stored.row,
                location: stored.location,
                contentHash: stored.contentHash,
                identityHash: RecordFingerprint.identity(of: stored.location),
                outcome: outcome,
                modelVersion: model.version,
                in: db
            )
        }
        count("locations relinked", locations.count)
    }
}

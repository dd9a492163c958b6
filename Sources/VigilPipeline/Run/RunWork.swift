import Foundation
import GRDB
import VigilCore
import VigilIngest
import VigilStore

/// Everything one run does inside its single write transaction, and what it counted on the way.
///
/// Order matters: the roster first (so every record is linked against today's employees), then the
/// stored records that today's roster changes could affect, then today's extracts, and last what the
/// snapshots and retired sources withdraw (so a record that moved between sources is only moved).
struct RunWork {
    let configuration: PipelineConfiguration
    let model: LinkageModel
    let run: Int64
    let time: Date
    let workers: Int
    /// Hears how far the run has got.
    let progress: @Sendable (RunProgress) -> Void
    let actor = AlertLedger.runActor

    var counts: [String: Int] = [:]
    var durations: [String: Double] = [:]
    var inputs: [RunInput] = []
    var messages: [String] = []
    /// Employees new, changed, returning or leaving today: their stored records are linked again.
    var changedEmployees = Set<String>()
    var rosterEmployees: [Employee] = []
    /// Each source's data-quality report, in reading order.
    var qualityReports: [DataQualityReport] = []
    /// Set when the store held no person records as the run began (a backfill): the first file is
    /// inserted without looking each record up (the indexes are dropped and built once at the end).
    var skipLookUps = false
    /// Set for a bulk load: records are stored without their reverse-key rows, and
    /// ``PersonRecordKeyTable/rebuild(in:)`` files every record's keys in sorted order at the end.
    var keysDeferred = false
    /// The filing of a bulk load's keys, done in steps between incident-location batches (while they
    /// link on the other cores) once no person-record source is left, and finished at the end.
    var keyFiling: PersonRecordKeyTable.Filing?
    /// Set while reading an incident-location source during which ``keyFiling`` may take steps.
    var filesKeysBetweenBatches = false
    /// Gates that failed: the run publishes, marked degraded.
    var gateFailures: [GateFailure] = []
    /// The rows each kind of source read so far today supplied: a source listed earlier, read after them,
    /// passes over these (the later-listed source's version is the one used).
    var suppliedBySourcesRead: [MatchKind: RowSet] = [:]

    init(
        configuration: PipelineConfiguration,
        model: LinkageModel,
        run: Int64,
        time: Date,
        workers: Int,
        progress: @escaping @Sendable (RunProgress) -> Void = { _ in }
    ) {
        self.configuration = configuration
        self.model = model
        self.run = run
        self.time = time
        self.workers = workers
        self.progress = progress
    }

    /// Today as a calendar date (UTC).
    var today: CalendarDate { CalendarDate.utcDay(time) }

    mutating func perform(_ db: Database) throws {
        var start = ContinuousClock.now
        // A large page cache keeps the record id index in memory during big loads, instead of spilling
        // and rewriting the same pages into the WAL; it is returned when the connection closes.
        try db.execute(sql: "PRAGMA cache_size = -196608")
        try updateRoster(db)
        record("roster", since: &start)
        let linker = ParallelLinker(
            linker: RecordLinker(model: model, roster: IndexedRoster(employees: rosterEmployees, model: model)),
            workers: workers
        )
        var publisher = MatchPublisher(run: run, time: time, roster: linker.linker.roster)
        progress(RunProgress(stage: "relinking stored records"))
        if let why = try reasonToRelinkEverything(db) {
            messages.append("\(why): every stored record was linked again")
            try relinkEverything(linker: linker, publisher: &publisher, in: db)
        } else {
            try relinkForChangedEmployees(linker: linker, publisher: &publisher, in: db)
        }
        record("relink", since: &start)
        let bulkLoad = try PersonRecordTable.isEmpty(db)
        skipLookUps = bulkLoad
        keysDeferred = bulkLoad
        keyFiling = bulkLoad ? PersonRecordKeyTable.Filing() : nil
        let lastPersonSource = configuration.sources.lastIndex { $0.kind != .incidentLocations } ?? -1
        var withdrawals: [String: SourceWithdrawal] = [:]
        for (index, source) in Self.readingOrder(configuration.sources).enumerated() {
            switch source.kind {
            case _ where source.mode == .retired:
                continue  // withdrawn below, with the snapshots
            case .incidentLocations:
                filesKeysBetweenBatches = keyFiling != nil && index > lastPersonSource
                withdrawals[source.name] = try ingestLocations(source, linker: linker, publisher: &publisher, in: db)
                filesKeysBetweenBatches = false
            default:
                withdrawals[source.name] = try ingestPersonRecords(
                    source,
                    linker: linker,
                    publisher: &publisher,
                    in: db
                )
            }
            record("source \(source.name)", since: &start)
        }
        // Only now that every source has been read: a record that moved to a source listed later (or to
        // the source replacing a retired one) is moved, not withdrawn and then returned as new evidence.
        for source in configuration.sources {
            if source.mode == .retired {
                try retire(source, publisher: &publisher, in: db)
            } else if let withdrawal = withdrawals[source.name] {
                try withdrawUnseen(withdrawal, publisher: &publisher, in: db)
            }
        }
        record("withdrawals", since: &start)
        putInConfigurationOrder()
        if var filing = keyFiling {
            progress(RunProgress(stage: "filing record keys"))
            try filing.finish(in: db)
            keyFiling = nil
            record("record keys", since: &start)
        }
        for (outcome, count) in publisher.outcomes { counts["alerts \(outcome.rawValue)"] = count }
        counts["matches created"] = publisher.matchesSaved
        counts["matches removed"] = publisher.matchesRemoved
        try checkQuality(db)
        try audit(db)
        progress(RunProgress(stage: "publishing"))
    }

    /// Stores each source's data-quality report and applies the gates against the baseline: the newest
    /// report of a run that passed every gate or was acknowledged (not a degraded run's).
    private mutating func checkQuality(_ db: Database) throws {
        let previous = try DataQualityReportTable.baselineReports(before: run, in: db)
        for report in qualityReports {
            let before = try previous[report.source].map { try DataQualityReport.decode(json: Data($0.utf8)) }
            var gates = configuration.qualityGates
            if configuration.sources.first(where: { $0.name == report.source })?.mode == .delta {
                gates.maxRowDrop = nil  // a delta's size says nothing about the data's health
            }
            gateFailures += gates.evaluate(report, previous: before)
            let json = String(decoding: try report.jsonData(), as: UTF8.self)
            try DataQualityReportTable.save(run: run, source: report.source, json: json, in: db)
        }
        messages += gateFailures.map { RunRecord.failedGatePrefix + $0.message }
    }

    /// Logs what the run collected and combined (DPA 2018 s62), in the same transaction.
    private func audit(_ db: Database) throws {
        for input in inputs {
            try AuditTrail.append(
                AuditEvent(
                    at: time,
                    actor: actor,
                    action: .collection,
                    objectType: "run",
                    objectIDs: [String(run)],
                    reason: "daily run",
                    detail:
                        "\(input.source): \(input.rowsAccepted.counted("row")) accepted, \(input.rowsRejected) rejected from \(input.path) (sha256 \(input.sha256))"
                ),
                in: db
            )
        }
        let created = counts["matches created", default: 0]
        let removed = counts["matches removed", default: 0]
        try AuditTrail.append(
            AuditEvent(
                at: time,
                actor: actor,
                action: .combination,
                objectType: "run",
                objectIDs: [String(run)],
                reason: "daily run",
                detail:
                    "roster linked to police records with model \(model.version): \(created.counted("match", plural: "matches")) created, \(removed) removed"
            ),
            in: db
        )
    }

    /// Records the seconds since `start` under `stage`, and restarts the clock.
    mutating func record(_ stage: String, since start: inout ContinuousClock.Instant) {
        let now = ContinuousClock.now
        let elapsed = now - start
        durations[stage] = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        start = now
    }

    mutating func count(_ name: String, _ amount: Int = 1) {
        counts[name, default: 0] += amount
    }

    /// Where this run writes a source's rejected rows.
    func rejectsPath(source: String) -> String {
        URL(fileURLWithPath: configuration.rejectsFolder)
            .appendingPathComponent("run-\(run)-\(source).csv").path
    }
}

import GRDB
import VigilCore
import VigilIngest
import VigilStore

extension RunWork {
    /// What differs between the kinds of source a run streams (person records, incident locations):
    /// how to read, find what is new, link, store and withdraw one kind. ``streamSource(_:steps:publisher:in:)``
    /// does the rest the same way for both.
    struct SourceSteps<Record: Sendable, Pending: Sendable, Outcome: Sendable> {
        /// The kind of match a withdrawn row's matches are.
        var kind: MatchKind
        /// The count of rows passed over because a later file of the source supplied the same id.
        var supersededCount: String {
            kind == .person ? "records superseded by a later file" : "locations superseded by a later file"
        }
        /// The count of rows passed over because a source listed later supplied the same id today.
        var laterSourceCount: String {
            kind == .person ? "records supplied by a later source" : "locations supplied by a later source"
        }
        /// Whether the first file must look each row up in the store (not when it loads an empty table).
        var lookUpFirstFile: Bool
        /// The data-quality profile of the source, fed from the background linking task.
        var profiler: SharedProfiler
        var open: (String) throws -> ExtractReader<Record>
        /// The id a rejected row names for this kind of record.
        var recordID: (Record) -> String
        /// The new or changed items of a batch; unchanged rows are only marked as seen.
        var pending: (inout RunWork, [Record], _ lookUp: Bool, inout RowSet) throws -> [Pending]
        /// Links items, on a background thread.
        var link: @Sendable ([Pending]) -> [Outcome]
        /// Stores linked items and publishes their matches.
        var save: (inout RunWork, [Pending], [Outcome], inout RowSet, inout MatchPublisher) throws -> Void
        /// Calls its argument with every current row of the source in the store (for a snapshot).
        var forEachCurrentRow: ((Int64) throws -> Void) throws -> Void
        /// The current rows of the source in the store with this id (person records: of any source).
        var currentRows: (String) throws -> [Int64]
        /// Withdraws one row a snapshot no longer holds.
        var withdraw: (Int64) throws -> Void
    }

    /// Streams one source, file by file: batch N links in the background while batch N-1 is written, so
    /// linking and SQLite overlap; for a snapshot, returns what to withdraw once every source is read.
    ///
    /// A glob's files are read last first, so that a record id supplied by more than one file resolves to
    /// the last file's version, compared once with what the store held as the run began: a record
    /// corrected in `d-002.csv` is not put back to its `d-001.csv` version and corrected again every night.
    /// A row a later file rejected, naming its id, supersedes the earlier files' versions too: the store
    /// keeps what it held, as for any rejected row.
    mutating func streamSource<Record, Pending, Outcome>(
        _ source: PipelineConfiguration.Source,
        steps: SourceSteps<Record, Pending, Outcome>,
        publisher: inout MatchPublisher,
        in db: Database
    ) throws -> SourceWithdrawal? {
        let files = ExtractFiles.matching(source.path)
        guard !files.isEmpty else {
            throw PipelineError(
                .missingInput,
                "\(source.name): no extract matches \(source.path); nothing was published"
            )
        }
        var seen = RowSet()
        var rejectedIDs = Set<String>()
        var lookUp = steps.lookUpFirstFile
        var published = publisher
        let passedOverBefore = counts[steps.laterSourceCount] ?? 0
        var sourceInputs: [RunInput] = []
        let profiler = steps.profiler
        let link = steps.link
        let recordID = steps.recordID
        // The source's files are named in messages by as much of their paths as tells them apart.
        let names = DistinctFileNames(files)
        var rejects = RejectsWriter(path: rejectsPath(source: source.name))
        for file in files.reversed() {
            let rejectedInLaterFiles = rejectedIDs
            var inFlight: (items: [Pending], link: PendingLink<Outcome>)?
            let (input, summary) = try ExtractPass.read(
                source: source.name,
                path: file,
                named: names.name(of: file),
                rejects: &rejects,
                open: steps.open,
                progress: progress,
                body: { batch in
                    for reject in batch.rejects { if let id = reject.recordID { rejectedIDs.insert(id) } }
                    var records = batch.records
                    if !rejectedInLaterFiles.isEmpty {
                        records.removeAll { rejectedInLaterFiles.contains(recordID($0)) }
                        let passedOver = batch.records.count - records.count
                        if passedOver > 0 { self.count(steps.supersededCount, passedOver) }
                    }
                    let items = try steps.pending(&self, records, lookUp, &seen)
                    let previous = inFlight.map { ($0.items, $0.link.wait()) }
                    inFlight = (
                        items,
                        PendingLink {
                            profiler.add(batch)
                            return link(items)
                        }
                    )
                    if let (items, outcomes) = previous {
                        try steps.save(&self, items, outcomes, &seen, &published)
                    }
                    // The writer would otherwise wait for this batch's linking: file some record keys.
                    if self.filesKeysBetweenBatches { try self.keyFiling?.step(in: db) }
                }
            )
            if let last = inFlight {
                try steps.save(&self, last.items, last.link.wait(), &seen, &published)
            }
            sourceInputs.append(input)
            if let hint = summary.encodingHint { messages.append("\(source.name): " + hint) }
            profiler.add(summary)
            lookUp = true
        }
        try ExtractPass.finish(&rejects, source: source.name)
        inputs += sourceInputs.reversed()
        qualityReports.append(profiler.report())
        publisher = published
        let passedOver = (counts[steps.laterSourceCount] ?? 0) - passedOverBefore
        if passedOver > 0 {
            let what = steps.kind == .person ? "records" : "locations"
            messages.append(
                "\(source.name): \(passedOver) \(what) were also supplied by a source listed after it; "
                    + "that source's version was used"
            )
        }
        if source.mode == .snapshot {
            try keepRejected(rejectedIDs, kind: steps.kind, source: source, currentRows: steps.currentRows, seen: &seen)
        }
        suppliedBySourcesRead[steps.kind, default: RowSet()].formUnion(seen)
        guard source.mode == .snapshot else { return nil }
        return SourceWithdrawal(
            kind: steps.kind,
            source: source,
            seen: seen,
            forEachCurrentRow: steps.forEachCurrentRow,
            withdraw: steps.withdraw
        )
    }
}

import Foundation
import VigilCore
import VigilIngest

/// Reads extracts for the commands: whole (the roster), sampled (training) or streamed (linking).
///
/// Rejects go to a temporary file that replaces `--rejects` when the command ends: with
/// ``reportRejects()`` when it succeeds, and when it is dropped after an error (the person fixing the
/// extract needs them). A killed command leaves the previous rejects file as it was.
struct ExtractLoading: ~Copyable {
    var rejects: RejectsWriter
    var summaries: [IngestSummary] = []
    let progress: ProgressReporter
    /// What notes call the command's input files: two files of one name in different folders are told
    /// apart by their folders.
    let fileNames: DistinctFileNames
    /// Whether the rejects were put in place and the user told, so that a command ending in an error
    /// (which drops the loading without that) still says where its rejects went.
    private var rejectsKept = false

    init(rejectsPath: String, inputs: [String?] = [], progress: ProgressReporter) {
        rejects = RejectsWriter(path: rejectsPath)
        fileNames = DistinctFileNames(inputs.compactMap { $0 })
        self.progress = progress
    }

    deinit {
        // The rejects file is put in place right after this, as the writer is dropped.
        if !rejectsKept && rejects.count > 0 {
            Diagnostics.note("\(rejects.count.counted("rejected row")) written to \(rejects.path) with their reasons")
        }
    }

    /// A problem with an input, naming the file as ``fileNames`` does.
    func describe(_ error: IngestError) -> String {
        error.text(naming: fileNames.name(of: error.file))
    }

    /// Whether any row was rejected so far.
    var hadRejects: Bool { rejects.count > 0 }

    /// Reads the whole roster.
    mutating func roster(path: String, mapping: ColumnMapping) throws -> [Employee] {
        var reader = try ExtractReader<Employee>(path: path, mapping: mapping)
        return try Self.checkedRoster(readAll(&reader), path: path)
    }

    /// Reads the roster without touching the rejects file or the notes (see ``locationsAside``); take it
    /// in with ``adoptRoster(_:path:)``.
    static func rosterAside(path: String, mapping: ColumnMapping) throws -> ExtractReadAside<Employee> {
        var reader = try ExtractReader<Employee>(path: path, mapping: mapping)
        return try readAside(&reader)
    }

    /// Takes in a roster read aside, as ``roster(path:mapping:)`` would have read it here and now.
    mutating func adoptRoster(_ read: ExtractReadAside<Employee>, path: String) throws -> [Employee] {
        try Self.checkedRoster(adopt(read), path: path)
    }

    /// The employees, unless there are none: with nobody on the roster every run would "succeed" with no
    /// matches, hiding a broken extract.
    private static func checkedRoster(_ employees: [Employee], path: String) throws -> [Employee] {
        guard !employees.isEmpty else {
            let message = "the roster has no employees (only a header, or every row rejected)"
            throw IngestError(.emptyFile, message, file: path)
        }
        return employees
    }

    /// Reads every incident location without touching the rejects file or the notes, so the read can run
    /// on another core while this loading reads something else; `adopt` the result afterwards.
    static func locationsAside(path: String, mapping: ColumnMapping) throws -> ExtractReadAside<IncidentLocation> {
        var reader = try ExtractReader<IncidentLocation>(path: path, mapping: mapping)
        return try readAside(&reader)
    }

    /// Reads every record of an extract, keeping its rejects and summary for ``adopt(_:)``.
    private static func readAside<Record>(_ reader: inout ExtractReader<Record>) throws -> ExtractReadAside<Record> {
        var records: [Record] = []
        var rejected: [RejectedRow] = []
        while let batch = try reader.nextBatch() {
            records += batch.records
            rejected += batch.rejects
        }
        return ExtractReadAside(records: records, rejects: rejected, summary: reader.summary)
    }

    /// Takes in an extract read aside: its rejects go to the rejects file and its summary to the notes,
    /// in the order they would have if it had been read here and now.
    mutating func adopt<Record>(_ read: ExtractReadAside<Record>) throws -> [Record] {
        try rejects.append(read.rejects)
        finish(read.summary)
        return read.records
    }

    /// Reads every record of an extract, writing its rejects as they come.
    private mutating func readAll<Record>(_ reader: inout ExtractReader<Record>) throws -> [Record] {
        var records: [Record] = []
        while let batch = try reader.nextBatch() {
            records += batch.records
            try rejects.append(batch.rejects)
        }
        finish(reader.summary)
        return records
    }

    /// Reads person records keeping a uniform random sample of at most `limit` (reservoir sampling),
    /// and returns the sample and how many records were read.
    mutating func recordSample(
        path: String,
        mapping: ColumnMapping,
        limit: Int,
        seed: UInt64
    ) throws
        -> (sample: PersonRowSample, seen: Int)
    {
        // Rows, not records: training reads each sampled person's fields where they lie in its row.
        var reader = try Self.rowReader(path: path, mapping: mapping)
        let sample = try reader.personRowSample(
            limit: limit,
            seed: seed,
            rejected: { try rejects.append($0) },
            progress: { progress.update(rows: $0) }
        )
        try rejects.append(sample.rejects)
        finish(reader.summary)
        return (sample, sample.rowsSeen)
    }

    /// Opens person records from a path, or standard input for `-`.
    static func recordReader(path: String, mapping: ColumnMapping) throws -> ExtractReader<PersonRecord> {
        if path == "-" {
            return try ExtractReader<PersonRecord>(fileDescriptor: 0, name: "stdin", mapping: mapping)
        }
        return try ExtractReader<PersonRecord>(path: path, mapping: mapping)
    }

    /// Opens person records to be read as rows (``PersonRow``) from a path, or standard input for `-`.
    static func rowReader(path: String, mapping: ColumnMapping) throws -> ExtractReader<PersonRow> {
        if path == "-" {
            return try ExtractReader<PersonRow>(fileDescriptor: 0, name: "stdin", mapping: mapping)
        }
        return try ExtractReader<PersonRow>(path: path, mapping: mapping)
    }

    mutating func finish(_ summary: IngestSummary) {
        progress.finish()
        summaries.append(summary)
        Diagnostics.note(summary.text(naming: fileNames.name(of: summary.file)))
    }

    /// Puts the rejects file in place without a word (the demo, which says nothing of its rejects).
    ///
    /// - Throws: ``IngestError`` when the rejects file cannot be put in place.
    mutating func keepRejects() throws {
        rejectsKept = true
        try rejects.finish()
    }

    /// Puts the rejects file in place and tells the user where rejects went, if anywhere.
    ///
    /// - Throws: ``ExitStatus/failure`` when the rejects file cannot be put in place, saying why.
    mutating func reportRejects() throws {
        do {
            try keepRejects()
        } catch let error as IngestError {
            Diagnostics.note("\(error.file): \(error.message)")
            throw ExitStatus.failure
        }
        if rejects.count > 0 {
            Diagnostics.note("\(rejects.count.counted("rejected row")) written to \(rejects.path) with their reasons")
        } else if FileManager.default.fileExists(atPath: rejects.path) {
            Diagnostics.note("no rows rejected; \(rejects.path) is an earlier command's, left as it was")
        }
    }
}

/// An extract read whole on its own, its rejects and summary held until `ExtractLoading.adopt` takes them.
struct ExtractReadAside<Record: Sendable>: Sendable {
    var records: [Record]
    var rejects: [RejectedRow]
    var summary: IngestSummary
}

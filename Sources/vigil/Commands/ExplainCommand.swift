import ArgumentParser
import Foundation
import VigilCore
import VigilIngest

/// `vigil explain`: a match, or the model itself, in plain words.
struct ExplainCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a match in plain words, or describe a model.",
        discussion: """
            With --matches and --record-id, prints the explanation stored with that record's matches in the \
            output of 'vigil link'. With --model, --roster, --records and --record-id, scores the record \
            against its best candidate (or --employee-id) afresh. With --model alone, prints the model: \
            prior, and each level's m, u and weight.
            """
    )

    @Option(name: .long, help: "A matches CSV written by 'vigil link'.")
    var matches: String?

    @Option(name: .long, help: "A model file from 'vigil train'.")
    var model: String?

    @Option(name: .long, help: "The HR roster extract (CSV), to explain afresh.")
    var roster: String?

    @Option(name: .long, help: "A YAML column mapping for the roster.")
    var rosterMapping: String?

    @Option(name: .long, help: "Person records (CSV), to explain afresh.")
    var records: String?

    @Option(name: .long, help: "A YAML column mapping for the person records.")
    var recordsMapping: String?

    @Option(name: .long, help: "Incident locations (CSV), to explain a home-address match afresh.")
    var locations: String?

    @Option(name: .long, help: "A YAML column mapping for the incident locations.")
    var locationsMapping: String?

    @Option(name: .long, help: "The record (or incident) id to explain.")
    var recordID: String?

    @Option(name: .long, help: "Explain the pair with this employee rather than the best candidate.")
    var employeeID: String?

    @Option(name: .long, help: "Where rows rejected while explaining afresh are written, with their reasons.")
    var rejects: String = "vigil-rejects.csv"

    func validate() throws {
        if matches != nil {
            guard recordID != nil else { throw ValidationError("--matches needs --record-id") }
        } else if model != nil {
            guard records == nil || locations == nil else {
                throw ValidationError("explain a person record (--records) or an incident (--locations), not both")
            }
            let afresh = [roster, records ?? locations, recordID].compactMap { $0 }.count
            guard afresh == 0 || afresh == 3 else {
                throw ValidationError(
                    "to explain afresh give --roster, --records (or --locations) and --record-id together"
                )
            }
        } else {
            throw ValidationError("give --matches with --record-id, or --model")
        }
        try OutputCollision(
            outputs: [("--rejects", rejects)],
            inputs: [
                ("--matches", matches), ("--model", model), ("--roster", roster), ("--roster-mapping", rosterMapping),
                ("--records", records), ("--records-mapping", recordsMapping), ("--locations", locations),
                ("--locations-mapping", locationsMapping),
            ]
        ).check()
    }

    func run() async throws {
        do {
            if let matches, let recordID {
                try explainStored(matches: matches, recordID: recordID)
            } else if let model {
                let trained = try ModelFile.read(model)
                if let roster, let records, let recordID {
                    try explainAfresh(model: trained, roster: roster, records: records, recordID: recordID)
                } else if let roster, let locations, let recordID {
                    try explainIncidentAfresh(
                        model: trained,
                        roster: roster,
                        locations: locations,
                        incidentID: recordID
                    )
                } else {
                    print("model \(trained.version), trained \(trained.trainedAt)")
                    for line in ModelSummary(model: trained).lines { print(line) }
                }
            }
        } catch let error as IngestError {
            Diagnostics.note(error.text(naming: DistinctFileNames(inputs.compactMap { $0 }).name(of: error.file)))
            throw ExitStatus.failure
        } catch let error as ModelFile.Problem {
            Diagnostics.note(error.description)
            throw ExitStatus.failure
        }
    }

    private func explainStored(matches: String, recordID: String) throws {
        var reader = try CSVReader(path: matches)
        guard let idColumn = reader.columnIndex(named: "record_id"),
            let employeeColumn = reader.columnIndex(named: "employee_id"),
            let explanationColumn = reader.columnIndex(named: "explanation")
        else {
            throw IngestError(.missingColumn, "not a matches file from 'vigil link'", file: matches)
        }
        var found = 0
        var others: [String] = []
        while let batch = try reader.nextBatch() {
            for row in 0..<batch.rowCount where batch.string(row: row, column: idColumn) == recordID {
                let employee = batch.string(row: row, column: employeeColumn)
                guard employeeID == nil || employeeID == employee else {
                    if !others.contains(employee) { others.append(employee) }
                    continue
                }
                let data = Data(batch.string(row: row, column: explanationColumn).utf8)
                guard let explanation = try? JSONDecoder().decode(MatchExplanation.self, from: data) else {
                    throw IngestError(
                        .unreadable,
                        "the explanation is not valid JSON",
                        file: matches,
                        line: batch.line(ofRow: row),
                        field: "explanation"
                    )
                }
                print(header(kind: explanation.kind, record: recordID, employee: employee))
                for line in explanation.plainWords { print("  " + line) }
                found += 1
            }
        }
        guard found > 0 else {
            if let employeeID, !others.isEmpty {
                let list = others.joined(separator: ", ")
                Diagnostics.note(
                    "\(recordID) is matched to \(list) in \(matches), not to \(employeeID); leave out --employee-id "
                        + "to explain that match, or use --model, --roster and --records to explain the pair with "
                        + "\(employeeID) afresh"
                )
            } else {
                Diagnostics.note("no match for \(recordID) in \(matches)")
            }
            throw ExitStatus.failure
        }
    }

    private func explainAfresh(model: LinkageModel, roster: String, records: String, recordID: String) throws {
        var loading = ExtractLoading(rejectsPath: rejects, inputs: inputs, progress: ProgressReporter(label: "reading"))
        let read = try readRoster(&loading, path: roster)
        let employees = read.employees
        let linker = RecordLinker(model: model, roster: IndexedRoster(employees: employees, model: model))
        var reader = try ExtractLoading.recordReader(
            path: records,
            mapping: recordsMapping.map { try ColumnMapping.load(path: $0, expecting: .personRecords) }
                ?? .canonical(.personRecords)
        )
        // Every row is read, as 'vigil link' reads them: the rows rejected on the way are reported, whichever
        // record is explained.
        var rejection: RejectedRow?
        var found: PersonRecord?
        while let batch = try reader.nextBatch() {
            try loading.rejects.append(batch.rejects)
            rejection = rejection ?? batch.rejects.first { $0.recordID == recordID }
            if found == nil { found = batch.records.first { $0.recordID == recordID } }
        }
        loading.finish(reader.summary)
        guard let record = found else {
            Self.noteMissing("record", recordID, in: records, rejection: rejection)
            try loading.reportRejects()
            throw ExitStatus.failure
        }
        var extractor = linker.makeExtractor()
        var candidates: [Int32] = []
        let best = linker.bestPersonMatch(for: record, extractor: &extractor, candidates: &candidates)
        let index = chosenEmployee(
            read,
            best: best?.employeeIndex,
            unblocked: "no employee shares a blocking key with \(recordID) (same date of birth, similar names, "
                + "or the same address)"
        )
        guard let index else {
            try loading.reportRejects()
            throw ExitStatus.failure
        }
        let explanation = linker.explainPerson(record, employeeIndex: index)
        print(header(kind: .person, record: recordID, employee: employees[index].employeeID))
        for line in explanation.plainWords { print("  " + line) }
        if !candidates.contains(Int32(index)) {
            print("  (blocking would not have compared this pair)")
        }
        try loading.reportRejects()
        if loading.hadRejects { throw ExitStatus.completedWithRejects }
    }

    /// The files the command reads, for naming them apart in its notes.
    var inputs: [String?] {
        [matches, roster, rosterMapping, records, recordsMapping, locations, locationsMapping]
    }

    func header(kind: MatchKind, record: String, employee: String) -> String {
        switch kind {
        case .person: return "record \(record) and employee \(employee):"
        case .homeAddress: return "incident \(record) at the home of employee \(employee):"
        }
    }
}

import VigilCore
import VigilIngest

extension ExplainCommand {
    /// Scores an incident location against the employees' homes afresh and prints the best (or the one
    /// `--employee-id` names), as `explain` does for a person record.
    func explainIncidentAfresh(model: LinkageModel, roster: String, locations: String, incidentID: String) throws {
        guard model.homeAddress != nil else {
            Diagnostics.note("the model has no home-address model: train it with --locations to explain incidents")
            throw ExitStatus.failure
        }
        var loading = ExtractLoading(rejectsPath: rejects, inputs: inputs, progress: ProgressReporter(label: "reading"))
        let rosterRead = try readRoster(&loading, path: roster)
        let employees = rosterRead.employees
        let linker = RecordLinker(model: model, roster: IndexedRoster(employees: employees, model: model))
        let mapping =
            try locationsMapping.map { try ColumnMapping.load(path: $0, expecting: .incidentLocations) }
            ?? .canonical(.incidentLocations)
        let read = try ExtractLoading.locationsAside(path: locations, mapping: mapping)
        let rejection = read.rejects.first { $0.recordID == incidentID }
        let all = try loading.adopt(read)
        guard let location = all.first(where: { $0.incidentID == incidentID }) else {
            Self.noteMissing("incident", incidentID, in: locations, rejection: rejection)
            try loading.reportRejects()
            throw ExitStatus.failure
        }
        var extractor = linker.makeExtractor()
        var candidates: [Int32] = []
        let best = linker.homeAddressMatches(for: location, extractor: &extractor, candidates: &candidates)
        let index = chosenEmployee(
            rosterRead,
            best: best.first?.employeeIndex,
            unblocked: "no employee's home shares a block with \(incidentID) (the same UPRN, postcode and house, "
                + "or street, house and town)"
        )
        guard let index, let explanation = linker.explainHomeAddress(location, employeeIndex: index) else {
            throw ExitStatus.failure
        }
        print(header(kind: .homeAddress, record: incidentID, employee: employees[index].employeeID))
        for line in explanation.plainWords { print("  " + line) }
        if !candidates.contains(Int32(index)) {
            // The starting point is the share of homes among candidate pairs, which all share a house: for
            // a pair that shares none it overstates the chance, and `vigil link` never scores it.
            print("  (blocking would not have compared this pair: the starting point is for homes that share a house)")
        }
        try loading.reportRejects()
        if loading.hadRejects { throw ExitStatus.completedWithRejects }
    }
}

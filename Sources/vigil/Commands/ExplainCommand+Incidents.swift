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
        var loading = ExtractLoading(rejectsPath: rejects, progress: ProgressReporter(label: "reading"))
        let employees = try loading.roster(path: roster, mapping: RosterOptions.mapping(at: rosterMapping))
        let linker = RecordLinker(model: model, roster: IndexedRoster(employees: employees, model: model))
        let mapping =
            try locationsMapping.map { try ColumnMapping.load(path: $0, expecting: .incidentLocations) }
            ?? .canonical(.incidentLocations)
        let read = try ExtractLoading.locationsAside(path: locations, mapping: mapping)
        let rejection = read.rejects.first { $0.recordID == incidentID }
        let all = try loading.adopt(read)
        guard let location = all.first(where: { $0.incidentID == incidentID }) else {
            if let rejection {
                let field = rejection.field.map { ", field '\($0)'" } ?? ""
                Diagnostics.note(
                    "incident \(incidentID) was rejected (\(rejection.file), line \(rejection.line)\(field): "
                        + "\(rejection.reason)), so it cannot be explained; correct the row and explain it again"
                )
            } else {
                Diagnostics.note("incident \(incidentID) not found in \(locations)")
            }
            loading.reportRejects()
            throw ExitStatus.failure
        }
        var extractor = linker.makeExtractor()
        var candidates: [Int32] = []
        let index: Int?
        if let employeeID {
            index = employees.firstIndex { $0.employeeID == employeeID }
            if index == nil {
                Diagnostics.note(
                    "employee \(employeeID) is not on the roster (if their row was rejected, \(rejects) says why)"
                )
            }
        } else {
            index =
                linker.homeAddressMatches(for: location, extractor: &extractor, candidates: &candidates)
                .first?.employeeIndex
            if index == nil {
                Diagnostics.note(
                    "no employee's home shares a block with \(incidentID) (the same UPRN, postcode and house, or "
                        + "street, house and town), so it is compared with no one; give --employee-id to compare it "
                        + "with one employee"
                )
            }
        }
        guard let index, let explanation = linker.explainHomeAddress(location, employeeIndex: index) else {
            throw ExitStatus.failure
        }
        print(header(kind: .homeAddress, record: incidentID, employee: employees[index].employeeID))
        for line in explanation.plainWords { print("  " + line) }
        loading.reportRejects()
        if loading.hadRejects { throw ExitStatus.completedWithRejects }
    }
}

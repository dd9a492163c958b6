import VigilCore
import VigilIngest

extension ExplainCommand {
    /// The employee to explain against: the one `--employee-id` names, else the best candidate (`best`);
    /// nil, with a note saying why, when there is none. `unblocked` says why a record was compared with
    /// no one.
    func chosenEmployee(
        _ roster: ExplainedRoster,
        best: Int?,
        unblocked: @autoclosure () -> String
    ) -> Int? {
        guard let employeeID else {
            if best == nil {
                Diagnostics.note(
                    unblocked() + ", so it is compared with no one; give --employee-id to compare it with one employee"
                )
            }
            return best
        }
        let index = roster.employees.firstIndex { $0.employeeID == employeeID }
        if index == nil {
            let rejection = roster.rejects.first { $0.recordID == employeeID }
            Self.noteMissing("employee", employeeID, in: roster.path, rejection: rejection)
        }
        return index
    }

    /// Reads the roster, keeping its rejects to say why an employee asked for is not there.
    func readRoster(_ loading: inout ExtractLoading, path: String) throws -> ExplainedRoster {
        let read = try ExtractLoading.rosterAside(path: path, mapping: RosterOptions.mapping(at: rosterMapping))
        let rejects = read.rejects
        return ExplainedRoster(path: path, employees: try loading.adoptRoster(read, path: path), rejects: rejects)
    }

    /// Notes that the row of `id` (a "record" or an "incident") was rejected, with where and why, or
    /// that `path` does not hold it.
    static func noteMissing(_ what: String, _ id: String, in path: String, rejection: RejectedRow?) {
        guard let rejection else {
            Diagnostics.note("\(what) \(id) not found in \(path)")
            return
        }
        let field = rejection.field.map { ", field '\($0)'" } ?? ""
        Diagnostics.note(
            "\(what) \(id) was rejected (\(rejection.file), line \(rejection.line)\(field): \(rejection.reason)), "
                + "so it cannot be explained; correct the row and explain it again"
        )
    }
}

/// The roster `explain` read: its employees and its rejected rows.
struct ExplainedRoster {
    var path: String
    var employees: [Employee]
    var rejects: [RejectedRow]
}

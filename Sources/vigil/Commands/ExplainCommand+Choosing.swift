import VigilCore
import VigilIngest

extension ExplainCommand {
    /// The employee to explain against: the one `--employee-id` names, else the best candidate (`best`);
    /// nil, with a note saying why, when there is none. `unblocked` says why a record was compared with
    /// no one.
    func chosenEmployee(_ employees: [Employee], best: Int?, unblocked: @autoclosure () -> String) -> Int? {
        guard let employeeID else {
            if best == nil {
                Diagnostics.note(
                    unblocked() + ", so it is compared with no one; give --employee-id to compare it with one employee"
                )
            }
            return best
        }
        let index = employees.firstIndex { $0.employeeID == employeeID }
        if index == nil {
            Diagnostics.note(
                "employee \(employeeID) is not on the roster (if their row was rejected, \(rejects) says why)"
            )
        }
        return index
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

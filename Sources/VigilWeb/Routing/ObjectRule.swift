/// How the object a route names in its path is authorised, after the role check.
public enum ObjectRule: Sendable, Hashable {
    /// The route names no object.
    case none
    /// The path parameter is an alert id. The alert must exist and must not be about the user (no
    /// self-review: answered as if it did not exist); outside the user's queue a reason is required.
    case alert(parameter: String)
    /// The path parameter is an employee id. Never the user's own record; a reason is required unless
    /// one of the employee's alerts is in the user's queue.
    case employee(parameter: String)
}

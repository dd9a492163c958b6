/// How the object a route names in its path is authorised, after the role check.
///
/// Whatever the user may not see is answered exactly as a missing object (404), before any reason is
/// asked for: a prompt would tell them the object exists.
public enum ObjectRule: Sendable, Hashable {
    /// The route names no object.
    case none
    /// The path parameter is an alert id. The alert must exist and must not be about the user (no
    /// self-review: answered as if it did not exist); outside the user's queue a reason is required.
    case alert(parameter: String)
    /// The path parameter is an employee id. Never the user's own record; a reason is required unless
    /// one of the employee's alerts is in the user's queue.
    case employee(parameter: String)
    /// The path parameter is an employee id and the route shows their home: as
    /// ``employee(parameter:)``, and never the home of someone who lives at the user's own (the same
    /// UPRN, or the same address line and postcode), which is the user's home too.
    case employeeHome(parameter: String)
}

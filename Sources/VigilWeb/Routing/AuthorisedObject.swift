import VigilStore

/// The object a route's path named, after the object rule admitted the user to it.
public struct AuthorisedObject: Sendable, Hashable {
    /// The object itself, as the audit trail names it.
    public var object: AuditObject
    /// The employee it concerns (the alert's employee, or the employee).
    public var employeeID: String
    /// Whether it is in the user's own queue (assigned to them); outside it, ``reason`` is set.
    public var inQueue: Bool
    /// The reason the user gave for opening it outside their queue.
    public var reason: String?
}

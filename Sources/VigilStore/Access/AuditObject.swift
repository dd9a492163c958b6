/// An object named by the audit trail: its kind and id, never its contents.
public struct AuditObject: Hashable, Sendable, CustomStringConvertible {
    /// The kind of object: `alert`, `employee`, `user`, `grant`, `audit`, ...
    public var type: String
    /// Its id.
    public var id: String

    /// Names an object.
    public init(type: String, id: String) {
        self.type = type
        self.id = id
    }

    public var description: String { "\(type) \(id)" }
}

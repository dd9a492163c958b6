import Foundation

/// One thing that happened to personal data, or to access to it, as the audit trail records it.
///
/// Objects are named by id only; the trail never copies personal data.
public struct AuditEvent: Hashable, Sendable {
    /// What was done, in the words of the Data Protection Act 2018 s62 where it has them.
    public struct Action: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
        public let rawValue: String
        public init(rawValue: String) { self.rawValue = rawValue }
        public var description: String { rawValue }

        /// Data was collected (an extract was ingested).
        public static let collection = Action(rawValue: "collection")
        /// Data was changed (a decision, an assignment, a note).
        public static let alteration = Action(rawValue: "alteration")
        /// Data was looked at.
        public static let consultation = Action(rawValue: "consultation")
        /// Data left the system (an export), with its recipient.
        public static let disclosure = Action(rawValue: "disclosure")
        /// Data sets were joined (matches made by linking).
        public static let combination = Action(rawValue: "combination")
        /// Data was erased (a leaver past retention).
        public static let erasure = Action(rawValue: "erasure")
    }

    /// When it happened.
    public var at: Date
    /// Who did it: a user name, or `vigil run` for the pipeline.
    public var actor: String
    /// What was done.
    public var action: Action
    /// The kind of object (`employee`, `alert`, `run`, `user`, ...).
    public var objectType: String
    /// The objects' ids.
    public var objectIDs: [String]
    /// Why, as the actor gave it (required for consultation outside one's own queue).
    public var reason: String
    /// Metadata in words or JSON: counts, the recipient of a disclosure. Never personal data.
    public var detail: String

    /// Creates an event.
    public init(
        at: Date = Date(),
        actor: String,
        action: Action,
        objectType: String,
        objectIDs: [String] = [],
        reason: String = "",
        detail: String = ""
    ) {
        self.at = at
        self.actor = actor
        self.action = action
        self.objectType = objectType
        self.objectIDs = objectIDs
        self.reason = reason
        self.detail = detail
    }
}

/// An event as stored: its place in the chain and its hashes.
public struct AuditEntry: Hashable, Sendable {
    /// Position in the trail, from 1 with no gaps.
    public var sequence: Int64
    /// The event.
    public var event: AuditEvent
    /// The previous entry's hash (64 zeros for the first entry).
    public var previousHash: String
    /// SHA-256 over the sequence, the previous hash and the event's fields.
    public var hash: String
}

import VigilCore

/// A person record as stored, with its row id and fingerprints.
public struct StoredRecord: Hashable, Sendable {
    /// The store's row id: stable for the life of the record.
    public var row: Int64
    /// The configured source (feed) it came from.
    public var feed: String
    /// The record.
    public var record: PersonRecord
    /// Fingerprint of every field.
    public var contentHash: Int64
    /// Fingerprint of the fields that say who the person is.
    public var identityHash: Int64
    /// Whether a snapshot no longer holds it.
    public var withdrawn: Bool
}

/// What the store already holds for a record id: enough to tell new, changed and unchanged apart.
public struct RecordState: Hashable, Sendable {
    /// The row id.
    public var row: Int64
    /// Fingerprint of every field.
    public var contentHash: Int64
    /// Whether the record was withdrawn.
    public var withdrawn: Bool
    /// The configured source (feed) that last supplied it.
    public var feed: String
}

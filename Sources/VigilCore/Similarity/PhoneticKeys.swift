/// The two Double Metaphone keys of a name: how it is most likely said, and a plausible other way.
///
/// Use the keys for blocking and for a "sounds alike" comparison level: two names sound alike when any key of one
/// equals any key of the other. `alternate` always holds a key: when the word has no alternative pronunciation it
/// equals `primary` (as in Philips' C++ original, unlike the Python `metaphone` package, which returns an empty
/// string), so callers can index both keys without a special case.
public struct PhoneticKeys: Hashable, Sendable {
    /// The key for the most likely (usually English) pronunciation.
    public let primary: String
    /// The key for an alternative pronunciation, or `primary` when there is none.
    public let alternate: String

    /// Creates keys from a primary and an alternate key; pass `primary` again when there is no alternative.
    public init(primary: String, alternate: String) {
        self.primary = primary
        self.alternate = alternate
    }

    /// Whether the word has an alternative pronunciation distinct from the primary one.
    public var hasAlternate: Bool { primary != alternate }

    /// Whether any key of one word equals any key of the other (the usual Double Metaphone match), ignoring empty keys.
    public func soundsLike(_ other: PhoneticKeys) -> Bool {
        guard !primary.isEmpty, !other.primary.isEmpty else { return false }
        return primary == other.primary || primary == other.alternate || alternate == other.primary
            || alternate == other.alternate
    }
}

/// One normalised name token with what comparisons need precomputed: bytes, phonetic keys, variant groups.
///
/// A final class: tokens are shared by every person who bears the name (the extractor caches them), and
/// passing one around costs a single reference count.
public final class NameToken: Hashable, Sendable {
    /// The token, uppercase ASCII.
    public let text: String
    /// The token's bytes, for the string comparators.
    public let bytes: [UInt8]
    /// Double Metaphone keys.
    public let phonetic: PhoneticKeys
    /// Ids of the curated variant groups the token belongs to (sorted).
    public let groups: [UInt32]
    /// Hashes of the blocking codes: the primary phonetic key (or the text when there is none), and the
    /// alternate key when it differs. Computed once per distinct name, not once per record.
    let codeHashes: BlockingCodes

    public init(text: String, phonetic: PhoneticKeys, groups: [UInt32]) {
        self.text = text
        self.bytes = Array(text.utf8)
        self.phonetic = phonetic
        self.groups = groups.sorted()
        let primary = phonetic.primary.isEmpty ? text : phonetic.primary
        let alternate = phonetic.alternate.isEmpty || phonetic.alternate == phonetic.primary ? nil : phonetic.alternate
        codeHashes = BlockingCodes(first: BlockingKey.hash(primary), second: alternate.map(BlockingKey.hash))
    }

    public static func == (lhs: NameToken, rhs: NameToken) -> Bool {
        lhs.text == rhs.text && lhs.groups == rhs.groups
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }

    /// Whether the two tokens share a curated variant group.
    public func isVariant(of other: NameToken) -> Bool {
        var i = 0
        var j = 0
        while i < groups.count && j < other.groups.count {
            if groups[i] == other.groups[j] { return true }
            if groups[i] < other.groups[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// Whether the two tokens sound alike: any Double Metaphone key in common.
    public func soundsLike(_ other: NameToken) -> Bool {
        let mine = phonetic
        let theirs = other.phonetic
        guard !mine.primary.isEmpty, !theirs.primary.isEmpty else { return false }
        return mine.primary == theirs.primary || mine.primary == theirs.alternate
            || mine.alternate == theirs.primary || (!mine.alternate.isEmpty && mine.alternate == theirs.alternate)
    }
}

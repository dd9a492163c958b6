/// One normalised name token with what comparisons need precomputed: bytes, phonetic keys, variant groups.
///
/// A final class: tokens are shared by every person who bears the name (the extractor caches them), and
/// passing one around costs a single reference count.
public final class NameToken: Hashable, Sendable {
    // Stored in this order so that what every comparison reads (hashes, group masks, length and head)
    // fills the object's first cache line and the letters, bytes and groups its second; the texts, read
    // for explanations, come last.
    /// FNV-1a of the text, so that two tokens with different texts are told apart by one comparison.
    let textHash: UInt64
    /// FNV-1a of the primary and alternate phonetic keys (0 for an empty key), so that `soundsLike`
    /// compares strings only when their hashes agree.
    private let primaryHash: UInt64
    private let alternateHash: UInt64
    /// One bit per variant group (id modulo 64) of `groups` and of `otherRoleGroups`: two tokens whose
    /// masks share no bit share no group, and their lists need not be read.
    private let groupMask: UInt64
    private let otherRoleGroupMask: UInt64
    /// The token's length in bytes and its first four bytes (little-endian, zero beyond the end), so
    /// that initials and the Jaro-Winkler bounds are read from here rather than from `bytes`.
    let length: Int32
    private let head: UInt32
    /// Whether the token is a spelling or abbreviation of Muhammad as a forename (MOHAMMED, MD, MOHD, ...):
    /// all of them are one name. A surname token is one when the word is, so that a Muhammad recorded in
    /// the surname's place (names the other way round) is known.
    public let isMuhammadForm: Bool
    /// Whether the token, as a surname, is a woman's title that often stands in for a family name
    /// (BEGUM, BIBI): disagreeing with it says little.
    public let standsInForFamilyName: Bool
    /// Its letters, counted once, for the bound `JaroWinkler.reaches` checks first.
    private let letters: LetterCounts
    /// The token's bytes, for the string comparators.
    public let bytes: [UInt8]
    /// Ids of the curated variant groups the token belongs to (sorted), in the table of its own role:
    /// the forename table for a forename, the surname table for a surname.
    public let groups: [UInt32]
    /// Ids of its groups in the other role's table (sorted): what the word is a variant of when it turns
    /// up in the other name's place ("WILSON, DAVE" for "DAVID WILSON"). Ids of the two tables are
    /// never compared with each other.
    public let otherRoleGroups: [UInt32]
    /// Hashes of the blocking codes: the primary phonetic key (or the text when there is none), and the
    /// alternate key when it differs. Computed once per distinct name, not once per record.
    let codeHashes: BlockingCodes
    /// The token, uppercase ASCII.
    public let text: String
    /// Double Metaphone keys.
    public let phonetic: PhoneticKeys
    /// How common the word is as a whole value of its role's term-frequency table (0 without a table):
    /// the frequency an agreement on this word alone is adjusted by, such as KHAN of PATEL-KHAN.
    public let frequency: Double

    public init(
        text: String,
        phonetic: PhoneticKeys,
        groups: [UInt32],
        otherRoleGroups: [UInt32] = [],
        isMuhammadForm: Bool = false,
        standsInForFamilyName: Bool = false,
        frequency: Double = 0
    ) {
        self.text = text
        self.frequency = frequency
        self.isMuhammadForm = isMuhammadForm
        self.standsInForFamilyName = standsInForFamilyName
        self.bytes = Array(text.utf8)
        self.phonetic = phonetic
        self.groups = groups.sorted()
        self.otherRoleGroups = otherRoleGroups.sorted()
        let primary = phonetic.primary.isEmpty ? text : phonetic.primary
        let alternate = phonetic.alternate.isEmpty || phonetic.alternate == phonetic.primary ? nil : phonetic.alternate
        codeHashes = BlockingCodes(first: BlockingKey.hash(primary), second: alternate.map(BlockingKey.hash))
        textHash = BlockingKey.hash(text)
        primaryHash = Self.keyHash(phonetic.primary)
        alternateHash = Self.keyHash(phonetic.alternate)
        letters = LetterCounts(bytes)
        groupMask = Self.mask(self.groups)
        otherRoleGroupMask = Self.mask(self.otherRoleGroups)
        length = Int32(truncatingIfNeeded: bytes.count)
        head = bytes.prefix(4).enumerated().reduce(UInt32(0)) { $0 | UInt32($1.element) << UInt32(8 * $1.offset) }
    }

    private static func mask(_ groups: [UInt32]) -> UInt64 {
        groups.reduce(UInt64(0)) { $0 | 1 << UInt64($1 % 64) }
    }

    /// The token's first byte; 0 for an empty token.
    var firstByte: UInt8 { UInt8(truncatingIfNeeded: head) }

    /// Whether the two tokens' Jaro-Winkler similarity reaches `threshold` (as `JaroWinkler.reaches` on
    /// their bytes), with the letters they share bounded from the counts each token keeps.
    /// Most pairs of names are ruled out by the bounds alone, read from the two tokens' lengths, heads and
    /// letters, without their bytes.
    @inline(__always)
    func reaches(_ threshold: Double, _ other: NameToken) -> Bool {
        let lengths = (Int(length), Int(other.length))
        let differing = head ^ other.head
        let prefix = min(differing.trailingZeroBitCount / 8, 4, lengths.0, lengths.1)
        let shared = letters.sharedAtMost(other.letters)
        guard JaroWinkler.boundsAllow(threshold, lengths: lengths, prefix: prefix, sharedAtMost: shared) else {
            return false
        }
        // The bounds only rule pairs out; past them the similarity itself decides, as in `reaches`.
        return bytes.withUnsafeBufferPointer { mine in
            other.bytes.withUnsafeBufferPointer { theirs in JaroWinkler.similarity(mine, theirs) >= threshold }
        }
    }

    private static func keyHash(_ key: String) -> UInt64 {
        guard !key.isEmpty else { return 0 }
        let hash = BlockingKey.hash(key)
        return hash == 0 ? 1 : hash
    }

    /// Whether the two tokens are the same word (the comparators ask this for every candidate).
    @inline(__always)
    func hasSameText(as other: NameToken) -> Bool {
        textHash == other.textHash && text == other.text
    }

    public static func == (lhs: NameToken, rhs: NameToken) -> Bool {
        lhs.text == rhs.text && lhs.groups == rhs.groups
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(text)
    }

    /// Whether the two tokens, both of one role, share a curated variant group.
    public func isVariant(of other: NameToken) -> Bool {
        groupMask & other.groupMask != 0 && Self.shareAny(groups, other.groups)
    }

    /// Whether this token and one of the other role (a forename and a surname) are variants in either
    /// role's table: the forename read as a surname, or the surname read as a forename.
    public func isVariant(ofOtherRole other: NameToken) -> Bool {
        (otherRoleGroupMask & other.groupMask != 0 && Self.shareAny(otherRoleGroups, other.groups))
            || (groupMask & other.otherRoleGroupMask != 0 && Self.shareAny(groups, other.otherRoleGroups))
    }

    /// Whether two sorted id lists share an id.
    private static func shareAny(_ left: [UInt32], _ right: [UInt32]) -> Bool {
        var i = 0
        var j = 0
        while i < left.count && j < right.count {
            if left[i] == right[j] { return true }
            if left[i] < right[j] { i += 1 } else { j += 1 }
        }
        return false
    }

    /// Whether the two tokens sound alike: any Double Metaphone key in common.
    public func soundsLike(_ other: NameToken) -> Bool {
        // An empty key hashes to 0 and a present one never does, so comparing hashes first gives the
        // same answer as comparing the keys; a string is compared only to confirm agreeing hashes.
        guard primaryHash != 0, other.primaryHash != 0 else { return false }
        if primaryHash == other.primaryHash && phonetic.primary == other.phonetic.primary { return true }
        if primaryHash == other.alternateHash && phonetic.primary == other.phonetic.alternate { return true }
        if alternateHash == other.primaryHash && phonetic.alternate == other.phonetic.primary { return true }
        return alternateHash != 0 && alternateHash == other.alternateHash
            && phonetic.alternate == other.phonetic.alternate
    }
}

import Foundation

/// Address features of a street's words in a town, parsed once and reused for every house on the street.
///
/// Keyed by the folded words of a ``HouseNumberedLine`` and the normalised town, since the town field
/// can change how the words split into street and locality. The key borrows the folded line's bytes (no
/// copy), is hashed once with FNV-1a, and compared byte for byte. Like the extractor's other caches it
/// starts afresh when full, and words longer than ``longestWords`` bytes are parsed every time rather
/// than kept, so memory stays bounded on any extract.
struct StreetWordsCache: Sendable {
    private struct Key: Hashable, Sendable {
        var words: ArraySlice<UInt8>
        var town: String?
        var wordsHash: UInt64

        init(words: ArraySlice<UInt8>, town: String?) {
            self.words = words
            self.town = town
            wordsHash = BlockingKey.hash(bytes: words)
        }

        func hash(into hasher: inout Hasher) { hasher.combine(wordsHash) }

        static func == (left: Key, right: Key) -> Bool {
            guard left.wordsHash == right.wordsHash, left.words.count == right.words.count, left.town == right.town
            else { return false }
            return left.words.withUnsafeBytes { leftBytes in
                right.words.withUnsafeBytes { rightBytes in
                    leftBytes.isEmpty || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0
                }
            }
        }
    }

    private var entries: [Key: AddressFeatures] = [:]
    /// How many streets are kept before the cache starts afresh.
    let limit: Int
    /// The longest street words kept, in bytes: real streets are far shorter, and a field can be a megabyte.
    static var longestWords: Int { 128 }

    init(limit: Int) {
        self.limit = limit
    }

    /// The features of `words` in `town`, from the cache or from `parse` (then kept).
    mutating func features(
        words: ArraySlice<UInt8>,
        town: String?,
        parse: () -> AddressFeatures
    ) -> AddressFeatures {
        guard words.count <= Self.longestWords else { return parse() }
        let key = Key(words: words, town: town)
        if let known = entries[key] { return known }
        let features = parse()
        if entries.count >= limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = features
        return features
    }
}

/// Address features of a street's words in a town, parsed once and reused for every house on the street.
///
/// Keyed by the folded words of a ``HouseNumberedLine`` and the normalised town, since the town field
/// can change how the words split into street and locality. The words are the key of a
/// ``TextKeyedCache`` whose hash has the town's mixed in, and an entry keeps its town, so the same words in
/// another town are another entry. Like the extractor's other caches it starts afresh when full, and
/// words longer than ``longestWords`` bytes are parsed every time rather than kept, so memory stays
/// bounded on any extract.
struct StreetWordsCache: Sendable {
    private struct Entry: Sendable {
        var town: String?
        var features: AddressFeatures
    }

    private var entries: TextKeyedCache<Entry>
    /// The longest street words kept, in bytes: real streets are far shorter, and a field can be a megabyte.
    static var longestWords: Int { TextKeyedCache<Entry>.longestKey }

    init(limit: Int) {
        entries = TextKeyedCache(limit: limit)
    }

    /// How many streets the cache holds.
    var count: Int { entries.count }

    /// The features of `words` in `town`, from the cache or from `parse` (then kept).
    mutating func features(
        words: ArraySlice<UInt8>,
        town: String?,
        parse: () -> AddressFeatures
    ) -> AddressFeatures {
        words.withUnsafeBufferPointer { words in
            let hash = BlockingKey.hash(bytes: words) ^ (town.map(BlockingKey.hash) ?? 0)
            if let entry = entries.value(forBytes: words, hash: hash), entry.town == town { return entry.features }
            let features = parse()
            entries.insert(Entry(town: town, features: features), forBytes: words, hash: hash)
            return features
        }
    }
}

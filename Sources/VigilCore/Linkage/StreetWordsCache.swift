/// The place (house name, street and town) that a street's words in a town parse to, parsed once and
/// reused for every house on the street.
///
/// Keyed by the folded words of a ``HouseNumberedLine`` and the normalised town, since the town field
/// can change how the words split into street and locality. The words are the key of a
/// ``TextKeyedCache`` whose hash has the town's mixed in, and an entry keeps its town, so the same words in
/// another town are another entry. Like the extractor's other caches it starts afresh when full, and
/// words longer than ``TextKeyedCache/longestKey`` bytes are parsed every time rather than kept, so memory stays
/// bounded on any extract.
struct StreetWordsCache: Sendable {
    private struct Entry: Sendable {
        var town: String?
        var place: AddressPlace
    }

    private var entries: TextKeyedCache<Entry>

    init(limit: Int) {
        entries = TextKeyedCache(limit: limit)
    }

    /// How many streets the cache holds.
    var count: Int { entries.count }

    /// The place of `words` in `town`, from the cache or from `parse` (then kept). Only the place is kept:
    /// a cached place costs one reference count to hand out, where whole address features cost one per
    /// field.
    mutating func place(
        words: UnsafeBufferPointer<UInt8>,
        town: String?,
        parse: () -> AddressPlace
    ) -> AddressPlace {
        let hash = BlockingKey.hash(bytes: words) ^ (town.map(BlockingKey.hash) ?? 0)
        if let entry = entries.value(forBytes: words, hash: hash), entry.town == town { return entry.place }
        let place = parse()
        entries.insert(Entry(town: town, place: place), forBytes: words, hash: hash)
        return place
    }
}

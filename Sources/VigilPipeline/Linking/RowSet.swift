/// A set of store row ids as a bitmap: 5,000,000 rows in about 600 KB.
struct RowSet: Sendable {
    private var words: [UInt64] = []

    mutating func insert(_ row: Int64) {
        guard row >= 0 else { return }
        let word = Int(row >> 6)
        if word >= words.count { words += Array(repeating: 0, count: word - words.count + 1 + words.count / 2) }
        words[word] |= 1 << UInt64(row & 63)
    }

    /// Adds every row of `other`.
    mutating func formUnion(_ other: RowSet) {
        if other.words.count > words.count {
            words += Array(repeating: 0, count: other.words.count - words.count)
        }
        for (index, word) in other.words.enumerated() { words[index] |= word }
    }

    func contains(_ row: Int64) -> Bool {
        guard row >= 0 else { return false }
        let word = Int(row >> 6)
        return word < words.count && words[word] & (1 << UInt64(row & 63)) != 0
    }
}

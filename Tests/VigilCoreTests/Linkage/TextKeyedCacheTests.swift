import Testing

@testable import VigilCore

@Suite struct TextKeyedCacheTests {
    @Test("every value kept is found again, through growth, for equal text built anew")
    func keepsAndFinds() {
        var cache = TextKeyedCache<Int>(limit: 10_000)
        for number in 0..<5_000 { cache.insert(number, for: "NAME \(number)") }
        #expect(cache.count == 5_000)
        var found = 0
        for number in 0..<5_000 where cache.value(for: String("NAME \(number)".reversed().reversed())) == number {
            found += 1
        }
        #expect(found == 5_000)
        #expect(cache.value(for: "NAME 5000") == nil)
        #expect(cache.value(for: "") == nil)
        cache.insert(-1, for: "")
        #expect(cache.value(for: "") == -1)
    }

    @Test("a text longer than the longest key is never kept, so a huge field cannot fill memory")
    func longTextsAreNotKept() {
        var cache = TextKeyedCache<Int>(limit: 10)
        let long = String(repeating: "A", count: TextKeyedCache<Int>.longestKey + 1)
        let longest = String(repeating: "B", count: TextKeyedCache<Int>.longestKey)
        cache.insert(1, for: long)
        cache.insert(2, for: longest)
        #expect(cache.value(for: long) == nil)
        #expect(cache.value(for: longest) == 2)
        #expect(cache.count == 1)
    }

    @Test("a full cache starts afresh and then keeps new values")
    func startsAfreshWhenFull() {
        var cache = TextKeyedCache<String>(limit: 100)
        for number in 0..<100 { cache.insert("v\(number)", for: ("k\(number)")) }
        #expect(cache.count == 100)
        cache.insert("new", for: "fresh")
        #expect(cache.count == 1)
        #expect(cache.value(for: "fresh") == "new")
        #expect(cache.value(for: "k0") == nil)
    }

    @Test("a text looked up as bytes finds what was kept under the same text as a string, and the reverse")
    func bytesAndStringsAreOneKey() {
        var cache = TextKeyedCache<Int>(limit: 100)
        cache.insert(1, for: "MEADOW ROAD")
        let bytes = Array("MEADOW ROAD".utf8)
        let found = bytes.withUnsafeBufferPointer { cache.value(forBytes: $0, hash: BlockingKey.hash(bytes: $0)) }
        #expect(found == 1)
        Array("ZOË".utf8).withUnsafeBufferPointer { cache.insert(2, forBytes: $0, hash: BlockingKey.hash(bytes: $0)) }
        #expect(cache.value(for: "ZOË") == 2)
        #expect(cache.value(for: "ZOE") == nil)
        let prefix = Array("MEADOW".utf8)
        let partial = prefix.withUnsafeBufferPointer { cache.value(forBytes: $0, hash: BlockingKey.hash(bytes: $0)) }
        #expect(partial == nil)
    }

    @Test("texts given one hash, or hashes sharing their high half, are still told apart by their bytes")
    func sharedHashesAreToldApart() {
        var cache = TextKeyedCache<Int>(limit: 1_000)
        func insert(_ value: Int, _ text: String, hash: UInt64) {
            Array(text.utf8).withUnsafeBufferPointer { cache.insert(value, forBytes: $0, hash: hash) }
        }
        func find(_ text: String, hash: UInt64) -> Int? {
            Array(text.utf8).withUnsafeBufferPointer { cache.value(forBytes: $0, hash: hash) }
        }
        // One hash for three texts, and a fourth whose hash differs only in its low half.
        insert(1, "SMITH", hash: 0xABCD_0123_0000_0001)
        insert(2, "SMYTH", hash: 0xABCD_0123_0000_0001)
        insert(3, "SMITHS", hash: 0xABCD_0123_0000_0001)
        insert(4, "JONES", hash: 0xABCD_0123_0000_0002)
        // Enough others to make the slots grow and the four be placed again.
        for number in 0..<600 { insert(100 + number, "OTHER \(number)", hash: UInt64(number) &* 0x9E37_79B9_7F4A_7C15) }
        #expect(find("SMITH", hash: 0xABCD_0123_0000_0001) == 1)
        #expect(find("SMYTH", hash: 0xABCD_0123_0000_0001) == 2)
        #expect(find("SMITHS", hash: 0xABCD_0123_0000_0001) == 3)
        #expect(find("JONES", hash: 0xABCD_0123_0000_0002) == 4)
        #expect(find("JONES", hash: 0xABCD_0123_0000_0001) == nil)
        #expect(find("SMIT", hash: 0xABCD_0123_0000_0001) == nil)
        #expect(find("OTHER 599", hash: 599 &* 0x9E37_79B9_7F4A_7C15) == 699)
    }

}

extension TextKeyedCache {
    /// The value kept for a text given as a string (the extractor looks texts up by their bytes).
    fileprivate func value(for text: String) -> Value? {
        var text = text
        return text.withUTF8 { value(forBytes: $0, hash: BlockingKey.hash(bytes: $0)) }
    }

    /// Keeps a value for a text given as a string.
    fileprivate mutating func insert(_ value: Value, for text: String) {
        var text = text
        text.withUTF8 { insert(value, forBytes: $0, hash: BlockingKey.hash(bytes: $0)) }
    }
}

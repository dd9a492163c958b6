import Testing

@testable import VigilCore

@Suite struct TextKeyedCacheTests {
    @Test("every value kept is found again, through growth, for equal text built anew")
    func keepsAndFinds() {
        var cache = TextKeyedCache<Int>(limit: 10_000)
        for number in 0..<5_000 { cache.insert(number, for: .init("NAME \(number)")) }
        #expect(cache.count == 5_000)
        var found = 0
        for number in 0..<5_000 where cache.value(for: .init(String("NAME \(number)".reversed().reversed()))) == number
        {
            found += 1
        }
        #expect(found == 5_000)
        #expect(cache.value(for: .init("NAME 5000")) == nil)
        #expect(cache.value(for: .init("")) == nil)
        cache.insert(-1, for: .init(""))
        #expect(cache.value(for: .init("")) == -1)
    }

    @Test("a text longer than the longest key is never kept, so a huge field cannot fill memory")
    func longTextsAreNotKept() {
        var cache = TextKeyedCache<Int>(limit: 10)
        let long = String(repeating: "A", count: TextKeyedCache<Int>.longestKey + 1)
        let longest = String(repeating: "B", count: TextKeyedCache<Int>.longestKey)
        cache.insert(1, for: .init(long))
        cache.insert(2, for: .init(longest))
        #expect(cache.value(for: .init(long)) == nil)
        #expect(cache.value(for: .init(longest)) == 2)
        #expect(cache.count == 1)
    }

    @Test("a full cache starts afresh and then keeps new values")
    func startsAfreshWhenFull() {
        var cache = TextKeyedCache<String>(limit: 100)
        for number in 0..<100 { cache.insert("v\(number)", for: .init("k\(number)")) }
        #expect(cache.count == 100)
        cache.insert("new", for: .init("fresh"))
        #expect(cache.count == 1)
        #expect(cache.value(for: .init("fresh")) == "new")
        #expect(cache.value(for: .init("k0")) == nil)
    }

    @Test("a text looked up as bytes finds what was kept under the same text as a string, and the reverse")
    func bytesAndStringsAreOneKey() {
        var cache = TextKeyedCache<Int>(limit: 100)
        cache.insert(1, for: .init("MEADOW ROAD"))
        let bytes = Array("MEADOW ROAD".utf8)
        let found = bytes.withUnsafeBufferPointer { cache.value(forBytes: $0, hash: BlockingKey.hash(bytes: $0)) }
        #expect(found == 1)
        Array("ZOË".utf8).withUnsafeBufferPointer { cache.insert(2, forBytes: $0, hash: BlockingKey.hash(bytes: $0)) }
        #expect(cache.value(for: .init("ZOË")) == 2)
        #expect(cache.value(for: .init("ZOE")) == nil)
        let prefix = Array("MEADOW".utf8)
        let partial = prefix.withUnsafeBufferPointer { cache.value(forBytes: $0, hash: BlockingKey.hash(bytes: $0)) }
        #expect(partial == nil)
    }
}

import Testing

@testable import VigilIngest

@Suite struct ByteAccumulatorTests {
    @Test("bytes appended past the starting capacity are all kept, in order")
    func growsAndKeepsOrder() {
        var buffer = ByteAccumulator(capacity: 4)
        let first: [UInt8] = Array("NAVJOT,".utf8)
        let second: [UInt8] = Array("KAUR,B11 1AA".utf8)
        first.withUnsafeBufferPointer { buffer.append($0.baseAddress!, count: $0.count) }
        second.withUnsafeBufferPointer { buffer.append($0.baseAddress!, count: $0.count) }
        #expect(buffer.count == first.count + second.count)
        #expect(buffer.array() == first + second)
        #expect(buffer.withBytes { $0.count } == first.count + second.count)
    }

    @Test("a cut drops the bytes after it, and the buffer is filled again from there")
    func cutAndRefill() {
        var buffer = ByteAccumulator(capacity: 8)
        let row: [UInt8] = Array("E1001,SMITH".utf8)
        row.withUnsafeBufferPointer { buffer.append($0.baseAddress!, count: $0.count) }
        buffer.removeAll(from: 5)
        #expect(buffer.array() == Array("E1001".utf8))
        let rest: [UInt8] = Array(",JONES".utf8)
        rest.withUnsafeBufferPointer { buffer.append($0.baseAddress!, count: $0.count) }
        #expect(buffer.array() == Array("E1001,JONES".utf8))
        buffer.removeAll()
        #expect(buffer.count == 0)
        #expect(buffer.array().isEmpty)
    }
}

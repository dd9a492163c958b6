import Testing

@testable import VigilIngest

@Suite struct NonASCIICheckTests {
    @Test("a byte outside ASCII, or a zero byte, is found wherever it is: in an eight-byte block or in the tail")
    func findsEveryPosition() {
        let plain = [UInt8](repeating: UInt8(ascii: "A"), count: 21)
        #expect(!plain.withUnsafeBufferPointer { CSVReader.hasNonASCIIOrNUL($0) })
        #expect(![UInt8]().withUnsafeBufferPointer { CSVReader.hasNonASCIIOrNUL($0) })
        for position in plain.indices {
            var bytes = plain
            bytes[position] = 0xC3
            #expect(bytes.withUnsafeBufferPointer { CSVReader.hasNonASCIIOrNUL($0) }, "byte \(position)")
            bytes[position] = 0
            #expect(bytes.withUnsafeBufferPointer { CSVReader.hasNonASCIIOrNUL($0) }, "zero byte \(position)")
        }
    }
}

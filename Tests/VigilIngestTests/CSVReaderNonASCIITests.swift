import Testing

@testable import VigilIngest

@Suite struct NonASCIICheckTests {
    @Test("a byte outside ASCII is found wherever it is: in an eight-byte block or in the tail")
    func findsEveryPosition() {
        let plain = [UInt8](repeating: UInt8(ascii: "A"), count: 21)
        #expect(!plain.withUnsafeBufferPointer { CSVReader.hasNonASCII($0) })
        #expect(![UInt8]().withUnsafeBufferPointer { CSVReader.hasNonASCII($0) })
        for position in plain.indices {
            var bytes = plain
            bytes[position] = 0xC3
            #expect(bytes.withUnsafeBufferPointer { CSVReader.hasNonASCII($0) }, "byte \(position)")
        }
    }
}

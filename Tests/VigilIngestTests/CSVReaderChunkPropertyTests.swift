import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// Random CSV text built from the pieces that make a reader's life hard: quotes, doubled quotes, line
/// breaks of every kind inside and outside quotes, commas, blank lines, a byte-order mark, non-ASCII
/// and invalid UTF-8, long runs, unclosed quotes, stray quotes and end-of-file marks.
private func messyCSV(_ generator: inout SplitMix64) -> [UInt8] {
    let pieces: [[UInt8]] = [
        Array("a".utf8), Array("Smith".utf8), Array("12 High St".utf8), [0x2C], [0x2C], [0x22], [0x22, 0x22],
        [0x0A], [0x0D, 0x0A], [0x0D], [0x20], [0xC3, 0xA9], [0xFF], [UInt8](repeating: 0x78, count: 40),
        Array("\"q,u\no\"".utf8), [0x0A, 0x0A], Array("O\"Neil".utf8), Array("\"s,t\nu,v\"w".utf8), [0x1A],
    ]
    func pick(_ count: Int) -> Int { Int(generator.next() % UInt64(count)) }
    var text: [UInt8] = pick(5) == 0 ? [0xEF, 0xBB, 0xBF] : []
    let columns = 1 + pick(4)
    text += Array((0..<columns).map { "c\($0)" }.joined(separator: ",").utf8) + (pick(2) == 0 ? [0x0A] : [0x0D, 0x0A])
    for _ in 0..<pick(30) {
        for _ in 0..<(1 + pick(10)) { text += pieces[pick(pieces.count)] }
    }
    return text
}

@Suite struct CSVReaderChunkPropertyTests {
    @Test(
        "on messy input, every chunk and batch size, and reading again from the file, give one big read's rows and skipped lines"
    )
    func chunkSizeNeverMatters() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var generator = SplitMix64(seed: 2026)
        var rowsSeen = 0
        var rejectsSeen = 0
        var skippedSeen = 0
        for example in 0..<150 {
            let path = try dir.write("messy\(example).csv", bytes: messyCSV(&generator))
            for fieldLimit in [CSVReader.defaultFieldLimit, 12] {
                let big = try readAll(path, fieldLimit: fieldLimit, maxRows: 10_000)
                rowsSeen += big.rows.count
                rejectsSeen += big.rejects.count
                skippedSeen += big.skipped[0]
                for (chunkSize, maxRows) in [(16, 1), (17, 3), (23, 2), (64, 5)] {
                    let small = try readAll(path, fieldLimit: fieldLimit, chunkSize: chunkSize, maxRows: maxRows)
                    #expect(small.rows == big.rows, "example \(example), chunk \(chunkSize)")
                    #expect(small.lines == big.lines, "example \(example), chunk \(chunkSize)")
                    #expect(small.rejects == big.rejects, "example \(example), chunk \(chunkSize)")
                    #expect(small.skipped == big.skipped, "example \(example), chunk \(chunkSize)")
                    // Lines a stray quote ran over past the limit are read again from the file, just as from
                    // memory under it.
                    let again = try readAll(
                        path,
                        fieldLimit: fieldLimit,
                        chunkSize: chunkSize,
                        maxRows: maxRows,
                        rereadLimit: 4
                    )
                    #expect(again.rows == big.rows, "example \(example), chunk \(chunkSize), reread from the file")
                    #expect(again.lines == big.lines, "example \(example), chunk \(chunkSize), reread from the file")
                    #expect(
                        again.rejects == big.rejects,
                        "example \(example), chunk \(chunkSize), reread from the file"
                    )
                    #expect(
                        again.skipped == big.skipped,
                        "example \(example), chunk \(chunkSize), reread from the file"
                    )
                }
            }
        }
        #expect(rowsSeen > 100 && rejectsSeen > 100, "the examples hold both rows and rejects")
        #expect(skippedSeen > 100, "the examples hold empty and blank lines")
    }
}

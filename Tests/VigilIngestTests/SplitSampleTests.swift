import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// A sample's file read in two parts, one on each core (`SampleSplitting`, `CSVReader+Split.swift`).
@Suite struct SplitSampleTests {
    private static let header =
        "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"

    @Test("read in two parts, a sample with room for every row is exactly what streaming reads, wherever the split")
    func wholeSampleInParts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var generator = SplitMix64(seed: 41)
        var readInParts = 0
        for example in 0..<3 {
            let path = try dir.write("messy\(example).csv", messyRecords(rows: 30_000, &generator))
            let streamed = try streamedPersonRecords(path)
            for fraction in [0.4, 0.5, 0.63, 0.8] {
                var sampling = try ExtractReader<PersonRecord>(path: path)
                var csvRejects: [RejectedRow] = []
                let sample = try sampling.sample(
                    limit: .max,
                    seed: 9,
                    splitting: SampleSplitting(fraction: fraction, minimumBytes: 0),
                    rejected: { csvRejects += $0 }
                )
                let label = "example \(example) split at \(fraction)"
                #expect(sample.records == streamed.records, "\(label)")
                // CSV-level rejects come in file order, the second part's after the first's.
                #expect(csvRejects.map(\.line) == csvRejects.map(\.line).sorted(), "\(label)")
                let rejects = (csvRejects + sample.rejects).sorted { $0.line < $1.line }
                #expect(rejects.map(\.line) == streamed.rejects.map(\.line), "\(label)")
                #expect(rejects.map(\.reason) == streamed.rejects.map(\.reason), "\(label)")
                #expect(sampling.summary.rowsRead == 30_000, "\(label)")
                #expect(sampling.summary.rowsRejected == streamed.rejects.count, "\(label)")
                if sampling.sampleReadInParts { readInParts += 1 }
            }
        }
        // A split falling inside a quoted field is read in one part; most of these fall between rows.
        #expect(readInParts >= 6)
    }

    @Test("a split falling inside a quoted field, or a quote never closed, is read again in one part")
    func splitInsideAField() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let header = Self.header
        func row(_ number: Int, address: String = "1 High St") -> String {
            "R\(number),crime,C\(number),2024-01-01,victim,Ann,Lee,1990-01-01,\(address),Dudley,DY1 1AA\n"
        }
        // Half the file is one quoted address of many lines: any split near the middle falls inside it.
        let longAddress = "\"" + String(repeating: "Flat 2\n", count: 400_000) + "1 High St\""
        var text = header
        for number in 1...5_000 { text += row(number) }
        text += row(5_001, address: longAddress)
        for number in 5_002...10_000 { text += row(number) }
        let quoted = try dir.write("quoted.csv", text)
        // A quote never closed near the end: the second part would name lines counted from the split.
        var unclosed = header
        for number in 1...40_000 { unclosed += row(number) }
        unclosed += "R40001,crime,C40001,2024-01-01,victim,\"Ann,Lee,1990-01-01,x,y,z\n"
        for number in 40_002...40_010 { unclosed += row(number) }
        let open = try dir.write("unclosed.csv", unclosed)
        for path in [quoted, open] {
            let streamed = try streamedPersonRecords(path)
            var sampling = try ExtractReader<PersonRecord>(path: path)
            var csvRejects: [RejectedRow] = []
            let sample = try sampling.sample(
                limit: .max,
                seed: 3,
                splitting: SampleSplitting(fraction: 0.5, minimumBytes: 0),
                rejected: { csvRejects += $0 }
            )
            let readInParts = sampling.sampleReadInParts
            #expect(!readInParts, "\(path)")
            #expect(sample.records == streamed.records, "\(path)")
            #expect((csvRejects + sample.rejects).map(\.reason) == streamed.rejects.map(\.reason), "\(path)")
        }
    }

    private struct RejectsUnwritable: Error {}

    @Test("when writing rejects fails, a split sample stops both readers and says why")
    func failureStopsBothParts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var generator = SplitMix64(seed: 43)
        let path = try dir.write("messy.csv", messyRecords(rows: 30_000, &generator))
        var sampling = try ExtractReader<PersonRecord>(path: path)
        #expect(throws: RejectsUnwritable.self) {
            _ = try sampling.sample(
                limit: 1_000,
                seed: 1,
                splitting: SampleSplitting(fraction: 0.5, minimumBytes: 0),
                rejected: { rejects in if !rejects.isEmpty { throw RejectsUnwritable() } }
            )
        }
    }

    @Test("a smaller sample of a file read in two parts is repeatable, in file order, and drawn from both parts")
    func partialSampleInParts() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var text = Self.header
        let rows = 40_000
        for number in 1...rows {
            text += "R\(number),crime,C\(number),2024-01-01,victim,Ann,Lee,1990-01-01,"
            text += "\(number) High St,Dudley,DY1 1AA\n"
        }
        let path = try dir.write("clean.csv", text)
        func draw(seed: UInt64) throws -> [Int] {
            var reader = try ExtractReader<PersonRecord>(path: path)
            let sample = try reader.sample(
                limit: 8_000,
                seed: seed,
                splitting: SampleSplitting(fraction: 0.5, minimumBytes: 0),
                rejected: { _ in }
            )
            let readInParts = reader.sampleReadInParts
            #expect(readInParts)
            #expect(reader.summary.rowsSampled == 8_000 && reader.summary.rowsRead == rows)
            return sample.records.map { Int($0.eventID.dropFirst())! }
        }
        let numbers = try draw(seed: 5)
        #expect(numbers.count == 8_000)
        #expect(numbers == numbers.sorted() && Set(numbers).count == numbers.count, "in file order, each row once")
        #expect(try draw(seed: 5) == numbers, "the same seed gives the same sample")
        #expect(try draw(seed: 6) != numbers)
        // Each part gives its share: the split is at about row 20,000, so about 4,000 rows come from each.
        let first = numbers.filter { $0 <= rows / 2 }.count
        #expect((3_700...4_300).contains(first), "\(first) rows from the first half")
        // Within a part the rows are spread evenly too: about a tenth of each part's rows in each tenth.
        for tenth in 0..<10 {
            let range = (tenth * rows / 10 + 1)...((tenth + 1) * rows / 10)
            let count = numbers.filter { range.contains($0) }.count
            #expect((650...950).contains(count), "\(count) rows in tenth \(tenth)")
        }
    }
}

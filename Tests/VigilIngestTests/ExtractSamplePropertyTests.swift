import Foundation
import Testing
import VigilCore

@testable import VigilIngest

@Suite struct ExtractSamplePropertyTests {
    @Test("on messy extracts a sample with room for every row is exactly what streaming reads")
    func wholeSampleIsTheStream() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var generator = SplitMix64(seed: 30)
        for example in 0..<6 {
            let rows = [40, 500, 2_000, 12_500, 25_000, 31_000][example]
            let path = try dir.write("messy\(example).csv", messyRecords(rows: rows, &generator))
            let (streamed, streamedRejects, streamedSummary) = try streamedPersonRecords(path)
            var sampling = try ExtractReader<PersonRecord>(path: path)
            var csvRejects: [RejectedRow] = []
            let sample = try sampling.sample(limit: .max, seed: 9, rejected: { csvRejects += $0 })
            #expect(sample.records == streamed, "example \(example)")
            let sampledRejects = (csvRejects + sample.rejects).sorted { $0.line < $1.line }
            #expect(sampledRejects.map(\.line) == streamedRejects.map(\.line), "example \(example)")
            #expect(sampledRejects.map(\.kind) == streamedRejects.map(\.kind), "example \(example)")
            #expect(streamedSummary.rowsRead == streamedSummary.rowsAccepted + streamedSummary.rowsRejected)
            #expect(sampling.summary.rowsRead == streamedSummary.rowsRead)
            #expect(sampling.summary.rowsAccepted == streamedSummary.rowsAccepted)
            #expect(!streamedRejects.isEmpty && streamed.count > rows / 2)

            // A smaller sample holds rows in file order, each a record or a reject, as many as it has
            // room for. (Ids are checked among the sampled rows, so a repeated id whose first row was not
            // sampled is accepted there: rows are told apart by their event id, unique to each row.)
            var small = try ExtractReader<PersonRecord>(path: path)
            let part = try small.sample(limit: rows / 3, seed: UInt64(example), rejected: { _ in })
            let rowNumbers = part.records.map { Int($0.eventID.dropFirst())! }
            #expect(rowNumbers == rowNumbers.sorted() && Set(rowNumbers).count == rowNumbers.count, "in file order")
            #expect(small.summary.rowsSampled == rows / 3)
            #expect(part.records.count + part.rejects.count == rows / 3)
        }
    }
}

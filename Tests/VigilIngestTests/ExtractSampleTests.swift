import Foundation
import Testing
import VigilCore

@testable import VigilIngest

private let recordsHeader =
    "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"

/// A person-record extract of `count` valid rows, ids R1...Rn.
private func records(_ count: Int) -> String {
    var text = recordsHeader
    for number in 1...count {
        text += "R\(number),crime,C\(number),2024-01-02,victim,Ann,Lee,1984-03-07,1 High St,Dudley,DY1 1AA\n"
    }
    return text
}

/// The physical lines a plain reservoir sample picks, drawing from the same generator: row `i` (from 1)
/// replaces slot `next() % i` when that slot is inside the sample.
private func referenceLines(rows: Int, limit: Int, seed: UInt64) -> Set<Int> {
    var generator = SplitMix64(seed: seed ^ 0x5EED)
    var slots: [Int] = []
    for row in 1...rows {
        let line = row + 1
        if slots.count < limit {
            slots.append(line)
        } else {
            let slot = Int(generator.next() % UInt64(row))
            if slot < limit { slots[slot] = line }
        }
    }
    return Set(slots)
}

@Suite struct ExtractSampleTests {
    @Test("an extract no longer than the limit is sampled whole, in file order, with every row checked")
    func wholeFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write(
            "records.csv",
            recordsHeader + "R1,crime,C1,2024-01-02,victim,Ann,Lee,1984-03-07,1 High St,Dudley,DY1 1AA\n"
                + "R2,crime,C2,2024-13-45,victim,Bob,Lee,,,,\n" + "R3,crime,C3,2024-01-02,victim,Cy,Lee,,,,\n"
                + "R1,crime,C4,2024-01-02,victim,Di,Lee,,,,\n" + "R5,crime,C5\n"
                + "R6,crime,C6,2024-01-02,witness,Ed,Lee,,,,\n"
        )
        var reader = try ExtractReader<PersonRecord>(path: path)
        var streamed: [RejectedRow] = []
        let sample = try reader.sample(limit: 100, seed: 7, rejected: { streamed += $0 })
        #expect(sample.records.map(\.recordID) == ["R1", "R3", "R6"])
        #expect(sample.rejects.map(\.line) == [3, 5])
        #expect(sample.rejects.map(\.kind) == [.invalidDate, .duplicateID])
        #expect(sample.rejects[1].reason.contains("duplicate record_id 'R1'"))
        #expect(streamed.map(\.line) == [6], "the short row is a CSV-level reject, passed on as read")
        #expect(streamed.map(\.kind) == [.wrongFieldCount])
        #expect(sample.rowsSeen == 6)
        #expect(reader.summary.rowsRead == 6)
        #expect(reader.summary.rowsSampled == 5)
        #expect(reader.summary.rowsAccepted == 3)
        #expect(reader.summary.rowsRejected == 3)
        #expect(reader.summary.description.contains("6 read, 5 sampled, 3 accepted, 3 rejected"))
    }

    @Test("a sample of a longer extract holds exactly the rows a plain reservoir sample would pick")
    func matchesReservoirSampling() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("records.csv", records(30_000))
        for seed: UInt64 in [1, 99] {
            var reader = try ExtractReader<PersonRecord>(path: path)
            let sample = try reader.sample(limit: 500, seed: seed, rejected: { _ in })
            #expect(sample.records.count == 500)
            #expect(sample.rowsSeen == 30_000)
            let lines = Set(sample.records.map { Int($0.recordID.dropFirst())! + 1 })
            #expect(lines == referenceLines(rows: 30_000, limit: 500, seed: seed))
            let numbers = sample.records.map { Int($0.recordID.dropFirst())! }
            #expect(numbers == numbers.sorted(), "records come back in file order")
            #expect(numbers.contains { $0 > 20_000 } && numbers.contains { $0 <= 10_000 })
        }
    }

    @Test("the reservoir drops replaced rows' bytes once they outgrow the sample, and keeps the same rows")
    func compaction() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("records.csv", records(20_000))
        var csv = try CSVReader(path: path)
        var reservoir = RowReservoir(limit: 400, seed: 3, slack: 0)
        while let batch = try csv.nextBatch(maxRows: 1_000) {
            reservoir.offer(batch)
            #expect(reservoir.rowsHeld <= 400 + 200, "replaced rows are dropped once they pass half the sample")
        }
        let lines = Set(reservoir.rowsInFileOrder().map { $0.0.line(ofRow: $0.1) })
        #expect(lines == referenceLines(rows: 20_000, limit: 400, seed: 3))
        #expect(reservoir.compactions > 0)
    }

    @Test("batches mostly chosen are kept whole, and the reservoir still holds the same rows within its bound")
    func wholeBatches() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("records.csv", records(20_000))
        var csv = try CSVReader(path: path)
        // 3,000 of the first 6,000 or so rows are chosen batch after batch: those batches are kept whole.
        var reservoir = RowReservoir(limit: 3_000, seed: 11, slack: 0)
        var largest = 0
        while let batch = try csv.nextBatch(maxRows: 1_000) {
            reservoir.offer(batch)
            largest = max(largest, reservoir.rowsHeld)
            #expect(reservoir.rowsHeld <= 4_500, "never more than one and a half times the sample")
        }
        let rows = reservoir.rowsInFileOrder()
        #expect(rows.count == 3_000)
        let lines = rows.map { $0.0.line(ofRow: $0.1) }
        #expect(lines == lines.sorted(), "rows come back in file order")
        #expect(Set(lines) == referenceLines(rows: 20_000, limit: 3_000, seed: 11))
        #expect(rows.allSatisfy { $0.0.string(row: $0.1, column: 0) == "R\($0.0.line(ofRow: $0.1) - 1)" })
        #expect(reservoir.compactions > 0)
        #expect(largest > 3_000, "whole batches hold rows beyond the sample until they are compacted")
    }

    @Test("a sample limit as large as Int.max keeps every row and does not overflow")
    func hugeLimit() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("records.csv", records(50))
        var reader = try ExtractReader<PersonRecord>(path: path)
        let sample = try reader.sample(limit: .max, seed: 5, rejected: { _ in })
        #expect(sample.records.map(\.recordID) == (1...50).map { "R\($0)" })
    }
}

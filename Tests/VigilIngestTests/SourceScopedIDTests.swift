import Foundation
import Testing
import VigilCore

@testable import VigilIngest

private let header =
    "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"

/// A person record is known by its source and its id together (the store's key): a combined export
/// numbers crime and intelligence records independently, so one id under two sources is two records.
@Suite struct SourceScopedIDTests {
    private static let rows =
        "1001,crime,CR-1,,,Ann,Lee,,,,\n1001,intelligence,INT-9,,,Bob,Ray,,,,\n"
        + "1001,Crime,CR-2,,,Cy,Oh,,,,\n1002,crime,CR-3,,,Di,Ng,,,,\n"

    @Test("one id under two sources is two records; under one source, whatever its case, it is a duplicate")
    func readerScopesIDsBySource() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var reader = try ExtractReader<PersonRecord>(path: try dir.write("rms.csv", header + Self.rows))
        var records: [PersonRecord] = []
        var rejects: [RejectedRow] = []
        while let batch = try reader.nextBatch(maxRows: 2) {
            records += batch.records
            rejects += batch.rejects
        }
        #expect(records.map(\.eventID) == ["CR-1", "INT-9", "CR-3"])
        #expect(records.map(\.source) == [.crime, .intelligence, .crime])
        let reject = try #require(rejects.first)
        #expect(rejects.count == 1 && reject.line == 4 && reject.kind == .duplicateID && reject.field == "record_id")
        #expect(reject.reason == "duplicate record_id '1001' for source crime (already seen in this file)")
    }

    @Test("a training sample judges duplicates by source and id, as the reader does")
    func sampleScopesIDsBySource() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var reader = try ExtractReader<PersonRecord>(path: try dir.write("rms.csv", header + Self.rows))
        let sample = try reader.sample(limit: 100, seed: 3, rejected: { _ in })
        #expect(sample.records.map(\.eventID) == ["CR-1", "INT-9", "CR-3"])
        #expect(
            sample.rejects.map(\.reason) == ["duplicate record_id '1001' for source crime (already seen in this file)"]
        )
    }

    @Test("with the source fixed by the mapping, a repeated id is a duplicate and its reject names no source")
    func fixedSource() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let mapping = try ColumnMapping.parse(yaml: "kind: person_records\nsource: custody\n", file: "m.yaml")
        let text =
            "record_id,event_id,event_date,role,forenames,surname,date_of_birth\nC1,,,,Ann,Lee,\nC1,,,,Bob,Ray,\n"
        var reader = try ExtractReader<PersonRecord>(path: try dir.write("custody.csv", text), mapping: mapping)
        let batch = try #require(try reader.nextBatch())
        #expect(batch.records.map(\.forenames) == ["Ann"])
        #expect(batch.rejects.map(\.reason) == ["duplicate record_id 'C1' (already seen in this file)"])
    }
}

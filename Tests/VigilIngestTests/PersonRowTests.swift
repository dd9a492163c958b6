import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// Person records whose names and addresses take many shapes: padded, accented, a whole name in the
/// forenames field, hyphenated surnames, flats, house names, postcodes in any case, placeholders.
private func variedRecords(rows: Int, _ generator: inout SplitMix64) -> String {
    let forenames = [
        "Ann", " MUHAMMAD  Asif ", "Zoë", "mr ranjit singh", "UNKNOWN", "", "Łukasz", "Bob", "Mary-Jane", "J",
    ]
    let surnames = ["Lee", "  ", "Smith-Jones", "O'Brien", "KHAN", "Müller", "NOT KNOWN", "begum", ""]
    let lines = [
        "12 High St", "\"FLAT 3, 22 Meadow Road\"", "\"Rose Cottage, Mill Lane\"", "\"7, The Green\"", "",
        "  62 POPLAR LN  ", "12-14 Church Road", "Apartment 5 Ćwik House",
    ]
    let towns = ["Dudley", "BIRMINGHAM", " walsall ", "", "Wolverhampton"]
    let postcodes = ["DY1 1AA", "b11aa", " WV10 0QP ", "", "GIR 0AA", "not a postcode"]
    var text =
        "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode,uprn\n"
    func pick(_ values: [String]) -> String { values[Int(generator.next() % UInt64(values.count))] }
    for number in 1...rows {
        let birth = ["1990-02-1\(number % 10)", "", "1900-01-01", "1985-01-01"][Int(generator.next() % 4)]
        let uprn = generator.next() % 3 == 0 ? "10001234\(number % 1000)" : ""
        let forename = pick(forenames)
        text += "R\(number),crime,C\(number),2024-01-02,victim,\"\(forename)\",\(pick(surnames)),\(birth),"
        text += "\(pick(lines)),\(pick(towns)),\(pick(postcodes)),\(uprn)\n"
    }
    return text
}

@Suite struct PersonRowTests {
    @Test("rows are accepted and rejected exactly as records are, with the same rejects")
    func sameRowsAndRejectsAsRecords() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var generator = SplitMix64(seed: 44)
        for (example, rows) in [60, 1_500, 9_000].enumerated() {
            let path = try dir.write("messy\(example).csv", messyRecords(rows: rows, &generator))
            var records = try ExtractReader<PersonRecord>(path: path)
            var rowsReader = try ExtractReader<PersonRow>(path: path)
            let fields = rowsReader.fields
            var recordIDs: [String] = []
            var recordLines: [Int] = []
            var recordRejects: [RejectedRow] = []
            while let batch = try records.nextBatch(maxRows: 997) {
                recordIDs += batch.records.map(\.recordID)
                recordLines += batch.lines
                recordRejects += batch.rejects
            }
            var rowIDs: [String] = []
            var rowLines: [Int] = []
            var rowRejects: [RejectedRow] = []
            while let batch = try rowsReader.nextBatch(maxRows: 997) {
                let csv = try #require(batch.rows)
                rowIDs += batch.records.map { fields.recordID(of: $0, in: csv) }
                rowLines += batch.lines
                rowRejects += batch.rejects
            }
            #expect(rowIDs == recordIDs, "example \(example)")
            #expect(rowLines == recordLines, "example \(example)")
            #expect(rowRejects == recordRejects, "example \(example)")
            #expect(!recordRejects.isEmpty && recordIDs.count > rows / 2)
            #expect(rowsReader.summary == records.summary)
        }
    }

    @Test("a row's features are those of the same row read as a record, joined columns included")
    func sameFeaturesAsRecords() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var generator = SplitMix64(seed: 45)
        let path = try dir.write("varied.csv", variedRecords(rows: 3_000, &generator))
        let joined = ColumnMapping(
            kind: .personRecords,
            columns: ["forenames": .concatenation(["forenames", "role"]), "surname": .column("surname")]
        )
        for mapping in [ColumnMapping.canonical(.personRecords), joined] {
            var records = try ExtractReader<PersonRecord>(path: path, mapping: mapping)
            var rowsReader = try ExtractReader<PersonRow>(path: path, mapping: mapping)
            let fields = rowsReader.fields
            var fromRecords = PersonFeatureExtractor()
            var fromRows = PersonFeatureExtractor()
            var expected: [PersonFeatures] = []
            while let batch = try records.nextBatch(maxRows: 500) {
                expected += batch.records.map { fromRecords.features(of: $0) }
            }
            var read: [PersonFeatures] = []
            while let batch = try rowsReader.nextBatch(maxRows: 500) {
                let csv = try #require(batch.rows)
                read += batch.records.map { fields.features(of: $0, in: csv, using: &fromRows) }
            }
            #expect(read.count == expected.count && read.count == 3_000, "\(rowsReader.summary)")
            var differing = 0
            for (row, record) in zip(read, expected) where !Self.same(row, record) { differing += 1 }
            #expect(differing == 0)
            #expect(expected.contains { $0.surnameFromForenames } && expected.contains { $0.muhammadPrefix != nil })
            #expect(expected.contains { $0.address.flat != nil } && expected.contains { $0.address.houseName != nil })
        }
    }

    @Test("a joined field's parts are trimmed and joined with one space, as text or as bytes")
    func joinedBytesMatchText() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write(
            "joined.csv",
            "record_id,source,event_id,event_date,role,first,middle,surname,date_of_birth,address_line,town,postcode\n"
                + "R1,crime,C1,2024-01-02,victim,  Ann ,, Lee ,1990-01-02,1 High St,Dudley,DY1 1AA\n"
                + "R2,crime,C2,2024-01-02,victim,,  Marie ,Lee,1990-01-02,1 High St,Dudley,DY1 1AA\n"
        )
        let mapping = ColumnMapping(
            kind: .personRecords,
            columns: ["forenames": .concatenation(["first", "middle"])]
        )
        var rowsReader = try ExtractReader<PersonRow>(path: path, mapping: mapping)
        let batch = try #require(try rowsReader.nextBatch())
        let csv = try #require(batch.rows)
        var extractor = PersonFeatureExtractor()
        let people = batch.records.map { rowsReader.fields.features(of: $0, in: csv, using: &extractor) }
        #expect(people.map(\.forenamesText) == ["ANN", "MARIE"])
        #expect(people.map { $0.surname?.text } == ["LEE", "LEE"])
    }

    private static func same(_ a: PersonFeatures, _ b: PersonFeatures) -> Bool {
        a.forenames.map(\.text) == b.forenames.map(\.text) && a.muhammadPrefix?.text == b.muhammadPrefix?.text
            && a.forenamesText == b.forenamesText && a.surname?.text == b.surname?.text
            && a.surnameAlternatives.map(\.text) == b.surnameAlternatives.map(\.text)
            && a.surnameFromForenames == b.surnameFromForenames && a.dateOfBirth == b.dateOfBirth
            && a.address == b.address && a.forenameFrequency == b.forenameFrequency
            && a.surnameFrequency == b.surnameFrequency
    }
}

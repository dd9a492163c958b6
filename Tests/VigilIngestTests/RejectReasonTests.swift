import Foundation
import Testing
import VigilCore

@testable import VigilIngest

private let recordsHeader =
    "record_id,source,event_id,event_date,role,forenames,surname,date_of_birth,address_line,town,postcode\n"

/// Rejects say what was wrong in the extract's own terms: its column names, an empty value as empty,
/// and a header repeated where files were joined as such.
@Suite struct RejectReasonTests {
    @Test("a location with no address names the extract's own address column")
    func noAddressNamesTheColumn() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let mapping = try ColumnMapping.parse(
            yaml: """
                kind: incident_locations
                columns: {incident_id: Ref, event_date: When, incident_type: Type, address_line: Location, town: null, postcode: null}
                """,
            file: "m.yaml"
        )
        let path = try dir.write(
            "w.csv",
            "Ref,When,Type,Location\nI1,2024-01-02,burglary,\nI2,2024-01-02,theft,1 High St\n"
        )
        var reader = try ExtractReader<IncidentLocation>(path: path, mapping: mapping)
        let batch = try #require(try reader.nextBatch())
        #expect(batch.records.map(\.incidentID) == ["I2"])
        let reject = try #require(batch.rejects.first)
        #expect(reject.field == "Location" && reject.kind == .missingAddress)
        #expect(reject.reason == "no address: Location is empty")

        let canonical = try dir.write(
            "c.csv",
            "incident_id,event_date,incident_type,address_line,town,postcode,uprn\nI1,,,,Dudley,,\n"
        )
        var plain = try ExtractReader<IncidentLocation>(path: canonical)
        let plainReject = try #require(try plain.nextBatch()?.rejects.first)
        #expect(plainReject.reason == "no address: address_line, postcode and uprn are all empty")
        #expect(plainReject.field == "address_line")
    }

    @Test("an empty source cell is said to be empty, not an unknown source ''")
    func emptySource() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        var reader = try ExtractReader<PersonRecord>(
            path: try dir.write("r.csv", recordsHeader + "R1, ,,,,Ann,Lee,,,,\n")
        )
        let reject = try #require(try reader.nextBatch()?.rejects.first)
        #expect(reject.reason == "source is empty" && reject.field == "source" && reject.kind == .unknownSource)
    }

    @Test("a header repeated inside the file, as when files are joined, is rejected as such and names no record")
    func repeatedHeader() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text =
            recordsHeader + "R1,crime,,,,Ann,Lee,,,,\n" + " record_id ,source" + String(recordsHeader.dropFirst(16))
            + "R2,crime,,,,Bob,Ray,,,,\n"
        var reader = try ExtractReader<PersonRecord>(path: try dir.write("joined.csv", text))
        let batch = try #require(try reader.nextBatch())
        #expect(batch.records.map(\.recordID) == ["R1", "R2"])
        let reject = try #require(batch.rejects.first)
        #expect(batch.rejects.count == 1 && reject.line == 3 && reject.kind == .repeatedHeader)
        #expect(reject.reason == "a repeated header row (files joined together?)")
        #expect(reject.recordID == nil && reject.field == nil)

        // Accepted before: a fixed source and dates kept as missing left nothing else to reject it for.
        let mapping = try ColumnMapping.parse(
            yaml: "kind: person_records\nsource: crime\non_invalid_date: missing\n",
            file: "m.yaml"
        )
        let fixed =
            "record_id,forenames,surname,date_of_birth\nR1,Ann,Lee,\nrecord_id,forenames,surname,date_of_birth\n"
        var fixedReader = try ExtractReader<PersonRecord>(path: try dir.write("fixed.csv", fixed), mapping: mapping)
        let fixedBatch = try #require(try fixedReader.nextBatch())
        #expect(fixedBatch.records.map(\.recordID) == ["R1"])
        #expect(fixedBatch.rejects.map(\.kind) == [.repeatedHeader])

        // A row that only starts like the header is an ordinary row.
        let lookalike = recordsHeader + "record_id,crime,,,,Ann,Lee,,,,\n"
        var lookalikeReader = try ExtractReader<PersonRecord>(path: try dir.write("l.csv", lookalike))
        #expect(try lookalikeReader.nextBatch()?.records.map(\.recordID) == ["record_id"])
    }
}

import Foundation
import Testing
import VigilCore

@testable import VigilIngest

@Suite struct ColumnMappingTests {
    @Test("a mapping file renames columns, joins columns and sets date formats")
    func loadsMapping() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let yaml = """
            # person records from Connect
            kind: person_records
            source: crime
            columns:
              record_id: NOMINAL_REF
              forenames: FORENAME
              surname: SURNAME
              date_of_birth: DOB
              address_line: [HOUSE, STREET]
            dates:
              date_of_birth: DD/MM/YYYY
            """
        let mappingPath = try dir.write("connect.yaml", yaml)
        let csv =
            "NOMINAL_REF,FORENAME,SURNAME,DOB,HOUSE,STREET\nN1, Ann,Lee,07/03/1984, 12 ,High St\n"
            + "N2,Bob,Ray,1984-03-07,,Low Rd\n"
        let path = try dir.write("connect.csv", csv)
        let mapping = try ColumnMapping.load(path: mappingPath)
        #expect(mapping.fixedSource == "crime")
        var reader = try ExtractReader<PersonRecord>(path: path, mapping: mapping)
        let batch = try #require(try reader.nextBatch())
        let record = try #require(batch.records.first)
        #expect(record.source == .crime && record.forenames == "Ann" && record.addressLine == "12 High St")
        #expect(record.dateOfBirth == CalendarDate(year: 1984, month: 3, day: 7))
        #expect(batch.rejects.map(\.field) == ["DOB"])
        #expect(batch.rejects.first?.line == 3)
    }

    @Test("mapping mistakes are errors that name the key and its line")
    func mappingErrors() throws {
        let cases: [(yaml: String, key: String, line: Int, words: String)] = [
            ("kind: rota\ncolumns: {}\n", "kind", 1, "unknown kind 'rota'"),
            (
                "kind: roster\ncolumns:\n  employee_id: EMP\n  shoe_size: SHOE\n", "shoe_size", 4,
                "unknown canonical field"
            ),
            ("kind: roster\ndates:\n  date_of_birth: MM/DD/YYYY\n", "date_of_birth", 3, "unknown date format"),
            ("kind: person_records\nsource: traffic\n", "source", 2, "unknown source 'traffic'"),
            ("kind: roster\ncolour: blue\n", "colour", 2, "unknown key 'colour'"),
        ]
        for item in cases {
            let error = try #require(throws: IngestError.self) {
                _ = try ColumnMapping.parse(yaml: item.yaml, file: "bad.yaml")
            }
            #expect(error.code == .invalidMapping)
            #expect(error.field == item.key)
            #expect(error.line == item.line, "\(error)")
            #expect(error.message.contains(item.words), "\(error)")
        }
    }

    @Test("a mapping of another kind of extract is refused, saying what it maps")
    func mappingOfAnotherKind() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("hr.yaml", "kind: roster\ncolumns:\n  forenames: FIRST\n")
        #expect(try ColumnMapping.load(path: path, expecting: .roster).kind == .roster)
        for other in [ExtractKind.personRecords, .incidentLocations] {
            let error = try #require(throws: IngestError.self) { try ColumnMapping.load(path: path, expecting: other) }
            #expect(error.code == .invalidMapping && error.field == "kind")
            #expect(
                error.description
                    == "hr.yaml: this mapping is for roster (its 'kind'), but it was given for \(other.rawValue): give "
                    + "it with the option for that extract, or use a \(other.rawValue) mapping"
            )
        }
    }

    @Test("a missing mapping file is reported as not found")
    func missingMappingFile() throws {
        let error = try #require(throws: IngestError.self) { _ = try ColumnMapping.load(path: "/nonexistent/m.yaml") }
        #expect(error.code == .fileNotFound)
    }

    @Test("the FEBRL mappings load and read every row of both FEBRL link samples")
    func febrl() throws {
        let tests = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        let bench = tests.deletingLastPathComponent().appendingPathComponent("bench/mappings")
        let data = tests.appendingPathComponent("Fixtures/febrl").path + "/"
        try #require(FileManager.default.fileExists(atPath: data + "dataset4a-head.csv"))
        let roster = try ColumnMapping.load(path: bench.appendingPathComponent("febrl-roster.yaml").path)
        let records = try ColumnMapping.load(path: bench.appendingPathComponent("febrl-records.yaml").path)
        for file in ["dataset4a-head.csv", "dataset4b-head.csv"] {
            var employees = try ExtractReader<Employee>(path: data + file, mapping: roster)
            var count = 0
            while let batch = try employees.nextBatch(maxRows: 1_000) {
                count += batch.records.count
            }
            #expect(count == 50)
            #expect(employees.summary.rowsRead == 50 && employees.summary.rowsRejected == 0)
            var people = try ExtractReader<PersonRecord>(path: data + file, mapping: records)
            var first: PersonRecord?
            while let batch = try people.nextBatch(maxRows: 1_000) {
                first = first ?? batch.records.first
            }
            #expect(people.summary.rowsAccepted == 50)
            #expect(first?.source == .crime)
            #expect(first?.recordID.hasPrefix("rec-") == true)
        }
        var sample = try ExtractReader<Employee>(path: data + "dataset4a-head.csv", mapping: roster)
        let employee = try #require(try sample.nextBatch(maxRows: 1)?.records.first)
        #expect(employee.employeeID == "rec-1070-org" && employee.addressLine == "8 stanley street miami")
        #expect(employee.dateOfBirth == CalendarDate(year: 1915, month: 11, day: 11))
    }
}

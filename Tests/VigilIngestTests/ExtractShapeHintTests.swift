import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// Extracts and mappings of the wrong shape are named for what they are, not just for what they lack.
@Suite struct ExtractShapeHintTests {
    @Test("a semicolon- or tab-separated extract is named as such")
    func otherSeparators() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        for (name, separator, says) in [("semi.csv", ";", "holding ';'"), ("tabs.csv", "\t", "holding tabs")] {
            let header = ["employee_id", "forenames", "surname", "date_of_birth"].joined(separator: separator)
            let path = try dir.write(name, header + "\nE1\(separator)Ann\(separator)Lee\(separator)1980-01-01\n")
            let error = try #require(throws: IngestError.self) { _ = try ExtractReader<Employee>(path: path) }
            #expect(error.code == .missingColumn)
            #expect(error.message.contains(says) && error.message.contains("comma-separated"), "\(error)")
        }
    }

    @Test("a UTF-16 extract is named as UTF-16")
    func utf16() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text = "employee_id,forenames\nE1,Ann\n"
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let path = try dir.write("wide.csv", bytes: bytes)
        let error = try #require(throws: IngestError.self) { _ = try ExtractReader<Employee>(path: path) }
        #expect(error.message.contains("looks like UTF-16"), "\(error)")
    }

    @Test("a NUL byte in a field rejects the row, naming the field")
    func nulByte() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bytes = Array("id,name\n1,Ann\n2,B".utf8) + [0] + Array("b\n3,Cy\n".utf8)
        let path = try dir.write("nul.csv", bytes: bytes)
        let result = try readAll(path)
        #expect(result.rows == [["1", "Ann"], ["3", "Cy"]])
        let reject = try #require(result.rejects.first)
        #expect(reject.line == 3 && reject.field == "name" && reject.kind == .nulByte)
    }

    @Test("a mapping that writes a key twice, or maps the id to null, is refused with the line")
    func mappingMistakes() throws {
        let cases: [(yaml: String, key: String, line: Int, words: String)] = [
            ("kind: roster\ncolumns:\n  surname: SURNAME\n  surname: LAST\n", "surname", 4, "written twice"),
            ("kind: roster\nkind: roster\n", "kind", 2, "written twice"),
            ("kind: person_records\ncolumns:\n  record_id: null\n", "record_id", 3, "cannot be null"),
        ]
        for item in cases {
            let error = try #require(throws: IngestError.self) {
                _ = try ColumnMapping.parse(yaml: item.yaml, file: "bad.yaml")
            }
            #expect(error.field == item.key, "\(error)")
            #expect(error.line == item.line, "\(error)")
            #expect(error.message.contains(item.words), "\(error)")
        }
    }
}

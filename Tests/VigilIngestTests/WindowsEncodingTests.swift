import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// Extracts written in Windows-1252, as SQL Server and Excel exports on Windows often are.
@Suite struct WindowsEncodingTests {
    /// `text` with each character written as its Windows-1252 byte.
    private func windows1252(_ text: String) -> [UInt8] {
        let table: [Character: UInt8] = ["€": 0x80, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "Š": 0x8A, "Ÿ": 0x9F]
        return text.flatMap { character -> [UInt8] in
            if let byte = table[character] { return [byte] }
            let scalar = character.unicodeScalars.first!.value
            precondition(scalar < 0x100, "not in Windows-1252: \(character)")
            return [UInt8(scalar)]
        }
    }

    @Test("each byte becomes its character: Latin-1 letters, the 0x80–0x9F punctuation, and ASCII as it is")
    func transcodes() {
        let source: [UInt8] = [0x5A, 0x6F, 0xEB, 0x2C, 0x80, 0x92, 0x96, 0xA3, 0xFF, 0x81, 0x0A]
        var target = [UInt8](repeating: 0, count: source.count * TextEncoding.maximumExpansion)
        let written = source.withUnsafeBufferPointer { input in
            target.withUnsafeMutableBufferPointer { TextEncoding.transcodeWindows1252(input, into: $0) }
        }
        #expect(String(decoding: target[..<written], as: UTF8.self) == "Zoë,€’–£ÿ\u{81}\n")
    }

    @Test("a mapping names the encoding by its usual names, and an unknown one is an error that says which")
    func mappingNames() throws {
        for name in ["windows-1252", "Windows_1252", "cp1252", "latin-1", "ISO-8859-1"] {
            let mapping = try ColumnMapping.parse(yaml: "kind: roster\nencoding: \(name)\n", file: "m.yaml")
            #expect(mapping.encoding == .windows1252, "\(name)")
        }
        #expect(try ColumnMapping.parse(yaml: "kind: roster\nencoding: UTF-8\n", file: "m.yaml").encoding == .utf8)
        #expect(try ColumnMapping.parse(yaml: "kind: roster\n", file: "m.yaml").encoding == .utf8)
        let error = try #require(throws: IngestError.self) {
            _ = try ColumnMapping.parse(yaml: "kind: roster\nencoding: ebcdic\n", file: "m.yaml")
        }
        #expect(error.description.contains("unknown encoding 'ebcdic' (expected utf-8 or windows-1252)"))
    }

    @Test("a Windows-1252 extract reads the same at every chunk size, quoted line breaks and all")
    func chunkSizes() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text = "id,name,note\n1,Zoë Ó Sé,\"caf€,\nline two\"\n2,Seán “Š”,–\n"
        let path = try dir.write("w.csv", bytes: windows1252(text))
        for chunkSize in [16, 17, 19, 64, 1 << 20] {
            var reader = try CSVReader(path: path, encoding: .windows1252, chunkSize: chunkSize)
            #expect(reader.header == ["id", "name", "note"])
            var rows: [[String]] = []
            while let batch = try reader.nextBatch(maxRows: 1) {
                #expect(batch.rejects.isEmpty, "chunk \(chunkSize): \(batch.rejects)")
                rows += (0..<batch.rowCount).map { batch.strings(row: $0) }
            }
            #expect(rows == [["1", "Zoë Ó Sé", "caf€,\nline two"], ["2", "Seán “Š”", "–"]], "chunk \(chunkSize)")
        }
    }

    @Test("a UTF-8 byte-order mark wins over the mapping: the file says it is UTF-8")
    func byteOrderMark() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("u.csv", bytes: [0xEF, 0xBB, 0xBF] + Array("id,name\n1,Zoë\n".utf8))
        var reader = try CSVReader(path: path, encoding: .windows1252)
        #expect(reader.header == ["id", "name"])
        let batch = try #require(try reader.nextBatch())
        #expect(batch.strings(row: 0) == ["1", "Zoë"])
    }

    @Test("with the encoding in its mapping a Windows-1252 roster loads; without it, the summary says what to do")
    func rosterWithAndWithoutMapping() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text =
            "employee_id,forenames,surname,date_of_birth,address_line,town,postcode,role,team,start_date\n"
            + "E1,Zoë,O’Brien,1984-03-07,1 High St,Dudley,DY1 1AA,PC,Response,2010-09-01\n"
            + "E2,Ann,Lee,1980-01-01,2 High St,Dudley,DY1 1AA,PC,Response,2011-09-01\n"
        let path = try dir.write("roster.csv", bytes: windows1252(text))

        var mapped = try ExtractReader<Employee>(
            path: path,
            mapping: ColumnMapping(kind: .roster, encoding: .windows1252)
        )
        let employees = try #require(try mapped.nextBatch()).records
        #expect(employees.map(\.forenames) == ["Zoë", "Ann"])
        #expect(employees.first?.surname == "O’Brien")
        #expect(mapped.summary.encodingHint == nil)

        var plain = try ExtractReader<Employee>(path: path)
        let batch = try #require(try plain.nextBatch())
        #expect(batch.records.map(\.employeeID) == ["E2"])
        #expect(batch.rejects.map(\.kind) == [.invalidUTF8])
        #expect(plain.summary.description.contains("say 'encoding: windows-1252' in its column mapping"))
    }
}

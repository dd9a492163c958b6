import Foundation
import Testing
import VigilCore

@testable import VigilIngest

/// A mapping file saved by a Windows editor: with a UTF-8 byte-order mark it is read; in UTF-16 or
/// Windows-1252 it is refused with what to do, rather than parsed as something else.
@Suite struct MappingFileEncodingTests {
    private static let yaml = "kind: person_records\nsource: crime\ncolumns:\n  record_id: Réf\n"

    @Test("a mapping starting with a UTF-8 byte-order mark is read")
    func byteOrderMark() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array(Self.yaml.utf8))
        let mapping = try ColumnMapping.load(path: path)
        #expect(mapping.kind == .personRecords && mapping.fixedSource == "crime")
        #expect(mapping.source(of: "record_id") == .column("Réf"))
    }

    @Test("a mapping in UTF-16, with or without its mark, is named as UTF-16")
    func utf16() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let little = Self.yaml.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big = Self.yaml.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        for (name, bytes) in [
            ("le.yaml", [0xFF, 0xFE] + little), ("be.yaml", [0xFE, 0xFF] + big), ("no-mark.yaml", little),
        ] {
            let path = try dir.write(name, bytes: bytes)
            let error = try #require(throws: IngestError.self) { try ColumnMapping.load(path: path) }
            #expect(error.code == .invalidMapping)
            #expect(error.description == "\(name): the file is UTF-16; save the mapping as UTF-8")
        }
    }

    @Test("a mapping in Windows-1252 is refused naming the line, not read as mojibake")
    func windows1252() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bytes = Self.yaml.unicodeScalars.map { UInt8($0.value) }
        let path = try dir.write("m1252.yaml", bytes: bytes)
        let error = try #require(throws: IngestError.self) { try ColumnMapping.load(path: path) }
        #expect(error.description == "m1252.yaml: line 4 is not valid UTF-8; save the mapping as UTF-8")
    }

    @Test("the text of a YAML file: a UTF-8 mark is dropped, and the first invalid byte's line is found")
    func decoding() throws {
        #expect(try YAMLFileText.decode([0xEF, 0xBB, 0xBF] + Array("a: 1\n".utf8)) == "a: 1\n")
        #expect(try YAMLFileText.decode(Array("a: é\n".utf8)) == "a: é\n")
        #expect(throws: YAMLFileText.Problem.invalidUTF8(line: 3)) {
            try YAMLFileText.decode(Array("a: 1\nb: 2\nc: ".utf8) + [0xE9, 0x0A])
        }
        #expect(throws: YAMLFileText.Problem.utf16) { try YAMLFileText.decode([0x61, 0x00]) }
    }
}

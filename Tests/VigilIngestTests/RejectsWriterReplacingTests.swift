import Foundation
import Testing

@testable import VigilIngest

/// A rejects file is replaced as a whole, as `--out` is: a command killed midway leaves the previous one,
/// and a command that ends with an error still leaves its rejects for the person fixing the extract.
@Suite struct RejectsWriterReplacingTests {
    private static let reject = RejectedRow(
        file: "crime.csv",
        line: 7,
        field: "event_date",
        kind: .invalidDate,
        reason: "invalid event_date '2024-02-30'",
        raw: "C7,crime,..."
    )

    private static func entries(_ dir: TemporaryDirectory) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted()
    }

    @Test("until the writer finishes, the previous rejects file is as it was; then it is replaced whole")
    func replacedOnlyWhenFinished() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("rejects.csv", "yesterday's rejects\n")
        var writer = RejectsWriter(path: path)
        try writer.append([Self.reject])
        try writer.append([Self.reject])
        // A command killed here runs no more code: this is what it leaves.
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "yesterday's rejects\n")
        try writer.finish()
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("file,line,field,reason,raw\ncrime.csv,7,event_date,"))
        #expect(text.split(separator: "\n").count == 3)
        #expect(try Self.entries(dir) == ["rejects.csv"], "no temporary file left")
    }

    @Test("a writer dropped without finishing, as by a command ending with an error, puts its rejects in place")
    func droppedWriterKeepsRejects() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("rejects.csv", "yesterday's rejects\n")
        func failingCommand() throws {
            var writer = RejectsWriter(path: path)
            try writer.append([Self.reject])
            throw IngestError(.missingColumn, "missing column 'surname'", file: "later.csv")
        }
        #expect(throws: IngestError.self) { try failingCommand() }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("file,line,field,reason,raw\ncrime.csv,7,"), "\(text)")
        #expect(try Self.entries(dir) == ["rejects.csv"])
    }

    @Test("the replaced file's permissions are kept, and a symbolic link is written through")
    func permissionsAndLink() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let real = try dir.write("private.csv", "old\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: real)
        let link = dir.path("rejects.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        var writer = RejectsWriter(path: link)
        try writer.append([Self.reject])
        try writer.finish()
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real, "the link stays")
        #expect(try String(contentsOfFile: real, encoding: .utf8).hasPrefix("file,line,"))
        let mode = try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test("a writer that got no reject creates nothing and leaves an earlier file as it was")
    func noRejectsNoFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("rejects.csv", "an earlier command's\n")
        var writer = RejectsWriter(path: path)
        try writer.append([])
        try writer.finish()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "an earlier command's\n")
        do {
            var dropped = RejectsWriter(path: dir.path("other.csv"))
            try dropped.append([])
        }
        #expect(try Self.entries(dir) == ["rejects.csv"])
    }
}

import Foundation
import Testing

@testable import VigilIngest

/// Files written through `OutputFile`: every failure is reported with the system's reason, and a pipe or
/// device at the path is written into, never replaced by an ordinary file.
@Suite struct OutputFileTests {
    /// What kind of file is at `path`: a regular file, a character device, ...
    private static func fileType(_ path: String) throws -> FileAttributeType? {
        try FileManager.default.attributesOfItem(atPath: path)[.type] as? FileAttributeType
    }

    @Test("a file in a missing folder, or a folder, cannot be created, and the reason says why")
    func cannotCreate() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let missing = try #require(throws: OutputFile.Problem.self) { _ = try OutputFile(path: dir.path("no/x.csv")) }
        #expect(missing.action == "create" && missing.reason == "No such file or directory")
        #expect(missing.description == "cannot create \(dir.path("no/x.csv")): No such file or directory")
        let folder = try #require(throws: OutputFile.Problem.self) { _ = try OutputFile(path: dir.url.path) }
        #expect(folder.reason == "Is a directory")
    }

    #if os(Linux)
    @Test("a full disk is an error at the write, naming the file and the reason")
    func fullDisk() throws {
        let file = try OutputFile(path: "/dev/full")
        let problem = try #require(throws: OutputFile.Problem.self) { try file.write("a match\n") }
        #expect(problem.description == "cannot write /dev/full: No space left on device")

        var rejects = RejectsWriter(path: "/dev/full")
        let reject = RejectedRow(file: "x.csv", line: 2, field: nil, kind: .wrongFieldCount, reason: "r", raw: "a")
        let error = try #require(throws: IngestError.self) { try rejects.append([reject]) }
        #expect(error.message == "cannot write the rejects file: No space left on device")
        #expect(rejects.count == 0)

        let model = try #require(throws: OutputFile.Problem.self) { try OutputFile.replace("/dev/full", with: [1]) }
        #expect(model.reason == "No space left on device")
    }
    #endif

    @Test("replacing a file swaps its whole content and leaves no temporary file behind")
    func replaceRegularFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("model.json", "old model, longer than the new one\n")
        try OutputFile.replace(path, with: Array("new\n".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["model.json"])

        let fresh = dir.path("fresh.json")
        try OutputFile.replace(fresh, with: Array("{}".utf8))
        #expect(try String(contentsOfFile: fresh, encoding: .utf8) == "{}")
    }

    @Test("a device at the path is written into, not replaced by an ordinary file")
    func replaceDevice() throws {
        // An atomic write renames a new file over the path: run as root, that once turned /dev/full
        // into a regular file.
        try OutputFile.replace("/dev/null", with: Array("discarded\n".utf8))
        #expect(try Self.fileType("/dev/null") == .typeCharacterSpecial, "/dev/null is still a character device")

        let file = try OutputFile(path: "/dev/null")
        try file.write("also discarded\n")
        try file.close()
        #expect(try Self.fileType("/dev/null") == .typeCharacterSpecial)
    }
}

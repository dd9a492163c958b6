import Foundation
import Testing

@testable import VigilIngest

/// An output written in pieces replaces the file at its path only when committed: a command that fails
/// halfway leaves its last good output as it was, and no temporary file behind.
@Suite struct ReplacingOutputFileTests {
    @Test("dropped without committing, the writer leaves the old file and removes its temporary file")
    func droppedLeavesOldFile() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("d.csv", "last good run\n")
        do {
            let file = try ReplacingOutputFile(path: path)
            try file.write(Array("half a run".utf8))
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).count == 2)
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "last good run\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["d.csv"])
    }

    @Test("committed, the new content replaces the old in one piece")
    func commitReplaces() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("d.csv", "last good run, longer than the new one\n")
        let file = try ReplacingOutputFile(path: path)
        try file.write(Array("new ".utf8))
        try file.write(Array("run\n".utf8))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "last good run, longer than the new one\n")
        try file.commit()
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new run\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["d.csv"])
    }

    @Test("the replaced file keeps its permissions, and a symbolic link keeps pointing at the new file")
    func keepsModeAndLink() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let real = try dir.write("real.csv", "old\n")
        chmod(real, 0o600)
        let link = dir.url.appendingPathComponent("latest.csv").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        let file = try ReplacingOutputFile(path: link)
        try file.write(Array("new\n".utf8))
        try file.commit()
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "new\n")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        let mode = try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int
        #expect(mode == 0o600, "a private file stays private")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: dir.url.path).sorted() == ["latest.csv", "real.csv"]
        )
    }

    @Test("a path in a missing folder fails naming the path, not the temporary file")
    func missingFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let problem = try #require(throws: OutputFile.Problem.self) {
            _ = try ReplacingOutputFile(path: dir.path("no/d.csv"))
        }
        #expect(problem.description == "cannot create \(dir.path("no/d.csv")): No such file or directory")
    }
}

import Foundation
import Testing
import VigilCore
import VigilIngest

/// A folder given where a file is expected is named as such, not as a read failure.
@Suite struct FolderInsteadOfFileTests {
    @Test("an extract path that is a folder says so")
    func extractFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let error = try #require(throws: IngestError.self) { _ = try CSVReader(path: dir.url.path) }
        #expect(error.code == .unreadable)
        #expect(error.description.contains("is a folder, not a file"), "\(error)")
    }

    @Test("a model path that is a folder, or names nothing, says which")
    func modelFolder() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let folder = try #require(throws: ModelFile.Problem.self) { _ = try ModelFile.read(dir.url.path) }
        #expect(folder.description == "\(dir.url.path): is a folder, not a model file")
        let missing = dir.path("model.json")
        let absent = try #require(throws: ModelFile.Problem.self) { _ = try ModelFile.read(missing) }
        #expect(absent.description == "\(missing): no such model file")
    }
}

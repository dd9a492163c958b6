import Foundation
import Testing

/// Where `vigil` is told to write: short relative names work, and a path it cannot use is explained in
/// plain words, never a crash.
@Suite struct OutputPathTests {
    @Test("one-letter relative names work for a world folder and for a store")
    func oneLetterNames() async throws {
        // Foundation's `deletingLastPathComponent` traps on "a" and "a/" on Linux; both commands once
        // crashed here.
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        for out in ["w", "n/w/"] {
            let run = try await directory.vigil("generate", "--employees", "3", "--records", "5", "--out", out)
            #expect(run.status == 0, "\(run)")
            #expect(
                FileManager.default.fileExists(atPath: directory.url.appendingPathComponent(out + "/roster.csv").path)
            )
        }
        let added = try await directory.vigil(
            "user",
            "add",
            "--store",
            "s",
            "--username",
            "sam",
            "--name",
            "Sam",
            "--role",
            "reviewer"
        )
        #expect(added.status == 0, "\(added)")
        #expect(FileManager.default.fileExists(atPath: directory.url.appendingPathComponent("s").path))
        let users = try await directory.vigil("user", "list", "--store", "s")
        #expect(users.status == 0, "\(users)")
    }

    @Test("a world folder that is a file, or lies under one, fails with what is in the way")
    func folderInTheWay() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        _ = try directory.write("taken", "not a folder\n")
        let onFile = try await directory.vigil("generate", "--employees", "3", "--records", "5", "--out", "taken")
        #expect(onFile.status == 1, "\(onFile)")
        #expect(onFile.standardError == "vigil: cannot write the world into taken: it is a file, not a folder\n")

        let under = try await directory.vigil("generate", "--employees", "3", "--records", "5", "--out", "taken/w")
        #expect(under.status == 1, "\(under)")
        let taken = directory.url.appendingPathComponent("taken").path
        #expect(under.standardError == "vigil: cannot create the folder taken/w: \(taken) is a file, not a folder\n")
    }
}

import Foundation
import Testing

/// A command's rejects file holds that command's rejects, never an earlier run's as well, and is replaced
/// as a whole: a command killed midway leaves the previous one, one that ends with an error leaves its own.
@Suite struct RejectsFileTests {
    @Test("a second run replaces the rejects file; a clean run leaves it and says it is an earlier one")
    func rejectsFileStartsAfresh() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bad = try LocationsBesideRecords.extract(
            world.records,
            firstRows: 20,
            badRow: "BAD-1,crime,CRI-X,2020-02-31,suspect,Ann,Smith,1980-01-01,,,",
            as: "bad.csv",
            in: directory
        )
        let lines = try String(contentsOfFile: bad, encoding: .utf8).split(separator: "\n")
        let clean = try directory.write("clean.csv", lines.dropLast().joined(separator: "\n") + "\n")
        let rejects = directory.path("rejects.csv")
        func link(_ records: String) async throws -> VigilRun {
            try await directory.vigil(
                "link",
                "--model",
                world.model,
                "--roster",
                world.roster,
                "--records",
                records,
                "--rejects",
                rejects,
                "--out",
                directory.path("matches.csv")
            )
        }
        for _ in 0..<2 {
            let run = try await link(bad)
            #expect(run.status == 3, "\(run)")
        }
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(text.split(separator: "\n").count == 2, "one header and this run's one reject: \(text)")
        let cleanRun = try await link(clean)
        #expect(cleanRun.status == 0, "\(cleanRun)")
        #expect(cleanRun.standardError.contains("no rows rejected; \(rejects) is an earlier command's"), "\(cleanRun)")
        #expect(try String(contentsOfFile: rejects, encoding: .utf8) == text)
    }

    @Test("a link killed midway leaves the previous rejects file exactly as it was")
    func killedLinkKeepsRejects() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let rejects = try directory.write("rejects.csv", "an earlier command's rejects\n")
        let text = try CSVText(contentsOf: world.records)
        let bad = "BAD-1,crime,CRI-X,2020-02-31,suspect,Ann,Smith,1980-01-01,,,"
        // More rows than one batch, so the bad row's batch is linked while standard input is still open.
        var lines = [CSVText.line(text.header), bad]
        while lines.count < 20_000 { lines += text.rows.prefix(20_000 - lines.count).map(CSVText.line) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try VigilBinary.require())
        process.arguments = [
            "link", "--model", world.model, "--roster", world.roster, "--records", "-", "--rejects", rejects,
            "--out", directory.path("matches.csv"),
        ]
        process.currentDirectoryURL = directory.url
        let input = Pipe()
        process.standardInput = input
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        defer { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        // Fed on another thread and left open; a command that stops reading must not kill the tests.
        signal(SIGPIPE, SIG_IGN)
        let writer = input.fileHandleForWriting
        let data = Data((lines.joined(separator: "\n") + "\n").utf8)
        Thread.detachNewThread { try? writer.write(contentsOf: data) }
        // Wait until the command has written the reject somewhere (the standard input stays open, so it
        // cannot finish), then kill it.
        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(120)
        func rejectWritten() throws -> Bool {
            let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
            if names.contains(where: { $0.hasPrefix(".rejects.csv.") }) { return true }
            return try String(contentsOfFile: rejects, encoding: .utf8).contains("BAD-1")
        }
        while try !rejectWritten() && clock.now < deadline && process.isRunning {
            try await Task.sleep(for: .milliseconds(20))
        }
        #expect(process.isRunning, "the command was still reading standard input")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        try? writer.close()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try String(contentsOfFile: rejects, encoding: .utf8) == "an earlier command's rejects\n")
    }

    @Test("a link that ends with an error after reading its records still leaves their rejects, replacing the old")
    func failedLinkLeavesRejects() async throws {
        let world = try await TrainedWorld.shared()
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let bad = try LocationsBesideRecords.extract(
            world.records,
            firstRows: 20,
            badRow: "BAD-1,crime,CRI-X,2020-02-31,suspect,Ann,Smith,1980-01-01,,,",
            as: "bad.csv",
            in: directory
        )
        let rejects = try directory.write("rejects.csv", "an earlier command's rejects\n")
        let run = try await directory.vigil(
            "link",
            "--model",
            world.model,
            "--roster",
            world.roster,
            "--records",
            bad,
            "--locations",
            directory.path("no-such-locations.csv"),
            "--rejects",
            rejects,
            "--out",
            directory.path("matches.csv")
        )
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("no-such-locations.csv: no such file"), "\(run)")
        #expect(run.standardError.contains("1 rejected row written to \(rejects)"), "\(run)")
        let text = try String(contentsOfFile: rejects, encoding: .utf8)
        #expect(text.hasPrefix("file,line,field,reason,raw\n"), "\(text)")
        #expect(text.contains("BAD-1"), "\(text)")
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(names.filter { $0.hasPrefix(".rejects.csv") }.isEmpty, "no temporary file left: \(names)")
    }
}

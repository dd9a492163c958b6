import Foundation
import GRDB
import Testing

/// `vigil run` against broken inputs and a broken store: a clear message, exit 1, nothing
/// half-published, and the previous day's alerts intact.
@Suite(.serialized) struct RunFailureTests {
    /// A world that has published once, with what it published.
    private func publishedWorld(_ prefix: String) async throws -> (RunWorld, [String]) {
        let world = try await RunWorld(prefix: prefix)
        let first = try await world.run()
        #expect(first.status == 0, "\(first)")
        return (world, try world.publishedState())
    }

    @Test("a missing extract fails the run, names the file, and leaves yesterday's alerts as they were")
    func missingExtract() async throws {
        let (world, before) = try await publishedWorld("vigil-missing")
        defer { world.remove() }
        try FileManager.default.removeItem(atPath: world.directory.path("records.csv"))
        let run = try await world.run()
        #expect(run.status == 1)
        #expect(run.standardError.contains("records.csv") || run.standardError.contains("no file matches"))
        #expect(try world.publishedState() == before)
        #expect(try world.runStatuses() == ["succeeded", "failed"], "the failure is in the run history")
        let status = try await world.directory.vigil("status", "--config", world.directory.path("vigil.yaml"))
        #expect(status.status == 1)
        #expect(status.output.contains("failed: the run could not start"), "\(status)")
        #expect(status.output.contains("no file matches"), "status says which file: \(status)")

        try world.copy(world.world.records, to: "records.csv")
        let again = try await world.run()
        #expect(again.status == 0, "\(again)")
        #expect(!again.output.contains("did not finish"), "a failed run is not mistaken for a killed one: \(again)")
        #expect(try world.runStatuses() == ["succeeded", "failed", "succeeded"])
    }

    @Test("a model that cannot be read fails the run, and the failure is in the run history")
    func damagedModel() async throws {
        let (world, before) = try await publishedWorld("vigil-model")
        defer { world.remove() }
        try world.directory.write("model.json", "{\"version\": ")
        let yaml = try String(contentsOfFile: world.directory.path("vigil.yaml"), encoding: .utf8)
        try world.directory.write(
            "vigil.yaml",
            yaml.replacingOccurrences(of: "model: \(world.world.model)", with: "model: model.json")
        )
        let run = try await world.run()
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("model.json"), "\(run)")
        #expect(try world.publishedState() == before)
        #expect(try world.runStatuses() == ["succeeded", "failed"])
    }

    @Test("a truncated extract fails the run instead of withdrawing the records it lost")
    func truncatedExtract() async throws {
        let (world, before) = try await publishedWorld("vigil-truncated")
        defer { world.remove() }
        let data = try Data(contentsOf: URL(fileURLWithPath: world.directory.path("records.csv")))
        // Cut inside a row, two thirds of the way through, as an interrupted copy would.
        var cut = data.count * 2 / 3
        while data[cut] == UInt8(ascii: "\n") || data[cut - 1] == UInt8(ascii: "\n") { cut += 1 }
        try data.prefix(cut).write(to: URL(fileURLWithPath: world.directory.path("records.csv")))
        let run = try await world.run()
        #expect(run.status == 1, "\(run)")
        #expect(run.standardError.contains("truncated"))
        #expect(try world.publishedState() == before)
        #expect(try world.runStatuses() == ["succeeded", "failed"])
    }

    @Test("a snapshot that lost most of its rows is refused")
    func collapsedSnapshot() async throws {
        let (world, before) = try await publishedWorld("vigil-collapse")
        defer { world.remove() }
        let lines = try String(contentsOfFile: world.directory.path("records.csv"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        try world.directory.write("records.csv", lines.prefix(lines.count / 3).joined(separator: "\n") + "\n")
        let run = try await world.run()
        #expect(run.status == 1)
        #expect(run.standardError.contains("looks like a broken extract"))
        #expect(try world.publishedState() == before)
    }

    @Test("a damaged store file gives a clear error and exit 1")
    func corruptStore() async throws {
        let (world, _) = try await publishedWorld("vigil-corrupt")
        defer { world.remove() }
        for suffix in ["-wal", "-shm"] { try? FileManager.default.removeItem(atPath: world.store + suffix) }
        var bytes = try Data(contentsOf: URL(fileURLWithPath: world.store))
        for index in stride(from: 0, to: min(bytes.count, 4096), by: 7) { bytes[index] = 0x5A }
        try bytes.write(to: URL(fileURLWithPath: world.store))
        let run = try await world.run()
        #expect(run.status == 1)
        #expect(run.standardError.contains("not a Vigil store or is damaged"), "\(run.standardError)")
    }

    @Test("a full disk fails the run with nothing published and the previous alerts intact")
    func fullDisk() async throws {
        let (world, before) = try await publishedWorld("vigil-full")
        defer { world.remove() }
        // A copy of every row under a new id forces the run to write more than the file-size limit allows.
        let text = try String(contentsOfFile: world.directory.path("records.csv"), encoding: .utf8)
        let rows = text.split(separator: "\n").dropFirst().map { "COPY-" + $0 }
        try world.directory.write("records.csv", text + rows.joined(separator: "\n") + "\n")
        let size = try FileManager.default.attributesOfItem(atPath: world.store)[.size] as? Int ?? 0
        let binary = try VigilBinary.require()
        // ulimit -f counts 512-byte blocks; SIGXFSZ is ignored so writes fail with EFBIG, as on a full disk.
        let script = "ulimit -f \(size / 512 + 64); trap '' XFSZ; exec '\(binary)' run --config vigil.yaml"
        let run = try await VigilProcess.run(["-c", script], in: world.directory.url, executable: "/bin/sh")
        #expect(run.status == 1, "\(run)")
        #expect(
            run.standardError.contains("disk is full") || run.standardError.contains("could not"),
            "\(run.standardError)"
        )
        #expect(try world.publishedState() == before)
    }

    /// Whether this machine lets a test remount a folder read-only in a private mount namespace.
    static let canRemountReadOnly: Bool = {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [
            "-c", "unshare -m sh -c 'mount --bind /tmp /tmp && mount -o remount,ro,bind /tmp /tmp' 2>/dev/null",
        ]
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }()

    @Test(
        "a read-only store fails the run with a clear message and the previous alerts intact",
        .enabled(if: canRemountReadOnly, "needs unshare and mount to make a read-only folder")
    )
    func readOnlyStore() async throws {
        let (world, before) = try await publishedWorld("vigil-readonly")
        defer { world.remove() }
        try world.copy(world.world.records, to: "records-new.csv")
        let folder = world.directory.url.path
        let binary = try VigilBinary.require()
        let script = """
            unshare -m sh -c "mount --bind '\(folder)' '\(folder)' && mount -o remount,ro,bind '\(folder)' '\(folder)' \
            && exec '\(binary)' run --config '\(folder)/vigil.yaml'"
            """
        let run = try await VigilProcess.run(["-c", script], in: world.directory.url, executable: "/bin/sh")
        #expect(run.status == 1, "\(run)")
        #expect(
            run.standardError.contains("Read-only file system") || run.standardError.contains("read-only"),
            "\(run.standardError)"
        )
        #expect(try world.publishedState() == before)
    }

    @Test("a second run is refused while one holds the store, naming the holder")
    func oneAtATime() async throws {
        let world = try await RunWorld(prefix: "vigil-lock")
        defer { world.remove() }
        let binary = try VigilBinary.require()
        let first = Process()
        first.executableURL = URL(fileURLWithPath: binary)
        first.arguments = ["run", "--config", world.directory.path("vigil.yaml")]
        first.currentDirectoryURL = world.directory.url
        first.standardOutput = FileHandle.nullDevice
        first.standardError = FileHandle.nullDevice
        try first.run()
        defer { kill(first.processIdentifier, SIGKILL) }
        let lock = world.store + ".lock"
        let deadline = ContinuousClock.now + .seconds(20)
        while (try? String(contentsOfFile: lock, encoding: .utf8))?.contains("pid") != true {
            guard ContinuousClock.now < deadline, first.isRunning else { break }
            try await Task.sleep(for: .milliseconds(5))
        }
        try #require(first.isRunning, "the first run ended before the second could start")
        let second = try await world.run()
        #expect(second.status == 75)
        #expect(second.standardError.contains("another vigil run is in progress"))
        #expect(second.standardError.contains("pid \(first.processIdentifier)"))
    }
}

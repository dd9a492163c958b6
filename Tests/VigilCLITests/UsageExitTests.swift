import Foundation
import Testing

/// A wrong command line exits 64 before any work starts, and says what was wrong.
@Suite struct UsageExitTests {
    /// A command line that validation must refuse, and a phrase its message must contain.
    struct Misuse: Sendable, CustomTestStringConvertible {
        let arguments: [String]
        let message: String
        var testDescription: String { arguments.joined(separator: " ") }
    }

    static let misuses: [Misuse] = [
        Misuse(
            arguments: ["evaluate", "--model", "m.json", "--roster", "r.csv", "--records", "p.csv"],
            message: "--truth"
        ),
        Misuse(
            arguments: ["evaluate", "--model", "m.json", "--roster", "r.csv", "--truth", "t.csv"],
            message: "--truth needs --records"
        ),
        Misuse(
            arguments: ["evaluate", "--model", "m.json", "--roster", "r.csv", "--address-truth", "t.csv"],
            message: "--address-truth needs --locations"
        ),
        Misuse(
            arguments: [
                "evaluate", "--model", "m.json", "--roster", "r.csv", "--locations", "l.csv", "--address-truth",
                "t.csv", "--check-m",
            ],
            message: "--check-m needs --truth"
        ),
        Misuse(
            arguments: [
                "evaluate", "--model", "m.json", "--roster", "r.csv", "--records", "p.csv", "--truth", "t.csv",
                "--errors", "0",
            ],
            message: "--errors needs a positive number"
        ),
        Misuse(arguments: ["train", "--roster", "r.csv", "--out", "m.json"], message: "--records"),
        Misuse(
            arguments: ["link", "--model", "m.json", "--roster", "r.csv", "--threshold", "1.5"],
            message: "between 0 and 1"
        ),
        Misuse(
            arguments: [
                "evaluate", "--model", "m.json", "--roster", "r.csv", "--records", "p.csv", "--truth", "t.csv",
                "--threshold", "7",
            ],
            message: "between 0 and 1"
        ),
        Misuse(arguments: ["explain"], message: "--matches"),
        Misuse(arguments: ["explain", "--matches", "x.csv"], message: "--record-id"),
        Misuse(arguments: ["generate", "--employees", "0", "--out", "w"], message: "--employees"),
        Misuse(arguments: ["link", "--roster", "r.csv"], message: "--model"),
        Misuse(arguments: ["frobnicate"], message: "frobnicate"),
        Misuse(
            arguments: ["serve", "--store", "s.sqlite", "--tls-cert", "c.pem"],
            message: "--tls-cert needs --tls-key"
        ),
        Misuse(
            arguments: ["serve", "--store", "s.sqlite", "--tls-key", "k.pem"],
            message: "--tls-key needs --tls-cert"
        ),
    ]

    @Test("bad option combinations exit 64 with a message", arguments: misuses)
    func misuseExits64(_ misuse: Misuse) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let run = try await directory.vigil(arguments: misuse.arguments)
        #expect(run.status == 64, "\(run)")
        #expect(run.standardError.contains(misuse.message), "\(run)")
        #expect(run.standardOutput.isEmpty)
        let left = try FileManager.default.contentsOfDirectory(atPath: directory.url.path)
        #expect(left.isEmpty, "no work started, so nothing was written: \(left)")
    }

    @Test("help exits 0 and lists every command and the exit codes")
    func helpListsCommands() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let run = try await directory.vigil("--help")
        #expect(run.status == 0, "\(run)")
        for command in ["generate", "train", "link", "explain", "evaluate"] {
            #expect(run.output.contains(command), "help mentions \(command)")
        }
        #expect(run.output.contains("64"))
    }

    @Test("run's help gives the default of --workers once, in words, not also as this machine's core count")
    func workersDefaultOnce() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let run = try await directory.vigil("run", "--help")
        #expect(run.status == 0, "\(run)")
        let text = run.output.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(text.contains("Worker threads for linking (default: every core)."), "\(text)")
        #expect(text.components(separatedBy: "(default: every core)").count == 2, "\(text)")
        #expect(!text.contains("every core). (default:"), "\(text)")
    }
}

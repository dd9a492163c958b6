import Foundation

/// `vigil demo` running for the browser test: a small synthetic world, its store, and the dashboard on
/// a free loopback port, with the credentials it printed once.
struct DemoSite: Sendable {
    /// One printed account.
    struct Account: Sendable {
        var username: String
        var password: String
        var key: String
    }

    let process: BrowserProcess
    let folder: URL
    let origin: String
    let accounts: [String: Account]

    /// The demo's store.
    var storePath: String { folder.appendingPathComponent("demo/vigil.sqlite").path }

    /// Starts the demo in `folder` and waits until it serves.
    static func start(in folder: URL) async throws -> DemoSite {
        let port = BrowserProcess.freePort()
        let process = try BrowserProcess(
            try VigilBinary.require(),
            ["demo", "--out", "demo", "--employees", "200", "--records", "6000", "--days", "5", "--port", "\(port)"],
            folder: folder,
            name: "vigil-demo"
        )
        do {
            try await process.waitForOutput("== serving", seconds: 600)
            try await process.waitForHTTP(URL(string: "http://127.0.0.1:\(port)/login")!, seconds: 60)
        } catch {
            process.stop()
            throw error
        }
        return DemoSite(
            process: process,
            folder: folder,
            origin: "http://127.0.0.1:\(port)",
            accounts: parseAccounts(process.output)
        )
    }

    /// Reads the accounts from the demo's terminal output ("  Reviewer: demo-reviewer", then its
    /// password and authenticator key lines).
    static func parseAccounts(_ output: String) -> [String: Account] {
        var accounts: [String: Account] = [:]
        var current: Account?
        for line in output.split(separator: "\n").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            if let range = line.range(of: ": demo-") {
                if let current { accounts[current.username] = current }
                current = Account(username: "demo-" + line[range.upperBound...], password: "", key: "")
            } else if line.hasPrefix("password: ") {
                current?.password = String(line.dropFirst("password: ".count))
            } else if line.hasPrefix("authenticator key: ") {
                current?.key = String(line.dropFirst("authenticator key: ".count))
            }
        }
        if let current { accounts[current.username] = current }
        return accounts
    }
}

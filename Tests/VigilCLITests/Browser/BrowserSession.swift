import Foundation
import Testing

/// Headless Chromium driven by chromedriver over the demo: signing in with both factors, saving
/// screenshots and the accessibility findings as test artefacts.
struct BrowserSession: Sendable {
    let driver: WebDriver
    let chromedriver: BrowserProcess
    let site: DemoSite
    /// `.build/test-artefacts/browser` in the package.
    let artefacts: URL

    /// Finds Chromium and chromedriver and starts a session; fails with what to install when either is
    /// missing or the browser cannot start.
    static func start(site: DemoSite, artefacts: URL) async throws -> BrowserSession {
        let install =
            "install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver; .ci/run does)"
        guard let browser = BrowserProcess.which(["chromium", "chromium-browser", "google-chrome"]) else {
            throw BrowserProcess.Unavailable(description: "the browser test needs headless Chromium: \(install)")
        }
        guard let driverPath = BrowserProcess.which(["chromedriver", "/usr/lib/chromium/chromedriver"]) else {
            throw BrowserProcess.Unavailable(description: "the browser test needs chromedriver: \(install)")
        }
        let port = BrowserProcess.freePort()
        let chromedriver = try BrowserProcess(driverPath, ["--port=\(port)"], folder: site.folder, name: "chromedriver")
        let base = URL(string: "http://127.0.0.1:\(port)")!
        do {
            try await chromedriver.waitForHTTP(base.appendingPathComponent("status"), seconds: 30)
            let driver = try await WebDriver.start(driver: base, browser: browser)
            try FileManager.default.createDirectory(at: artefacts, withIntermediateDirectories: true)
            return BrowserSession(driver: driver, chromedriver: chromedriver, site: site, artefacts: artefacts)
        } catch {
            chromedriver.stop()
            throw BrowserProcess.Unavailable(
                description: "headless Chromium did not start (\(error)); \(install). chromedriver said:\n"
                    + chromedriver.errors
            )
        }
    }

    /// Opens a path on the demo's site.
    func open(_ path: String) async throws {
        try await driver.open(site.origin + path)
    }

    /// The page's path (without the origin).
    func path() async throws -> String {
        String(try await driver.currentURL().dropFirst(site.origin.count))
    }

    /// Waits (up to five seconds) for the browser to arrive at `expected`; returns where it is.
    @discardableResult
    func waitForPath(_ expected: String) async throws -> String {
        let deadline = Date().addingTimeInterval(5)
        var current = try await path()
        while current != expected, Date() < deadline {
            try await Task.sleep(for: .milliseconds(100))
            current = try await path()
        }
        return current
    }

    /// The text of the page's main content.
    func mainText() async throws -> String {
        try await driver.script("return document.querySelector('main').innerText;") as? String ?? ""
    }

    /// Signs in with the password and a TOTP code computed from the printed key.
    func signIn(_ username: String) async throws {
        let account = try #require(site.accounts[username], "vigil demo printed no account \(username)")
        try await open("/login")
        try await driver.type(account.username, into: "#username")
        try await driver.type(account.password, into: "#password")
        try await driver.click("main button[type=submit]")
        #expect(try await waitForPath("/login/code") == "/login/code", "the password step leads to the code step")
        try await check("code step of \(username)", screenshot: nil)
        let code = try #require(TOTPCode.code(base32: account.key, at: Date()))
        try await driver.type(code, into: "#code")
        try await driver.click("main button[type=submit]")
        #expect(try await waitForPath("/") == "/", "a correct code signs \(username) in")
    }

    /// Signs out with the header's button.
    func signOut() async throws {
        try await driver.click("form.signout button")
        let after = try await waitForPath("/login")
        #expect(after == "/login", "signing out leads to the sign-in page, not \(after)")
    }

    /// Audits the page's accessibility (failing the test on any problem) and saves a screenshot.
    func check(_ page: String, screenshot name: String?) async throws {
        let audit = try await AccessibilityAudit.run(driver)
        let line = "\(page): worst contrast \(String(format: "%.2f", audit.worstContrast)):1 (\(audit.worstText))"
        record(line + audit.problems.map { "\n  PROBLEM \($0)" }.joined(), in: "accessibility.txt")
        #expect(audit.problems.isEmpty, "accessibility of \(page): \(audit.problems.joined(separator: "; "))")
        if let name {
            try await driver.screenshot().write(to: artefacts.appendingPathComponent("\(name).png"))
        }
    }

    /// Appends a line to an artefact file.
    func record(_ line: String, in file: String) {
        let url = artefacts.appendingPathComponent(file)
        let existing = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        try? Data((existing + line + "\n").utf8).write(to: url)
    }

    /// Ends the browser and the driver.
    func stop() async {
        await driver.quit()
        chromedriver.stop()
    }
}

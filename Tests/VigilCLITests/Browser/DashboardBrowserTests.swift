import Foundation
import GRDB
import Testing
import VigilStore

/// The dashboard in a real browser: `vigil demo` serves a small synthetic world, headless Chromium
/// signs in with a password and a TOTP code, opens an alert from the reviewer's queue, and an auditor
/// finds the visit in the access review. Every page is audited for accessibility; screenshots, the
/// audit and the keyboard focus order are saved under `.build/test-artefacts/browser/`.
///
/// Fails, never skips, when Chromium or chromedriver is missing or the browser cannot start: CI
/// installs them (`.ci/run`).
@Suite(.serialized)
struct DashboardBrowserTests {
    @Test("a reviewer signs in with two factors and opens an alert; an auditor sees the visit; pages are accessible")
    func reviewerAndAuditorInTheBrowser() async throws {
        let folder = try TemporaryDirectory(prefix: "vigil-browser")
        defer { folder.remove() }
        let artefacts = Self.artefactsFolder()
        try? FileManager.default.removeItem(at: artefacts)
        try FileManager.default.createDirectory(at: artefacts, withIntermediateDirectories: true)
        let site = try await DemoSite.start(in: folder.url)
        defer { site.process.stop() }
        #expect(Set(site.accounts.keys) == ["demo-supervisor", "demo-reviewer", "demo-auditor"])
        let browser = try await BrowserSession.start(site: site, artefacts: artefacts)
        do {
            try await walkThrough(browser, site: site)
        } catch {
            try? await browser.driver.screenshot().write(to: artefacts.appendingPathComponent("failure.png"))
            await browser.stop()
            throw error
        }
        await browser.stop()
    }

    private func walkThrough(_ browser: BrowserSession, site: DemoSite) async throws {
        try await browser.open("/login")
        try await browser.check("sign-in page", screenshot: "01-login")
        let loginOrder = try await AccessibilityAudit.focusOrder(browser.driver, count: 5)
        browser.record("sign-in page: " + loginOrder.joined(separator: " → "), in: "focus-order.txt")
        let username = loginOrder.firstIndex { $0.contains("#username") }
        let password = loginOrder.firstIndex { $0.contains("#password") }
        let button = loginOrder.firstIndex { $0.contains("\"Continue\"") }
        #expect(username != nil && password != nil && button != nil, "Tab reaches every control: \(loginOrder)")
        #expect(username ?? 0 < password ?? 0 && password ?? 0 < button ?? 0, "in reading order: \(loginOrder)")

        try await browser.signIn("demo-reviewer")
        try await browser.check("reviewer's home page", screenshot: "02-home")
        let homeOrder = try await AccessibilityAudit.focusOrder(browser.driver, count: 6)
        browser.record("reviewer's home page: " + homeOrder.joined(separator: " → "), in: "focus-order.txt")
        #expect(homeOrder.contains { $0.contains("#alert") }, "Tab reaches the alert number field: \(homeOrder)")
        #expect(homeOrder.contains { $0.contains("Sign out") }, "Tab reaches Sign out: \(homeOrder)")

        let alert = try Self.reviewersAlert(store: site.storePath)
        try await browser.driver.type(String(alert), into: "#alert")
        try await browser.driver.click("main button[type=submit]")
        #expect(
            try await browser.waitForPath("/alerts/\(alert)") == "/alerts/\(alert)",
            "the reviewer's own alert opens without a reason"
        )
        let alertText = try await browser.mainText()
        #expect(alertText.contains("Employee"), "the alert page shows its employee: \(alertText.prefix(300))")
        try await browser.check("alert \(alert)", screenshot: "03-alert")
        try await browser.signOut()

        try await browser.signIn("demo-auditor")
        try await browser.open("/access-review?subject=alert&id=\(alert)")
        let review = try await browser.mainText()
        #expect(review.contains("demo-reviewer"), "the access review names the reviewer: \(review.prefix(500))")
        #expect(review.contains("consultation"), "and records the visit as a consultation: \(review.prefix(500))")
        try await browser.check("access review of alert \(alert)", screenshot: "04-access-review")
        try await browser.signOut()
    }

    /// An open alert in the demo reviewer's queue.
    private static func reviewersAlert(store path: String) throws -> Int64 {
        let store = try StoreDatabase(path: path)
        let id = try store.read { db in
            try Int64.fetchOne(
                db,
                sql: "SELECT id FROM alert WHERE assigned_to = 'demo-reviewer' AND status = 'NEW' ORDER BY id LIMIT 1"
            )
        }
        return try #require(id, "the demo assigned no open alert to its reviewer")
    }

    /// `.build/test-artefacts/browser` under the package root.
    static func artefactsFolder(from file: String = #filePath) -> URL {
        var folder = URL(fileURLWithPath: file).deletingLastPathComponent()
        while folder.path != "/",
            !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path)
        {
            folder = folder.deletingLastPathComponent()
        }
        return folder.appendingPathComponent(".build/test-artefacts/browser", isDirectory: true)
    }
}

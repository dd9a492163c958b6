import Foundation
import GRDB
import Testing
import VigilStore

/// The dashboard in a real browser: `vigil demo` serves a small synthetic world, headless Chromium
/// signs in with a password and a TOTP code, opens the morning queue and an alert from it, reads its
/// waterfall, decides it is not a match, finds the suppression, and a supervisor finds the visit in
/// the access review. Every page is audited for accessibility; screenshots, the
/// audit and the keyboard focus order are saved under `.build/test-artefacts/browser/`.
///
/// Fails, never skips, when Chromium or chromedriver is missing or the browser cannot start: CI
/// installs them (`.ci/run`).
@Suite(.serialized)
struct DashboardBrowserTests {
    @Test("a reviewer signs in, decides an alert is not a match and sees the suppression; a supervisor sees the visit")
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

        try await browser.open("/alerts?status=NEW&source=crime&mine=1")
        try await browser.check("morning queue", screenshot: "03-queue")
        let queueOrder = try await AccessibilityAudit.focusOrder(browser.driver, count: 40)
        browser.record("morning queue: " + queueOrder.joined(separator: " → "), in: "focus-order.txt")
        #expect(queueOrder.contains { $0.contains("[href=/alerts]") }, "Tab reaches the queue link: \(queueOrder)")
        #expect(queueOrder.contains { $0.contains("#status") }, "Tab reaches the status filter: \(queueOrder)")
        #expect(queueOrder.contains { $0.contains("Apply filters") }, "and Apply filters: \(queueOrder)")
        #expect(queueOrder.contains { $0.contains("[href=/alerts/") }, "and an alert in the queue: \(queueOrder)")
        try await browser.driver.click("main table.queue a[href^='/alerts/']")
        try await Task.sleep(for: .milliseconds(300))
        let opened = try await browser.path()
        let alert = try #require(Int64(opened.dropFirst("/alerts/".count)), "the queue links an alert, not \(opened)")
        let assigned = try Self.assignee(of: alert, store: site.storePath)
        #expect(assigned == "demo-reviewer", "the alert is in the reviewer's own queue")

        let alertText = try await browser.mainText()
        #expect(alertText.contains("Decision"), "the alert page has its decision panel: \(alertText.prefix(300))")
        let waterfall = try await browser.driver.script(
            "return document.querySelectorAll('main svg.waterfall').length + ':' + document.querySelectorAll('main table.explanation tr').length;"
        )
        let parts = (waterfall as? String ?? "0:0").split(separator: ":").compactMap { Int($0) }
        #expect(parts.first ?? 0 >= 1, "the explanation is drawn as a waterfall chart")
        #expect(parts.last ?? 0 >= 3, "with a table of its steps (\(parts))")
        try await browser.check("alert \(alert)", screenshot: "04-alert")
        let alertOrder = try await AccessibilityAudit.focusOrder(browser.driver, count: 60)
        browser.record("alert \(alert): " + alertOrder.joined(separator: " → "), in: "focus-order.txt")
        #expect(alertOrder.contains { $0.contains("#reason") }, "Tab reaches the decision's reason: \(alertOrder)")
        #expect(alertOrder.contains { $0.contains("Record decision") }, "and Record decision: \(alertOrder)")

        try await decide(browser, alert: alert, status: "UNDER_REVIEW", reason: "Reading the crime report")
        try await decide(
            browser,
            alert: alert,
            status: "NOT_A_MATCH",
            reason: "Different person: the date of birth and address history do not fit (browser test)"
        )
        let decided = try await browser.mainText()
        #expect(
            decided.contains("not a match") || decided.contains("NOT_A_MATCH"),
            "the decision shows: \(decided.prefix(400))"
        )
        try await browser.check("alert \(alert) decided", screenshot: "05-decided")

        try await browser.open("/suppressions")
        let suppressions = try await browser.mainText()
        #expect(suppressions.contains("alert \(alert)"), "the suppression is listed: \(suppressions.prefix(600))")
        #expect(suppressions.contains("browser test"), "with its reason")
        try await browser.check("suppressions", screenshot: "06-suppressions")
        try await browser.signOut()

        try await browser.signIn("demo-supervisor")
        try await browser.open("/access-review?subject=alert&id=\(alert)")
        let review = try await browser.mainText()
        #expect(review.contains("demo-reviewer"), "the access review names the reviewer: \(review.prefix(500))")
        #expect(review.contains("consultation"), "and records the visit as a consultation: \(review.prefix(500))")
        try await browser.check("access review of alert \(alert)", screenshot: "07-access-review")
        try await browser.signOut()
    }

    /// Records a decision with the alert page's decision panel.
    private func decide(_ browser: BrowserSession, alert: Int64, status: String, reason: String) async throws {
        try await browser.open("/alerts/\(alert)")
        try await browser.driver.click("#status-\(status)")
        try await browser.driver.type(reason, into: "#reason")
        try await browser.driver.click("form:has(#reason) button[type=submit]")
        let path = try await browser.waitForPath("/alerts/\(alert)")
        #expect(path.hasPrefix("/alerts/\(alert)"), "the decision returns to the alert, not \(path)")
        let text = try await browser.mainText()
        #expect(!text.contains("cannot become"), "the \(status) decision is accepted: \(text.prefix(300))")
    }

    /// Who the store says an alert is assigned to.
    private static func assignee(of alert: Int64, store path: String) throws -> String? {
        try StoreDatabase(path: path).read { db in
            try String.fetchOne(db, sql: "SELECT assigned_to FROM alert WHERE id = ?", arguments: [alert])
        }
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

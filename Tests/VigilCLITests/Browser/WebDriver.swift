import Foundation

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A W3C WebDriver client for one browser session, over loopback HTTP (``LoopbackHTTP``): just the commands the
/// end-to-end test needs (navigate, find, type, click, run a script, screenshot, send keys).
struct WebDriver: Sendable {
    /// A failed WebDriver command: the command and what the driver said.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// An element reference as the driver returns it.
    struct Element: Sendable {
        let id: String
    }

    /// The driver's base address (`http://127.0.0.1:PORT`).
    let base: URL
    /// The session id.
    let session: String

    private static let elementKey = "element-6066-11e4-a52e-4f735466cecf"

    /// Starts a headless Chromium session.
    static func start(driver base: URL, browser: String) async throws -> WebDriver {
        let capabilities: [String: Any] = [
            "capabilities": [
                "alwaysMatch": [
                    "browserName": "chrome",
                    "goog:chromeOptions": [
                        "binary": browser,
                        "args": [
                            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--window-size=1280,1000", "--force-color-profile=srgb",
                        ],
                    ],
                ]
            ]
        ]
        let value = try await command(base.appendingPathComponent("session"), method: "POST", body: capabilities)
        guard let object = value as? [String: Any], let id = object["sessionId"] as? String else {
            throw Failure(description: "the driver started no session: \(String(describing: value))")
        }
        return WebDriver(base: base, session: id)
    }

    /// Ends the session (closing the browser).
    func quit() async {
        _ = try? await Self.command(sessionURL(""), method: "DELETE", body: nil)
    }

    /// Opens a page by path on `origin`.
    func open(_ url: String) async throws {
        _ = try await send("url", ["url": url])
    }

    /// The current page's address.
    func currentURL() async throws -> String {
        try await get("url") as? String ?? ""
    }

    /// The first element matching a CSS selector.
    func find(_ selector: String) async throws -> Element {
        let value = try await send("element", ["using": "css selector", "value": selector])
        guard let object = value as? [String: Any], let id = object[Self.elementKey] as? String else {
            throw Failure(description: "no element matches \(selector): \(String(describing: value))")
        }
        return Element(id: id)
    }

    /// Types text into an element (after clearing it).
    func type(_ text: String, into selector: String) async throws {
        let element = try await find(selector)
        _ = try await send("element/\(element.id)/clear", [:])
        _ = try await send("element/\(element.id)/value", ["text": text])
    }

    /// Clicks the first element matching a selector.
    func click(_ selector: String) async throws {
        let element = try await find(selector)
        _ = try await send("element/\(element.id)/click", [:])
    }

    /// Runs a script in the page and returns its result.
    func script(_ source: String, _ arguments: [Any] = []) async throws -> Any? {
        try await send("execute/sync", ["script": source, "args": arguments])
    }

    /// Presses a key (a WebDriver key code such as Tab, `\u{E004}`) on whatever has focus.
    func press(_ key: String) async throws {
        let actions: [String: Any] = [
            "actions": [
                [
                    "type": "key", "id": "keyboard",
                    "actions": [["type": "keyDown", "value": key], ["type": "keyUp", "value": key]],
                ]
            ]
        ]
        _ = try await send("actions", actions)
    }

    /// A PNG of the viewport.
    func screenshot() async throws -> Data {
        guard let text = try await get("screenshot") as? String, let data = Data(base64Encoded: text) else {
            throw Failure(description: "the driver returned no screenshot")
        }
        return data
    }

    private func sessionURL(_ path: String) -> URL {
        let url = base.appendingPathComponent("session").appendingPathComponent(session)
        return path.isEmpty ? url : url.appendingPathComponent(path)
    }

    private func send(_ path: String, _ body: [String: Any]) async throws -> Any? {
        try await Self.command(sessionURL(path), method: "POST", body: body)
    }

    private func get(_ path: String) async throws -> Any? {
        try await Self.command(sessionURL(path), method: "GET", body: nil)
    }

    /// Sends one command and returns its `value`, or throws the driver's error.
    private static func command(_ url: URL, method: String, body: [String: Any]?) async throws -> Any? {
        let json = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let (status, data) = try LoopbackHTTP.send(method, url, json: json)
        let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        let value = object?["value"]
        guard (200..<300).contains(status) else {
            let detail = (value as? [String: Any]).map { "\($0["error"] ?? ""): \($0["message"] ?? "")" }
            throw Failure(
                description: "\(method) \(url.path) answered \(status): "
                    + (detail ?? String(decoding: data, as: UTF8.self))
            )
        }
        return value is NSNull ? nil : value
    }
}

import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import VigilWeb

/// A minimal browser over the test client: keeps the session cookie, finds the page's CSRF token,
/// and signs in with both factors.
final class Browser: @unchecked Sendable {
    let client: any TestClientProtocol
    let world: TestWorld
    /// The session id the browser holds.
    var cookie: String?
    /// The CSRF token of the last page that carried one.
    var csrfToken: String?

    init(_ client: any TestClientProtocol, world: TestWorld) {
        self.client = client
        self.world = world
    }

    @discardableResult
    func get(_ path: String) async throws -> TestResponse {
        try await send(path, method: .get, body: nil)
    }

    /// Posts a form; the page's CSRF token is added unless `csrf` says otherwise.
    @discardableResult
    func post(_ path: String, _ fields: [String: String] = [:], csrf: String?? = .none) async throws -> TestResponse {
        var fields = fields
        switch csrf {
        case .none: if let csrfToken { fields["csrf_token"] = csrfToken }
        case .some(.some(let token)): fields["csrf_token"] = token
        case .some(.none): break
        }
        let body = fields.sorted { $0.key < $1.key }
            .map { "\(Self.encode($0.key))=\(Self.encode($0.value))" }
            .joined(separator: "&")
        return try await send(path, method: .post, body: body)
    }

    private func send(_ path: String, method: HTTPRequest.Method, body: String?) async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if let cookie { headers[.cookie] = "\(SessionCookie.name)=\(cookie)" }
        if body != nil { headers[.contentType] = "application/x-www-form-urlencoded" }
        let response = try await client.execute(
            uri: path,
            method: method,
            headers: headers,
            body: body.map { ByteBuffer(string: $0) }
        )
        if let setCookie = response.headers[.setCookie] {
            let value = setCookie.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            cookie = value.count == 2 && !value[1].isEmpty ? String(value[1]) : nil
        }
        if let token = Self.csrfToken(in: String(buffer: response.body)) { csrfToken = token }
        return response
    }

    /// Signs in with password and code; returns the final response.
    @discardableResult
    func signIn(_ username: String) async throws -> TestResponse {
        let person = world.people[username]!
        try await get("/login")
        try await post("/login", ["username": username, "password": TestWorld.password])
        try await get("/login/code")
        let factor = SecondFactor()
        let code = factor.code(secret: person.secret, step: factor.step(at: world.clock.now))
        let response = try await post("/login/code", ["code": code])
        try await get("/")
        return response
    }

    /// Gives a reason for opening an object outside the queue.
    func giveReason(_ reason: String, type: String, id: String, returnTo path: String) async throws {
        try await post("/reason", ["object_type": type, "object_id": id, "return": path, "reason": reason])
    }

    static func csrfToken(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf_token\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        guard let end = rest.firstIndex(of: "\"") else { return nil }
        return String(rest[..<end])
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestResponse {
    /// The body as text.
    var text: String { String(buffer: body) }
}

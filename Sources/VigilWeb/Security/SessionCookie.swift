import Hummingbird

/// The session cookie: `__Host-` prefixed, `Secure`, `HttpOnly`, `SameSite=Strict`, `Path=/`, no domain,
/// and no expiry (it goes when the browser closes; the server's timeouts apply regardless).
public enum SessionCookie {
    /// The cookie's name.
    public static let name = "__Host-vigil_session"

    /// The `Set-Cookie` value that gives the browser a session id.
    public static func setting(_ token: String) -> String {
        "\(name)=\(token); Path=/; Secure; HttpOnly; SameSite=Strict"
    }

    /// The `Set-Cookie` value that removes the cookie.
    public static let clearing = "\(name)=; Path=/; Max-Age=0; Secure; HttpOnly; SameSite=Strict"

    /// The session id the request's cookie carries, if any.
    public static func token(in request: Request) -> String? {
        guard let value = request.cookies[name]?.value, !value.isEmpty, value.utf8.count <= 128 else { return nil }
        return value
    }
}

import HTTPTypes
import Hummingbird

/// The headers every response carries, errors included.
public enum SecurityHeaders {
    /// No inline script or style, nothing from elsewhere, never framed.
    public static let contentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; frame-ancestors 'none'; "
        + "form-action 'self'; base-uri 'none'"

    /// The headers and their values.
    public static let all: [(HTTPField.Name, String)] = [
        (.contentSecurityPolicy, contentSecurityPolicy),
        (.strictTransportSecurity, "max-age=31536000; includeSubDomains"),
        (.xContentTypeOptions, "nosniff"),
        (HTTPField.Name("Referrer-Policy")!, "no-referrer"),
        (.cacheControl, "no-store"),
        (HTTPField.Name("X-Frame-Options")!, "DENY"),
        (HTTPField.Name("Cross-Origin-Opener-Policy")!, "same-origin"),
        (HTTPField.Name("Cross-Origin-Resource-Policy")!, "same-origin"),
    ]

    /// Sets every security header on `headers`, replacing any value a route set.
    public static func apply(to headers: inout HTTPFields) {
        for (name, value) in all {
            headers[name] = value
        }
    }
}

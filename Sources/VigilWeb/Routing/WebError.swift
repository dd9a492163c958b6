import Hummingbird

/// A refusal or failure that renders itself as an error page with the right status.
///
/// Messages are for the person at the browser and never say more than they need: a refused alert
/// and a missing one both read "not found".
public struct WebError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The HTTP status.
    public var status: HTTPResponse.Status
    /// What to tell the person.
    public var message: String

    /// Creates an error.
    public init(_ status: HTTPResponse.Status, _ message: String) {
        self.status = status
        self.message = message
    }

    public var description: String { "\(status.code) \(message)" }

    /// The role, grant or session does not admit the request.
    public static let forbidden = WebError(.forbidden, "You do not have access to this page.")
    /// The form did not carry this session's CSRF token.
    public static let csrf = WebError(
        .forbidden,
        "This form has expired or did not come from Vigil. Go back, reload the page and try again."
    )
    /// Nothing here, or nothing this user may know exists.
    public static let notFound = WebError(.notFound, "There is nothing at this address.")
    /// The request was malformed.
    public static func badRequest(_ message: String) -> WebError { WebError(.badRequest, message) }
    /// A form larger than any of Vigil's (its limit is the request context's `maxUploadSize`).
    public static let formTooLarge = WebError(
        .contentTooLarge,
        "This form is larger than Vigil accepts. Shorten what you typed and try again."
    )
}

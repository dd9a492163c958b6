import Hummingbird
import VigilStore

/// What a handler returns: the response, and the objects whose personal data it shows.
///
/// For a route declared as showing personal data, the consultation event names ``consulted``: those
/// of the declared object type as its objects, the rest as objects it reveals.
public struct PageResult: Sendable {
    /// The response to send once the audit event (if any) is written.
    public var response: Response
    /// The objects shown.
    public var consulted: [AuditObject]

    /// A result from a response.
    public init(response: Response, consulted: [AuditObject] = []) {
        self.response = response
        self.consulted = consulted
    }

    /// An HTML page.
    public static func page(
        _ page: Page,
        status: HTTPResponse.Status = .ok,
        consulted: [AuditObject] = []
    ) -> PageResult {
        PageResult(response: page.response(status: status), consulted: consulted)
    }

    /// A redirect to a path on this site (303, so the browser follows with GET).
    public static func redirect(to path: String) -> PageResult {
        PageResult(response: Response(status: .seeOther, headers: [.location: path]))
    }
}

import Hummingbird

/// One route of the dashboard: its method and path, its access declaration, and its handler.
///
/// Routes are only ever added to the router through an ``AccessTable``, which enforces the access
/// declaration before the handler runs and writes the consultation event after it.
///
/// ```swift
/// RouteDeclaration(.get, "/alerts/{id}",
///                  access: RouteAccess(roles: [.reviewer, .supervisor], underGrant: true,
///                                      showsPersonalData: "alert", objects: .alert(parameter: "id"))) {
///     request, context in
///     ...
///     return .page(page, consulted: [AuditObject(type: "alert", id: id)])
/// }
/// ```
public struct RouteDeclaration: Sendable {
    /// The handler: given the request and the enforced context, returns the page and what it showed.
    public typealias Handler = @Sendable (Request, PageContext) async throws -> PageResult

    /// The HTTP method.
    public let method: HTTPRequest.Method
    /// The path, with `{parameter}` captures.
    public let path: String
    /// Who may use it and what it shows.
    public let access: RouteAccess
    /// The handler.
    public let handler: Handler

    /// Declares a route.
    public init(_ method: HTTPRequest.Method, _ path: String, access: RouteAccess, handler: @escaping Handler) {
        self.method = method
        self.path = path
        self.access = access
        self.handler = handler
    }

    /// The route as the router and the audit trail name it: `GET /alerts/{id}`.
    public var name: String { "\(method.rawValue) \(RouterPath(path).description)" }

    /// Whether the method changes state (and so needs the CSRF token).
    public var changesState: Bool { ![.get, .head, .options].contains(method) }
}

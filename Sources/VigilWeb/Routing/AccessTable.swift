import Hummingbird
import Logging

/// The access table: every route of the dashboard with its declaration, and the only way routes get
/// onto the router.
///
/// A route added to the router any other way is refused at run time by ``DeclaredRouteGuard``, and
/// the tests compare the router's routes with this table.
public struct AccessTable: Sendable {
    /// The declared routes, in the order they were added.
    public private(set) var routes: [RouteDeclaration] = []

    /// An empty table.
    public init() {}

    /// Adds a route; a second declaration of the same method and path is a programmer mistake.
    public mutating func add(_ route: RouteDeclaration) {
        precondition(declaration(named: route.name) == nil, "\(route.name) is declared twice")
        routes.append(route)
    }

    /// Declares and adds a route.
    public mutating func add(
        _ method: HTTPRequest.Method,
        _ path: String,
        access: RouteAccess,
        handler: @escaping RouteDeclaration.Handler
    ) {
        add(RouteDeclaration(method, path, access: access, handler: handler))
    }

    /// The declaration named `METHOD /path`, if there is one.
    public func declaration(named name: String) -> RouteDeclaration? {
        routes.first { $0.name == name }
    }

    /// Adds the security middleware and every declared route to `router`.
    public func register(on router: Router<VigilRequestContext>, services: WebServices) {
        router.add(middleware: SecurityMiddleware())
        router.add(middleware: DeclaredRouteGuard(names: Set(routes.map(\.name))))
        router.add(middleware: SessionMiddleware(services: services))
        for route in routes {
            router.on(
                RouterPath(route.path),
                method: route.method,
                responder: DeclaredResponder(route: route, services: services)
            )
        }
    }
}

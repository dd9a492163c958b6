import Hummingbird
import Logging

/// Refuses any matched route that is not in the access table: a route added to the router directly,
/// past the table, is never served (deny by default).
struct DeclaredRouteGuard: RouterMiddleware {
    typealias Context = VigilRequestContext

    /// The declared routes' names (`GET /alerts/{id}`).
    let names: Set<String>

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        // The router records the matched path before calling the route; unmatched requests have none.
        if let path = context.endpointPath, !names.contains("\(request.method.rawValue) \(path)") {
            context.logger.error("refused a request to \(request.method) \(path): the route is not declared")
            throw WebError.forbidden
        }
        return try await next(request, context)
    }
}

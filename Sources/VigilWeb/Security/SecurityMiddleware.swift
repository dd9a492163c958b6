import HTTPTypes
import Hummingbird
import Logging

/// The outermost middleware: turns every error into an error page and puts the security headers on
/// every response, including 403, 404 and 500.
///
/// Unexpected errors are logged and shown as a bare 500 that says nothing about the cause, so store
/// paths and SQL never reach a browser.
struct SecurityMiddleware: RouterMiddleware {
    typealias Context = VigilRequestContext

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as WebError where request.uri.path.hasPrefix(APIResponse.prefix) {
            response = APIResponse.error(status: error.status, message: error.message)
        } catch let error as WebError {
            response = Self.errorPage(status: error.status, message: error.message)
        } catch let error as HTTPError {
            response = Self.errorPage(status: error.status, message: Self.message(for: error.status))
        } catch {
            context.logger.error("request \(request.method) \(request.uri.path) failed: \(error)")
            response = Self.errorPage(
                status: .internalServerError,
                message: "Something went wrong and nothing was shown. The problem has been logged."
            )
        }
        SecurityHeaders.apply(to: &response.headers)
        return response
    }

    static func errorPage(status: HTTPResponse.Status, message: String) -> Response {
        Page(
            title: status.reasonPhrase,
            content: "<p>\(message)</p><p><a href=\"/\">Go to the home page</a></p>"
        ).response(status: status)
    }

    private static func message(for status: HTTPResponse.Status) -> String {
        switch status {
        case .notFound: WebError.notFound.message
        case .forbidden, .unauthorized: WebError.forbidden.message
        case .contentTooLarge: "What was sent is too large."
        default: status.code < 500 ? "The request could not be understood." : "Something went wrong."
        }
    }
}

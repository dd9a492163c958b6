import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import VigilStore

/// Builds the dashboard: the access table of every route, the router, and the Hummingbird application.
///
/// ```swift
/// let services = try await WebServices(store: store)
/// let app = try VigilWebApplication.application(services: services, host: "127.0.0.1", port: 8080)
/// try await app.runService()
/// ```
public enum VigilWebApplication {
    /// Every route of the security layer: signing in and out, enrolment, home, administration,
    /// grants, access review and the alert view. Later views add theirs to the same table.
    public static func accessTable() -> AccessTable {
        var table = AccessTable()
        StaticRoutes.declare(into: &table)
        SignInPages.declare(into: &table)
        EnrolmentPages.declare(into: &table)
        HomePages.declare(into: &table)
        ReasonRoute.declare(into: &table)
        AdminPages.declare(into: &table)
        GrantPages.declare(into: &table)
        AccessReviewPages.declare(into: &table)
        TriageRoutes.register(in: &table)
        InsightRoutes.declare(into: &table)
        APIRoutes.declare(into: &table)
        return table
    }

    /// A router serving exactly the routes of `table`, behind the security middleware.
    public static func router(services: WebServices, table: AccessTable = accessTable()) -> Router<VigilRequestContext>
    {
        let router = Router(context: VigilRequestContext.self)
        table.register(on: router, services: services)
        return router
    }

    /// The application, listening on `host:port`: over HTTPS only when given `tls`, otherwise over plain
    /// HTTP for a TLS-terminating proxy in front (see docs/security.md).
    ///
    /// When it shuts down gracefully (SIGTERM or SIGINT under `runService()`), it writes the counts of
    /// refused sign-ins still being counted to the audit trail once the server has stopped
    /// (``RefusalCountsAtShutdown``).
    ///
    /// `onServerRunning` is called with the bound port once the server listens (useful with port 0).
    public static func application(
        services: WebServices,
        host: String,
        port: Int,
        tls: ServerTLS? = nil,
        table: AccessTable = accessTable(),
        logger: Logger = Logger(label: "vigil.web"),
        onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) throws -> some ApplicationProtocol {
        let server: HTTPServerBuilder =
            if let tls { try .tls(.http1(), tlsConfiguration: tls.configuration) } else { .http1() }
        return Application(
            router: router(services: services, table: table),
            server: server,
            configuration: .init(address: .hostname(host, port: port), serverName: "Vigil"),
            services: [RefusalCountsAtShutdown(store: services.store, clock: services.clock, logger: logger)],
            onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? port) },
            logger: logger
        )
    }
}

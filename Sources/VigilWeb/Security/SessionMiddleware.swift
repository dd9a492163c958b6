import Foundation
import HTTPTypes
import Hummingbird
import VigilStore

/// Finds the visitor's session from their cookie, ends it if it has timed out or its user is
/// disabled, and otherwise notes its use and puts the session, user and grant in the context.
///
/// Runs for every request, so the idle timeout restarts only on real use.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = VigilRequestContext

    let services: WebServices

    /// What the store said about the cookie's session.
    private struct Lookup: Sendable {
        var session: UserSession?
        var user: UserAccount?
        var grant: AccessGrant?
        var ended: Bool
    }

    func handle(
        _ request: Request,
        context: Context,
        next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let header = services.clientAddressHeader.flatMap({ HTTPField.Name($0) }),
            let address = request.headers[header], !address.isEmpty, address.count <= 64
        {
            context.client = address
        }
        guard let token = SessionCookie.token(in: request) else { return try await next(request, context) }
        let now = services.clock.now()
        let policy = services.sessions
        let lookup = try await services.store.asyncWrite { db -> Lookup in
            let hash = SessionToken.hash(token)
            guard let session = try SessionStore.session(tokenHash: hash, in: db) else {
                return Lookup(ended: true)
            }
            let user = try session.userID.flatMap { try UserDirectory.user(id: $0, in: db) }
            var ending = policy.expiry(of: session, at: now)
            if session.userID != nil, user?.isEnabled != true { ending = "account disabled" }
            if let ending {
                try SessionStore.end(tokenHash: hash, reason: ending, at: now, in: db)
                if session.stage == .signedIn, let user {
                    try AuditIndex.record(
                        AuditEvent(
                            at: now,
                            actor: user.username,
                            action: .signOut,
                            objectType: "user",
                            objectIDs: [user.username],
                            detail: "session ended: \(ending)"
                        ),
                        in: db
                    )
                }
                return Lookup(ended: true)
            }
            try SessionStore.touch(tokenHash: hash, at: now, in: db)
            guard session.stage == .signedIn, let user else { return Lookup(session: session, ended: false) }
            let grant = user.role == .none ? try AccessGrants.active(forUserID: user.id, at: now, in: db) : nil
            return Lookup(session: session, user: user, grant: grant, ended: false)
        }
        context.session = lookup.session
        context.user = lookup.user
        context.grant = lookup.grant
        var response = try await next(request, context)
        if lookup.ended, response.headers[.setCookie] == nil {
            response.headers[.setCookie] = SessionCookie.clearing
        }
        return response
    }
}

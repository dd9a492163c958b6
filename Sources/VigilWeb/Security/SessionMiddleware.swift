import Foundation
import HTTPTypes
import Hummingbird
import VigilStore

/// Finds the visitor's session from their cookie, ends it if it has timed out or its user is
/// disabled, and otherwise notes its use and puts the session, user and grant in the context.
///
/// Runs for every request, so the look-up is a read (WAL readers run side by side); the use is
/// written only when the recorded one is older than ``SessionPolicy/touchInterval``, and expiry is
/// always judged exactly against what is recorded.
struct SessionMiddleware: RouterMiddleware {
    typealias Context = VigilRequestContext

    let services: WebServices

    /// What the store said about the cookie's session.
    private struct Lookup: Sendable {
        var session: UserSession?
        var user: UserAccount?
        var grant: AccessGrant?
        /// Why the session must end now, if it must.
        var ending: String?
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
        let hash = SessionToken.hash(token)
        var lookup = try await look(up: hash, at: now)
        if let ending = lookup.ending, let session = lookup.session {
            try await end(session, user: lookup.user, reason: ending, at: now)
            lookup = Lookup(ended: true)
        } else if let session = lookup.session, services.sessions.needsTouch(session, at: now) {
            try await services.store.asyncWrite { db in try SessionStore.touch(tokenHash: hash, at: now, in: db) }
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

    /// Reads the session, its user and any grant, and judges whether the session has expired.
    private func look(up hash: String, at now: Date) async throws -> Lookup {
        let policy = services.sessions
        return try await services.store.asyncRead { db -> Lookup in
            guard let session = try SessionStore.session(tokenHash: hash, in: db) else {
                return Lookup(ended: true)
            }
            let user = try session.userID.flatMap { try UserDirectory.user(id: $0, in: db) }
            var ending = policy.expiry(of: session, at: now)
            if session.userID != nil, user?.isEnabled != true { ending = "account disabled" }
            if let ending { return Lookup(session: session, user: user, ending: ending, ended: true) }
            guard session.stage == .signedIn, let user else { return Lookup(session: session, ended: false) }
            let grant = user.role == .none ? try AccessGrants.active(forUserID: user.id, at: now, in: db) : nil
            return Lookup(session: session, user: user, grant: grant, ended: false)
        }
    }

    /// Ends an expired session, recording the sign-out of a signed-in user (once, however many requests
    /// find it expired at the same moment).
    private func end(_ session: UserSession, user: UserAccount?, reason: String, at now: Date) async throws {
        try await services.store.asyncWrite { db in
            let ended = try SessionStore.end(tokenHash: session.tokenHash, reason: reason, at: now, in: db)
            guard ended, session.stage == .signedIn, let user else { return }
            try AuditIndex.record(
                AuditEvent(
                    at: now,
                    actor: user.username,
                    action: .signOut,
                    objectType: "user",
                    objectIDs: [user.username],
                    detail: "session ended: \(reason)"
                ),
                in: db
            )
        }
    }
}

import Foundation
import GRDB
import Hummingbird
import VigilStore

/// What a route's handler is given: who is asking, the object they were authorised to see, the form
/// they sent, and the store.
///
/// Handlers of signed-in routes can rely on ``user`` and ``session``; the route's access declaration
/// has already been enforced by the time the handler runs.
public struct PageContext: Sendable {
    /// The route as declared, e.g. `GET /alerts/{id}`.
    public let route: String
    /// The visitor's session, if any.
    public let session: UserSession?
    /// The signed-in user, if any.
    public let user: UserAccount?
    /// The break-glass grant the user is acting under, if any: set only on routes the grant (not the
    /// role) admits them to, so that only those record grant uses.
    public let grant: AccessGrant?
    /// The grant the user holds now, whether or not this route relies on it (the home page shows it to
    /// a user with role `none`, with the alert-number form).
    public let grantInForce: AccessGrant?
    /// The object named in the path, once authorised.
    public let object: AuthorisedObject?
    /// Fields of a submitted form (empty for GET).
    public let form: FormFields
    /// The query string's fields.
    public let query: FormFields
    /// Path parameters.
    public let parameters: Parameters
    /// The client's address.
    public let client: String
    /// The instant the request is being served at.
    public let now: Date
    /// The shared services.
    public let services: WebServices

    /// The store.
    public var store: StoreDatabase { services.store }
    /// The CSRF token to put in every form.
    public var csrfToken: String { session?.csrfToken ?? "" }

    /// The signed-in user, or a refusal (for handlers shared by open and signed-in routes).
    public func requireUser() throws -> UserAccount {
        guard let user else { throw WebError.forbidden }
        return user
    }

    /// The user name the audit trail records for this request.
    public var actor: String { user?.username ?? "anonymous" }

    /// Runs `change` and appends `event` in one transaction, so the change and its audit record are
    /// committed together or not at all (fail closed).
    public func audited<T: Sendable>(
        _ event: AuditEvent,
        related: [AuditObject] = [],
        _ change: @escaping @Sendable (Database) throws -> T
    ) async throws -> T {
        try await store.asyncWrite { db in
            let result = try change(db)
            try AuditIndex.record(event, related: related, in: db)
            return result
        }
    }
}

import Hummingbird
import NIOCore
import VigilStore

/// The request context of every Vigil route: Hummingbird's core storage plus who is asking.
///
/// ``SessionMiddleware`` fills in the session, the user and any grant in force before a route runs;
/// a route never trusts anything the client says about who it is.
public struct VigilRequestContext: RequestContext {
    /// Hummingbird's own storage.
    public var coreContext: CoreRequestContextStorage
    /// The client's address, for throttling and the admin pages.
    public var client: String
    /// The visitor's live session, if their cookie named one.
    public var session: UserSession?
    /// The signed-in user, once both factors were accepted.
    public var user: UserAccount?
    /// The break-glass grant in force for the user, if any.
    public var grant: AccessGrant?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        client = source.channel.remoteAddress?.ipAddress ?? "unknown"
    }

    /// Form bodies are small: a reason, a note, a password.
    public var maxUploadSize: Int { 64 * 1024 }
}

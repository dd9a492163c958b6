import ArgumentParser
import Foundation
import Hummingbird
import Logging
import VigilStore
import VigilWeb

/// `vigil serve`: the dashboard.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the dashboard over HTTPS, or over HTTP to a TLS-terminating reverse proxy.",
        discussion: """
            With --tls-cert and --tls-key (PEM files) Vigil terminates TLS itself and speaks HTTPS only \
            (TLS 1.2 or later). Without them it speaks plain HTTP and expects TLS to end at a reverse proxy \
            in front of it (nginx: see docs/security.md); listen on loopback then, unless the proxy is on \
            another host of a private segment. The session cookie is Secure, so browsers send it only over \
            HTTPS (or to localhost).
            """
    )

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "Address to listen on.")
    var host: String = "127.0.0.1"

    @Option(name: .long, help: "Port to listen on.")
    var port: Int = 8080

    @Option(
        name: .long,
        help: "Header in which the trusted reverse proxy passes the client's address (e.g. X-Real-IP)."
    )
    var clientAddressHeader: String?

    @Option(name: .long, help: "PEM certificate chain (leaf first) to serve HTTPS with; needs --tls-key.")
    var tlsCert: String?

    @Option(name: .long, help: "PEM private key of --tls-cert.")
    var tlsKey: String?

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port is between 1 and 65535") }
        switch (tlsCert, tlsKey) {
        case (.some, nil): throw ValidationError("--tls-cert needs --tls-key (give both, or neither)")
        case (nil, .some): throw ValidationError("--tls-key needs --tls-cert (give both, or neither)")
        default: break
        }
    }

    func run() async throws {
        let tls = try loadTLS()
        let store = try storeOptions.open(mapsIntoMemory: true)
        let services = try await WebServices(store: store, clientAddressHeader: clientAddressHeader)
        let scheme = tls == nil ? "http" : "https"
        let settings =
            "listening on \(host):\(port); idle timeout \(Int(services.sessions.idleTimeout))s, absolute "
            + "\(Int(services.sessions.absoluteTimeout))s; lockout after \(services.login.lockAfter) failures; "
            + "client address from \(clientAddressHeader ?? "the connection"); "
            + (tlsCert.map { "TLS at the server with \($0)" } ?? "TLS at a reverse proxy")
        _ = try store.write { db in try ServerSettings.record(settings, in: db) }
        if tls == nil, !["127.0.0.1", "::1", "localhost"].contains(host) {
            Diagnostics.note(
                "listening on \(host) without TLS: make sure only the TLS proxy can reach this port, "
                    + "or give --tls-cert and --tls-key"
            )
        }
        Diagnostics.note("serving \(store.path) on \(scheme)://\(host):\(port)")
        let app = try VigilWebApplication.application(services: services, host: host, port: port, tls: tls)
        try await app.runService()
    }

    /// The certificate and key, when given; a file that cannot be used stops the command, naming it.
    private func loadTLS() throws -> ServerTLS? {
        guard let tlsCert, let tlsKey else { return nil }
        do {
            return try ServerTLS.load(certificatePath: tlsCert, keyPath: tlsKey)
        } catch let error as ServerTLS.LoadError {
            Diagnostics.note("cannot serve HTTPS: \(error)")
            throw ExitStatus.failure
        }
    }
}

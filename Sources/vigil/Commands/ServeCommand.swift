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
        abstract: "Serve the dashboard over HTTP to a TLS-terminating reverse proxy.",
        discussion: """
            Vigil speaks plain HTTP and expects TLS to end at a reverse proxy in front of it (nginx: see \
            docs/security.md). Its session cookie is Secure, so browsers send it only over HTTPS (or to \
            localhost). Listen on loopback unless the proxy is on another host of a private segment.
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

    func validate() throws {
        guard (1...65_535).contains(port) else { throw ValidationError("--port is between 1 and 65535") }
    }

    func run() async throws {
        let store = try storeOptions.open()
        let services = try await WebServices(store: store, clientAddressHeader: clientAddressHeader)
        let settings =
            "listening on \(host):\(port); idle timeout \(Int(services.sessions.idleTimeout))s, absolute "
            + "\(Int(services.sessions.absoluteTimeout))s; lockout after \(services.login.lockAfter) failures; "
            + "client address from \(clientAddressHeader ?? "the connection")"
        try store.write { db in try ServerSettings.record(settings, in: db) }
        if !["127.0.0.1", "::1", "localhost"].contains(host) {
            Diagnostics.note("listening on \(host): make sure only the TLS proxy can reach this port")
        }
        Diagnostics.note("serving \(store.path) on http://\(host):\(port)")
        let app = VigilWebApplication.application(services: services, host: host, port: port)
        try await app.runService()
    }
}

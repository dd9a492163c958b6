import Foundation
import Hummingbird
import NIOSSL
import Testing

@testable import VigilWeb

/// `vigil serve --tls-cert --tls-key`: the real server, on a real port, speaks HTTPS only.
@Suite struct ServerTLSTests {
    /// Runs the dashboard with TLS on a free loopback port while `body` runs, then stops it.
    private func serving(
        _ world: TestWorld,
        tls: ServerTLS,
        _ body: @Sendable (Int) async throws -> Void
    ) async throws {
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let app = try VigilWebApplication.application(
            services: world.services,
            host: "127.0.0.1",
            port: 0,
            tls: tls,
            onServerRunning: { port in continuation.yield(port) }
        )
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await app.run() }
            var iterator = ports.makeAsyncIterator()
            let port = try #require(await iterator.next())
            defer { group.cancelAll() }
            try await body(port)
        }
    }

    @Test("with a certificate the login page is served over TLS, with the security headers")
    func loginOverHTTPS() async throws {
        let certificate = try await TestCertificate()
        defer { certificate.remove() }
        let tls = try ServerTLS.load(certificatePath: certificate.certificatePath, keyPath: certificate.keyPath)
        let world = try await TestWorld()
        try await serving(world, tls: tls) { port in
            let https = try await TestCertificate.run(
                "curl",
                ["-sk", "--max-time", "20", "--tlsv1.2", "-D", "-", "https://127.0.0.1:\(port)/login"]
            )
            #expect(https.status == 0, "curl over HTTPS: \(https.output)")
            let text = https.output.lowercased()
            #expect(text.hasPrefix("http/1.1 200"), "\(https.output.prefix(200))")
            #expect(text.contains("strict-transport-security: max-age="))
            #expect(text.contains("content-security-policy: default-src 'self'"))
            #expect(text.contains("x-content-type-options: nosniff"))
            #expect(text.contains("cache-control: no-store"))
            #expect(text.contains("action=\"/login\""))

            let plain = try await TestCertificate.run(
                "curl",
                ["-s", "--max-time", "10", "-o", "/dev/null", "-w", "%{http_code}", "http://127.0.0.1:\(port)/login"]
            )
            #expect(plain.status != 0, "plain HTTP to the TLS port must fail: \(plain.output)")
            #expect(plain.output == "000", "no HTTP status over plain HTTP, got \(plain.output)")
        }
    }

    @Test("TLS below 1.2 is refused (a server allowing TLS 1.1 serves the same client)")
    func oldTLSRefused() async throws {
        let certificate = try await TestCertificate()
        defer { certificate.remove() }
        let tls = try ServerTLS.load(certificatePath: certificate.certificatePath, keyPath: certificate.keyPath)
        #expect(tls.configuration.minimumTLSVersion == .tlsv12)
        var permissive = tls.configuration
        permissive.minimumTLSVersion = .tlsv1
        // The client is allowed TLS 1.1 and weak ciphers, so only the server's minimum can refuse it.
        let tls11 = [
            // A generous limit: on a loaded two-core machine the first handshake has taken over 10 s.
            "-sk", "--max-time", "45", "--tlsv1.1", "--tls-max", "1.1", "--ciphers", "DEFAULT@SECLEVEL=0",
            "-o", "/dev/null", "-w", "%{http_code}",
        ]
        let world = try await TestWorld()
        try await serving(world, tls: ServerTLS(configuration: permissive)) { port in
            let control = try await TestCertificate.run("curl", tls11 + ["https://127.0.0.1:\(port)/login"])
            #expect(
                control.status == 0 && control.output == "200",
                "control: TLS 1.1 allowed: status \(control.status), \(control.output)"
            )
        }
        try await serving(world, tls: tls) { port in
            let old = try await TestCertificate.run("curl", tls11 + ["https://127.0.0.1:\(port)/login"])
            #expect(old.status != 0, "a TLS 1.1 client must not be served: \(old.output)")
        }
    }

    @Test("an unreadable file, a file that is not PEM, or a key that does not fit is refused, naming the file")
    func loadErrors() async throws {
        let certificate = try await TestCertificate()
        defer { certificate.remove() }
        let missing = certificate.folder.appendingPathComponent("missing.pem").path
        let garbage = try certificate.write("not a certificate\n", named: "garbage.pem")
        let other = try await TestCertificate()
        defer { other.remove() }

        let cases: [(String, String, ServerTLS.LoadError.Code, String)] = [
            (missing, certificate.keyPath, .unreadable, missing),
            (certificate.certificatePath, missing, .unreadable, missing),
            (garbage, certificate.keyPath, .notCertificate, garbage),
            (certificate.keyPath, certificate.keyPath, .notCertificate, certificate.keyPath),
            (certificate.certificatePath, garbage, .notPrivateKey, garbage),
            (certificate.certificatePath, certificate.certificatePath, .notPrivateKey, certificate.certificatePath),
            (certificate.certificatePath, other.keyPath, .unusable, other.keyPath),
        ]
        for (cert, key, code, path) in cases {
            let error = #expect(throws: ServerTLS.LoadError.self) {
                try ServerTLS.load(certificatePath: cert, keyPath: key)
            }
            #expect(error?.code == code, "cert \(cert), key \(key)")
            #expect(error?.path == path, "cert \(cert), key \(key)")
            #expect(error?.description.hasPrefix(path) == true)
        }
    }
}

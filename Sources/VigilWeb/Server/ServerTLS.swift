import Foundation
import NIOSSL

/// The certificate chain and private key with which `vigil serve` terminates TLS itself.
///
/// Loaded once at start-up from PEM files, checked by building a TLS context, so a wrong or unreadable
/// file stops the server before it listens, with an error naming the file. TLS 1.2 is the minimum.
public struct ServerTLS: Sendable {
    /// Why a certificate or key could not be used.
    public struct LoadError: Error, CustomStringConvertible, Sendable {
        /// What went wrong.
        public enum Code: String, Sendable {
            /// The file could not be read (missing, a folder, no permission).
            case unreadable
            /// The file holds no PEM certificate.
            case notCertificate
            /// The file holds no PEM private key.
            case notPrivateKey
            /// Certificate and key do not make a usable TLS context (for example they do not match).
            case unusable
        }

        public let code: Code
        /// The file at fault.
        public let path: String
        public let message: String

        public var description: String { "\(path): \(message)" }
    }

    /// The server-side TLS configuration: the certificate chain, the key, TLS 1.2 or later.
    public let configuration: TLSConfiguration

    /// Loads a PEM certificate chain (leaf first) and a PEM private key.
    public static func load(certificatePath: String, keyPath: String) throws -> ServerTLS {
        let certificateBytes = try read(certificatePath, what: "certificate")
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMBytes(certificateBytes)
        } catch {
            throw LoadError(code: .notCertificate, path: certificatePath, message: "not a valid PEM certificate")
        }
        guard !chain.isEmpty else {
            throw LoadError(
                code: .notCertificate,
                path: certificatePath,
                message: "not a valid PEM certificate (none found)"
            )
        }
        let keyBytes = try read(keyPath, what: "private key")
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(bytes: keyBytes, format: .pem)
        } catch {
            throw LoadError(code: .notPrivateKey, path: keyPath, message: "not a valid PEM private key")
        }
        var configuration = TLSConfiguration.makeServerConfiguration(
            certificateChain: chain.map { .certificate($0) },
            privateKey: .privateKey(key)
        )
        configuration.minimumTLSVersion = .tlsv12
        do {
            _ = try NIOSSLContext(configuration: configuration)
        } catch {
            throw LoadError(
                code: .unusable,
                path: keyPath,
                message: "the private key does not fit the certificate in \(certificatePath) (\(error))"
            )
        }
        return ServerTLS(configuration: configuration)
    }

    private static func read(_ path: String, what: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LoadError(code: .unreadable, path: path, message: "cannot read the \(what) file")
        }
        return Array(data)
    }
}

import Crypto
import Foundation

/// Random session ids and CSRF tokens, and the hash under which a session id is stored.
///
/// Ids are 32 bytes from the system's cryptographic generator, written as base64url without padding,
/// which is valid in a cookie and a form field.
public enum SessionToken {
    /// A new random token.
    public static func generate() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The SHA-256 of a token, in hex: what the store keeps instead of the session id.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Array(token.utf8)).hex
    }

    /// Compares two tokens in time that depends only on their lengths, so a guess cannot be refined
    /// one character at a time.
    public static func matches(_ given: String, _ expected: String) -> Bool {
        let given = Array(given.utf8)
        let expected = Array(expected.utf8)
        guard given.count == expected.count, !expected.isEmpty else { return false }
        var difference: UInt8 = 0
        for index in expected.indices { difference |= given[index] ^ expected[index] }
        return difference == 0
    }
}

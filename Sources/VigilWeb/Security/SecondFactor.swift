import Foundation
import HummingbirdOTP

/// TOTP second factor (RFC 6238: SHA-1, six digits, 30-second steps), as authenticator apps expect.
///
/// A code is accepted for the current step and one step either side (clock drift), and only for a step
/// later than the last one accepted, so an observed code cannot be replayed.
public struct SecondFactor: Sendable {
    /// The issuer shown in authenticator apps.
    public var issuer = "Vigil"
    /// Steps accepted either side of the current one.
    public var driftSteps: Int64 = 1
    /// Seconds per step.
    public let timeStep = 30

    /// The default second factor.
    public init() {}

    /// A new shared secret: 32 random letters and digits (about 190 bits), whose bytes are the HMAC key.
    public static func newSecret() -> String {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<32).map { _ in alphabet.randomElement(using: &generator)! })
    }

    /// The TOTP step that `date` falls in.
    public func step(at date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 / Double(timeStep)).rounded(.down))
    }

    /// The code for a step.
    public func code(secret: String, step: Int64) -> String {
        let value = TOTP(secret: secret).compute(date: Date(timeIntervalSince1970: Double(step * Int64(timeStep))))
        let digits = String(value)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }

    /// The step whose code `code` is, within the drift window around `now` and after `lastStep`;
    /// `nil` when the code is wrong, stale or already used.
    public func acceptedStep(for code: String, secret: String, at now: Date, after lastStep: Int64) -> Int64? {
        let typed = code.filter { !$0.isWhitespace }
        guard typed.count == 6, typed.allSatisfy(\.isASCII), typed.allSatisfy(\.isNumber) else { return nil }
        let current = step(at: now)
        var accepted: Int64?
        for candidate in (current - driftSteps)...(current + driftSteps) where candidate > lastStep {
            // Every candidate is computed, so the time taken does not say which one matched.
            if self.code(secret: secret, step: candidate) == typed, accepted == nil { accepted = candidate }
        }
        return accepted
    }

    /// The secret as authenticator apps take it: RFC 4648 base32 of its bytes, without padding.
    public func base32(_ secret: String) -> String {
        Base32.encode(Array(secret.utf8))
    }

    /// The `otpauth://` URI the enrolment QR code carries.
    public func provisioningURI(secret: String, account: String) -> String {
        TOTP(secret: secret).createAuthenticatorURL(label: "\(issuer):\(account)", issuer: issuer)
    }
}

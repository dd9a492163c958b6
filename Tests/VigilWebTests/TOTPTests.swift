import Foundation
import HummingbirdOTP
import Testing

@testable import VigilWeb

@Suite struct TOTPTests {
    /// RFC 6238, appendix B: time, then the eight-digit codes for SHA-1, SHA-256 and SHA-512.
    static let vectors: [(TimeInterval, Int, Int, Int)] = [
        (59, 94_287_082, 46_119_246, 90_693_936),
        (1_111_111_109, 7_081_804, 68_084_774, 25_091_201),
        (1_111_111_111, 14_050_471, 67_062_674, 99_943_326),
        (1_234_567_890, 89_005_924, 91_819_424, 93_441_116),
        (2_000_000_000, 69_279_037, 90_698_825, 38_618_901),
        (20_000_000_000, 65_353_130, 77_737_706, 47_863_826),
    ]

    @Test("TOTP matches RFC 6238's published SHA-1 vectors")
    func sha1Vectors() {
        let totp = TOTP(secret: "12345678901234567890", length: 8, hashFunction: .sha1)
        for (time, sha1, _, _) in Self.vectors {
            #expect(totp.compute(date: Date(timeIntervalSince1970: time)) == sha1, "at \(time)")
        }
    }

    @Test("TOTP matches RFC 6238's SHA-256 and SHA-512 vectors")
    func sha2Vectors() {
        let sha256 = TOTP(secret: "12345678901234567890123456789012", length: 8, hashFunction: .sha256)
        let sha512 = TOTP(
            secret: "1234567890123456789012345678901234567890123456789012345678901234",
            length: 8,
            hashFunction: .sha512
        )
        for (time, _, expected256, expected512) in Self.vectors {
            let date = Date(timeIntervalSince1970: time)
            #expect(sha256.compute(date: date) == expected256, "at \(time)")
            #expect(sha512.compute(date: date) == expected512, "at \(time)")
        }
    }

    @Test("six-digit codes keep their leading zeros and match the RFC's last six digits")
    func sixDigits() {
        let factor = SecondFactor()
        let step = factor.step(at: Date(timeIntervalSince1970: 1_111_111_109))
        #expect(factor.code(secret: "12345678901234567890", step: step) == "081804")
    }

    @Test("a code is accepted one step either side, and never for a step already used")
    func driftAndReplay() {
        let factor = SecondFactor()
        let secret = SecondFactor.newSecret()
        let now = Date(timeIntervalSince1970: 1_800_000_000)
        let step = factor.step(at: now)
        #expect(
            factor.acceptedStep(for: factor.code(secret: secret, step: step), secret: secret, at: now, after: 0) == step
        )
        let previous = factor.code(secret: secret, step: step - 1)
        #expect(factor.acceptedStep(for: previous, secret: secret, at: now, after: 0) == step - 1)
        #expect(factor.acceptedStep(for: previous, secret: secret, at: now, after: step - 1) == nil)
        let stale = factor.code(secret: secret, step: step - 2)
        #expect(factor.acceptedStep(for: stale, secret: secret, at: now, after: 0) == nil)
        #expect(factor.acceptedStep(for: "12345", secret: secret, at: now, after: 0) == nil)
        #expect(factor.acceptedStep(for: "abcdef", secret: secret, at: now, after: 0) == nil)
    }

    @Test("the key shown for typing is the base32 the otpauth URI carries")
    func base32MatchesURI() {
        let factor = SecondFactor()
        #expect(factor.base32("12345678901234567890") == "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
        let secret = SecondFactor.newSecret()
        let uri = factor.provisioningURI(secret: secret, account: "jo")
        #expect(uri.hasPrefix("otpauth://totp/Vigil:jo?secret=\(factor.base32(secret))"))
        #expect(uri.hasSuffix("&issuer=Vigil"))
    }

    @Test("new secrets are 32 random letters and digits")
    func secrets() {
        let secrets = Set((0..<50).map { _ in SecondFactor.newSecret() })
        #expect(secrets.count == 50)
        #expect(secrets.allSatisfy { $0.count == 32 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } })
    }
}

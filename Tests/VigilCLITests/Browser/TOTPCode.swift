import Crypto
import Foundation

/// RFC 6238 TOTP codes (HMAC-SHA1, 30-second steps, six digits), computed independently of the server
/// from the base32 key `vigil demo` prints, as an authenticator app would.
enum TOTPCode {
    /// The code for `key` (RFC 4648 base32, no padding) at `date`.
    static func code(base32 key: String, at date: Date) -> String? {
        guard let secret = decode(key) else { return nil }
        var counter = UInt64(date.timeIntervalSince1970 / 30).bigEndian
        let message = withUnsafeBytes(of: &counter) { Data($0) }
        let mac = Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: secret)))
        let offset = Int(mac[mac.count - 1] & 0x0F)
        let value =
            (UInt32(mac[offset] & 0x7F) << 24) | (UInt32(mac[offset + 1]) << 16) | (UInt32(mac[offset + 2]) << 8)
            | UInt32(mac[offset + 3])
        let digits = String(value % 1_000_000)
        return String(repeating: "0", count: 6 - digits.count) + digits
    }

    /// Decodes RFC 4648 base32 (upper case, padding and spaces ignored).
    static func decode(_ text: String) -> Data? {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
        var bits: UInt64 = 0
        var count = 0
        var bytes: [UInt8] = []
        for character in text.uppercased() where character != "=" && character != " " {
            guard let value = alphabet.firstIndex(of: character) else { return nil }
            bits = (bits << 5) | UInt64(value)
            count += 5
            if count >= 8 {
                count -= 8
                bytes.append(UInt8((bits >> UInt64(count)) & 0xFF))
            }
        }
        return Data(bytes)
    }
}

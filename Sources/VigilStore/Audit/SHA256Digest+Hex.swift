import Crypto

extension SHA256Digest {
    /// The digest as 64 lowercase hexadecimal digits, as the store keeps hashes.
    ///
    /// Written out by hand because `String(format:)` per byte costs more than the hash itself, and the
    /// web layer hashes a session token and an audit entry on almost every request.
    var hex: String {
        String(unsafeUninitializedCapacity: SHA256Digest.byteCount * 2) { buffer in
            var index = 0
            for byte in self {
                buffer[index] = Self.digits[Int(byte >> 4)]
                buffer[index + 1] = Self.digits[Int(byte & 0x0F)]
                index += 2
            }
            return index
        }
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)
}

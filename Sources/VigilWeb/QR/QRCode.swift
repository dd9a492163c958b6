/// A QR code (ISO/IEC 18004) for a short text: byte mode, error correction level M, versions 1 to 10.
///
/// Enough for an `otpauth://` URI (up to 213 bytes), drawn on the enrolment page as SVG by the server,
/// so no script and no third-party service ever sees the TOTP secret.
///
/// ```swift
/// let code = try QRCode(encoding: "otpauth://totp/Vigil:jo?secret=...&issuer=Vigil")
/// let svg = code.svg(moduleSize: 4)
/// ```
public struct QRCode: Sendable, Hashable {
    /// Why a text could not be encoded.
    public struct TooLong: Error, Sendable, Hashable, CustomStringConvertible {
        /// The text's length in UTF-8 bytes.
        public var bytes: Int
        public var description: String {
            "\(bytes) bytes do not fit in a version 10 QR code at level M (at most \(QRCode.capacity(version: 10)))"
        }
    }

    /// The version, 1 to 10: the symbol is `17 + 4 × version` modules wide.
    public let version: Int
    /// The mask pattern applied, 0 to 7.
    public let mask: Int
    /// Modules per side.
    public let size: Int
    /// Dark modules, row by row.
    let modules: [Bool]

    /// Encodes `text` (its UTF-8 bytes) in the smallest version that holds it, with the mask of least
    /// penalty, or with `mask` when given.
    public init(encoding text: String, mask: Int? = nil) throws {
        let bytes = Array(text.utf8)
        guard let version = (1...10).first(where: { QRCode.capacity(version: $0) >= bytes.count }) else {
            throw TooLong(bytes: bytes.count)
        }
        precondition(mask.map { (0...7).contains($0) } ?? true, "a QR mask is 0 to 7")
        let codewords = QRCode.codewords(for: bytes, version: version)
        var matrix = QRMatrix(version: version)
        matrix.drawFunctionPatterns()
        matrix.placeData(codewords)
        let chosen = mask ?? matrix.bestMask()
        matrix.apply(mask: chosen)
        matrix.drawFormatBits(mask: chosen)
        self.version = version
        self.mask = chosen
        self.size = matrix.size
        self.modules = matrix.modules
    }

    /// Whether the module at column `x`, row `y` is dark.
    public subscript(x: Int, y: Int) -> Bool {
        modules[y * size + x]
    }

    /// The matrix as rows of `1` (dark) and `0` (light), for comparing with other encoders.
    public var rows: [String] {
        (0..<size).map { y in String((0..<size).map { x in self[x, y] ? "1" : "0" }) }
    }
}

import Foundation
import Testing

@testable import VigilWeb

@Suite struct QRCodeTests {
    /// A symbol produced by the Python `qrcode` package 8.2 (byte mode, level M) for the same text,
    /// and the mask Nayuki's `qrcodegen` 1.8 chooses for it automatically.
    ///
    /// (Not `segno` 1.6.6: it appends eight extra zero bits when the data already ends on a byte
    /// boundary, which decodes the same but is not the standard's padding. `qrcode` scores finder-like
    /// patterns without the quiet zone, so for masks `qrcodegen`, which follows the standard, is the
    /// reference.)
    struct Reference: Decodable {
        var text: String
        var requestedMask: Int?
        var version: Int
        var mask: Int
        var rows: [String]
        var qrcodegenMask: Int
    }

    static func references() throws -> [Reference] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/qr/python-qrcode-level-m.json")
        return try JSONDecoder().decode([Reference].self, from: Data(contentsOf: url))
    }

    @Test("every module matches python-qrcode's symbol for the same text, version and mask")
    func matchesSegno() throws {
        let references = try Self.references()
        #expect(references.count >= 12)
        for reference in references {
            let code = try QRCode(encoding: reference.text, mask: reference.mask)
            #expect(code.version == reference.version, "version for \(reference.text.prefix(20))")
            #expect(code.rows == reference.rows, "modules for \(reference.text.prefix(20)) mask \(reference.mask)")
        }
    }

    @Test("the automatically chosen mask is the one of least penalty, as qrcodegen chooses it")
    func choosesTheSameMask() throws {
        for reference in try Self.references() {
            let code = try QRCode(encoding: reference.text)
            #expect(code.mask == reference.qrcodegenMask, "mask for \(reference.text.prefix(20))")
            if reference.mask == code.mask { #expect(code.rows == reference.rows) }
        }
    }

    @Test("versions grow with the text up to version 10, and longer texts are refused")
    func capacities() throws {
        #expect(try QRCode(encoding: String(repeating: "a", count: 14)).version == 1)
        #expect(try QRCode(encoding: String(repeating: "a", count: 15)).version == 2)
        #expect(try QRCode(encoding: String(repeating: "a", count: 213)).version == 10)
        #expect(throws: QRCode.TooLong.self) { try QRCode(encoding: String(repeating: "a", count: 214)) }
    }

    @Test("Reed–Solomon codewords match the standard's worked example")
    func reedSolomon() {
        // ISO/IEC 18004 annex I: "01234567" in version 1-M.
        let data: [UInt8] = [
            0x10, 0x20, 0x0C, 0x56, 0x61, 0x80, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11, 0xEC, 0x11,
        ]
        let expected: [UInt8] = [0xA5, 0x24, 0xD4, 0xC1, 0xED, 0x36, 0xC7, 0x87, 0x2C, 0x55]
        #expect(ReedSolomon.remainder(of: data, degree: 10) == expected)
    }

    @Test("the SVG has a quiet zone, a text alternative and no style attribute")
    func svg() throws {
        let code = try QRCode(encoding: "HELLO WORLD")
        let svg = code.svg(moduleSize: 4, label: "a <label>").markup
        #expect(svg.contains("viewBox=\"0 0 29 29\""))
        #expect(svg.contains("aria-label=\"a &lt;label&gt;\""))
        #expect(!svg.contains("style"))
        let dark = code.rows.joined().filter { $0 == "1" }.count
        #expect(svg.components(separatedBy: "h1v1h-1z").count - 1 == dark)
    }
}

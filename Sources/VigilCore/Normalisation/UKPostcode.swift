/// A valid UK postcode, split into its outward code ("B1") and inward code ("1AA").
///
/// Parsing is case- and space-insensitive ("b11aa", " wv100qp " are valid) and checks the six
/// shapes A9 9AA, A99 9AA, A9A 9AA, AA9 9AA, AA99 9AA and AA9A 9AA, in one of the 124 postcode areas
/// (B, CV, WV, ...; never QQ), with the inward code's letters drawn from the set the Royal Mail uses
/// (never C, I, K, M, O or V). Non-geographic codes
/// (GIR 0AA, BFPO numbers, ZZ99 "no fixed abode" codes, overseas territories) are accepted and marked
/// ``isSpecial``: they are not errors, but they never show that two people share an address.
///
/// ```swift
/// UKPostcode("b11aa")?.normalised  // "B1 1AA"
/// UKPostcode("ZZ99 3VZ")?.isSpecial  // true
/// ```
public struct UKPostcode: Hashable, Sendable, CustomStringConvertible {
    /// The outward code, such as "B1" or "WV10" ("BFPO" for forces post).
    public let outward: String
    /// The inward code, such as "1AA" (the number for BFPO).
    public let inward: String
    /// Whether the code is non-geographic (GIR 0AA, BFPO, ZZ99 ...) and so never evidence of a shared address.
    public let isSpecial: Bool

    /// Parses a raw postcode field; `nil` when it is not a UK postcode.
    public init?(_ raw: String) {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(8)
        for byte in raw.utf8 where !TextFolding.isSpace(byte) {
            guard bytes.count < 10 else { return nil }
            bytes.append(TextFolding.upper(byte))
        }
        guard let parts = UKPostcode.split(bytes) else { return nil }
        self.outward = String(decoding: parts.outward, as: UTF8.self)
        self.inward = String(decoding: parts.inward, as: UTF8.self)
        self.isSpecial = parts.isSpecial
    }

    /// The outward code of a field that holds only one ("WV10", "b1", "(DY1)"), as uppercase letters and
    /// digits; `nil` for anything else, a whole postcode included.
    ///
    /// An outward code alone is half a postcode: it names the district, not the street, so it can show
    /// that two addresses are in different districts but never that they share a postcode. Special
    /// outward codes (ZZ99, GIR, ...) are not districts and give `nil`.
    public static func outwardCode(_ raw: String) -> String? {
        var bytes: [UInt8] = []
        for byte in raw.utf8 {
            let upper = TextFolding.upper(byte)
            guard TextFolding.isLetter(upper) || TextFolding.isDigit(upper) else {
                // Spaces and the punctuation typed around a code ("(DY1)", "B1.") are skipped; anything
                // else is not an outward code.
                guard byte < 0x80 else { return nil }
                continue
            }
            guard bytes.count < 4 else { return nil }
            bytes.append(upper)
        }
        guard isValidOutward(bytes[...]), !specialOutwards.contains(bytes) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The postcode in its standard printed form, "B1 1AA".
    public var normalised: String { outward + " " + inward }

    /// The postcode sector, outward code and the inward digit ("B1 1"): a few thousand addresses.
    public var sector: String { outward + " " + String(inward.prefix(1)) }

    /// The postcode area, the outward code's leading letters ("B", "WV").
    public var area: String { String(outward.prefix { $0.isLetter }) }

    /// The postcode district, the outward code itself ("B1", "WV10").
    public var district: String { outward }

    /// The standard printed form, as ``normalised``.
    public var description: String { normalised }

    /// Splits folded, space-free bytes into outward and inward codes, or `nil` when invalid.
    private static func split(
        _ bytes: [UInt8]
    ) -> (outward: ArraySlice<UInt8>, inward: ArraySlice<UInt8>, isSpecial: Bool)? {
        if bytes.count > 4, bytes.starts(with: "BFPO".utf8) {
            let number = bytes[4...]
            guard number.count <= 4, number.allSatisfy(TextFolding.isDigit) else { return nil }
            return (bytes[..<4], number, true)
        }
        guard (5...7).contains(bytes.count) else { return nil }
        let outward = bytes[..<(bytes.count - 3)]
        let inward = bytes[(bytes.count - 3)...]
        let base = inward.startIndex
        guard TextFolding.isDigit(inward[base]), TextFolding.isLetter(inward[base + 1]),
            TextFolding.isLetter(inward[base + 2])
        else { return nil }
        if specialOutwards.contains(Array(outward)) { return (outward, inward, true) }
        guard isInwardLetter(inward[base + 1]), isInwardLetter(inward[base + 2]), isValidOutward(outward) else {
            return nil
        }
        return (outward, inward, false)
    }

    /// Whether the outward code has one of the six shapes (A9, A99, A9A, AA9, AA99, AA9A) and begins
    /// with a postcode area that exists ("QQ1" has the shape of one, but no area is QQ).
    private static func isValidOutward(_ outward: ArraySlice<UInt8>) -> Bool {
        let chars = Array(outward)
        let letter = TextFolding.isLetter
        let digit = TextFolding.isDigit
        let shaped: Bool
        switch chars.count {
        case 2:
            shaped = letter(chars[0]) && digit(chars[1])
        case 3:
            shaped =
                letter(chars[0]) && digit(chars[1]) && (digit(chars[2]) || letter(chars[2]))
                || letter(chars[0]) && letter(chars[1]) && digit(chars[2])
        case 4:
            shaped = letter(chars[0]) && letter(chars[1]) && digit(chars[2]) && (digit(chars[3]) || letter(chars[3]))
        default:
            shaped = false
        }
        return shaped && areas.contains(Array(chars.prefix(while: letter)))
    }

    /// The postcode areas of the United Kingdom, with Guernsey (GY), Jersey (JE) and the Isle of Man
    /// (IM), which share its postcode system: 124 in all.
    private static let areas: Set<[UInt8]> = Set(
        [
            "AB", "AL", "B", "BA", "BB", "BD", "BH", "BL", "BN", "BR", "BS", "BT", "CA", "CB", "CF", "CH", "CM",
            "CO", "CR", "CT", "CV", "CW", "DA", "DD", "DE", "DG", "DH", "DL", "DN", "DT", "DY", "E", "EC", "EH",
            "EN", "EX", "FK", "FY", "G", "GL", "GU", "GY", "HA", "HD", "HG", "HP", "HR", "HS", "HU", "HX", "IG",
            "IM", "IP", "IV", "JE", "KA", "KT", "KW", "KY", "L", "LA", "LD", "LE", "LL", "LN", "LS", "LU", "M",
            "ME", "MK", "ML", "N", "NE", "NG", "NN", "NP", "NR", "NW", "OL", "OX", "PA", "PE", "PH", "PL", "PO",
            "PR", "RG", "RH", "RM", "S", "SA", "SE", "SG", "SK", "SL", "SM", "SN", "SO", "SP", "SR", "SS", "ST",
            "SW", "SY", "TA", "TD", "TF", "TN", "TQ", "TR", "TS", "TW", "UB", "W", "WA", "WC", "WD", "WF", "WN",
            "WR", "WS", "WV", "YO", "ZE",
        ].map { Array($0.utf8) }
    )

    /// Inward-code letters: any letter except C, I, K, M, O and V.
    @inline(__always)
    private static func isInwardLetter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "C"), UInt8(ascii: "I"), UInt8(ascii: "K"), UInt8(ascii: "M"), UInt8(ascii: "O"),
            UInt8(ascii: "V"):
            return false
        default:
            return true
        }
    }

    /// Outward codes of non-geographic postcodes: Girobank, NHS pseudo-postcodes, overseas territories.
    private static let specialOutwards: Set<[UInt8]> = Set(
        ["GIR", "ZZ99", "ASCN", "STHL", "TDCU", "BBND", "BIQQ", "FIQQ", "PCRN", "SIQQ", "TKCA"].map { Array($0.utf8) }
    )
}

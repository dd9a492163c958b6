/// Writes text as a JSON string literal: quotes, backslashes and control characters escaped.
///
/// Shared by the hand-written JSON of explanations (the linking hot path) and the dashboard's API, so
/// both escape the same way.
public enum JSONStringLiteral {
    /// Appends `text`, quoted and escaped, to the UTF-8 bytes of a JSON document.
    public static func append(_ text: String, to json: inout [UInt8]) {
        json.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): json += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): json += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: json += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: json += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: json += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case ..<0x20:
                let digits = Array("0123456789abcdef".utf8)
                json += [UInt8(ascii: "\\"), UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0")]
                json += [digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
            default: json.append(byte)
            }
        }
        json.append(UInt8(ascii: "\""))
    }

    /// `text` quoted and escaped.
    public static func quoted(_ text: String) -> String {
        var json: [UInt8] = []
        json.reserveCapacity(text.utf8.count + 2)
        append(text, to: &json)
        return String(decoding: json, as: UTF8.self)
    }
}

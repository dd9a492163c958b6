/// Writes text as a JSON string literal: quotes, backslashes and control characters escaped.
///
/// Shared by the hand-written JSON of explanations (the linking hot path) and the dashboard's API, so
/// both escape the same way.
public enum JSONStringLiteral {
    /// Appends `text`, quoted and escaped, to `json`.
    public static func append(_ text: String, to json: inout String) {
        json += "\""
        let needsEscaping = text.utf8.contains { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }
        guard needsEscaping else {
            json += text
            json += "\""
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": json += "\\\""
            case "\\": json += "\\\\"
            case "\n": json += "\\n"
            case "\r": json += "\\r"
            case "\t": json += "\\t"
            case let control where control.value < 0x20:
                let hex = String(control.value, radix: 16)
                json += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: json.unicodeScalars.append(scalar)
            }
        }
        json += "\""
    }

    /// `text` quoted and escaped.
    public static func quoted(_ text: String) -> String {
        var json = ""
        append(text, to: &json)
        return json
    }
}

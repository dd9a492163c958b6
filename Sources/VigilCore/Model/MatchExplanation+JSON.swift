/// A hand-written JSON encoding of an explanation, for the linking hot path.
///
/// Every match carries its explanation as JSON (the matches CSV, the store's evidence). Foundation's
/// `JSONEncoder` builds a tree of boxed values per call, which cost more than scoring the record did; this
/// writes the same document (keys sorted, optional `context` left out when absent) straight into a string.
extension MatchExplanation {
    /// The explanation as compact JSON with sorted keys; `JSONDecoder` reads it back unchanged.
    ///
    /// `nil` when a number is not finite (JSON has no infinity), which a trained model never produces.
    public var jsonText: String? {
        let numbers =
            [priorWeight, matchWeight, matchProbability] + terms.flatMap { [$0.weight, $0.termFrequencyAdjustment] }
        guard numbers.allSatisfy(\.isFinite) else { return nil }
        var json = "{\"kind\":"
        json.reserveCapacity(256 + terms.count * 200)
        Self.appendString(kind.rawValue, to: &json)
        json += ",\"matchProbability\":\(matchProbability),\"matchWeight\":\(matchWeight)"
        json += ",\"priorWeight\":\(priorWeight),\"terms\":["
        for (index, term) in terms.enumerated() {
            if index > 0 { json += "," }
            json += "{\"comparison\":"
            Self.appendString(term.comparison, to: &json)
            if let context = term.context {
                json += ",\"context\":"
                Self.appendString(context, to: &json)
            }
            json += ",\"employeeValue\":"
            Self.appendString(term.employeeValue, to: &json)
            json += ",\"label\":"
            Self.appendString(term.label, to: &json)
            json += ",\"level\":"
            Self.appendString(term.level, to: &json)
            json += ",\"levelLabel\":"
            Self.appendString(term.levelLabel, to: &json)
            json += ",\"recordValue\":"
            Self.appendString(term.recordValue, to: &json)
            json += ",\"termFrequencyAdjustment\":\(term.termFrequencyAdjustment),\"weight\":\(term.weight)}"
        }
        json += "]}"
        return json
    }

    /// Appends `text` as a JSON string literal: quotes, backslashes and control characters escaped.
    static func appendString(_ text: String, to json: inout String) {
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
}

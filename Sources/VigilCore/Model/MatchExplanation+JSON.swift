/// A hand-written JSON encoding of an explanation, for the linking hot path.
///
/// Every match carries its explanation as JSON (the matches CSV, the store's evidence). Foundation's
/// `JSONEncoder` builds a tree of boxed values per call, which cost more than scoring the record did; this
/// writes the same document (keys sorted, the optional `context`, `employeeSetAside` and `recordSetAside`
/// left out when absent) straight into bytes.
extension MatchExplanation {
    /// The explanation as compact JSON with sorted keys; `JSONDecoder` reads it back unchanged.
    ///
    /// `nil` when a number is not finite (JSON has no infinity), which a trained model never produces.
    public var jsonText: String? {
        var json: [UInt8] = []
        guard appendJSON(to: &json) else { return nil }
        return String(decoding: json, as: UTF8.self)
    }

    /// Appends the explanation as compact JSON with sorted keys (``jsonText``) to `json`; `false`, with
    /// nothing appended, when a number is not finite.
    public func appendJSON(to json: inout [UInt8]) -> Bool {
        guard priorWeight.isFinite, matchWeight.isFinite, matchProbability.isFinite,
            terms.allSatisfy({ $0.weight.isFinite && $0.termFrequencyAdjustment.isFinite })
        else { return false }
        json.reserveCapacity(json.count + 256 + terms.count * 200)
        func text(_ literal: StaticString) {
            literal.withUTF8Buffer { json.append(contentsOf: $0) }
        }
        func number(_ value: Double) {
            json.append(contentsOf: value.description.utf8)
        }
        text("{\"kind\":")
        JSONStringLiteral.append(kind.rawValue, to: &json)
        text(",\"matchProbability\":")
        number(matchProbability)
        text(",\"matchWeight\":")
        number(matchWeight)
        text(",\"priorWeight\":")
        number(priorWeight)
        text(",\"terms\":[")
        for (index, term) in terms.enumerated() {
            if index > 0 { text(",") }
            text("{\"comparison\":")
            JSONStringLiteral.append(term.comparison, to: &json)
            if let context = term.context {
                text(",\"context\":")
                JSONStringLiteral.append(context, to: &json)
            }
            if let employeeSetAside = term.employeeSetAside {
                text(",\"employeeSetAside\":")
                JSONStringLiteral.append(employeeSetAside, to: &json)
            }
            text(",\"employeeValue\":")
            JSONStringLiteral.append(term.employeeValue, to: &json)
            text(",\"label\":")
            JSONStringLiteral.append(term.label, to: &json)
            text(",\"level\":")
            JSONStringLiteral.append(term.level, to: &json)
            text(",\"levelLabel\":")
            JSONStringLiteral.append(term.levelLabel, to: &json)
            if let recordSetAside = term.recordSetAside {
                text(",\"recordSetAside\":")
                JSONStringLiteral.append(recordSetAside, to: &json)
            }
            text(",\"recordValue\":")
            JSONStringLiteral.append(term.recordValue, to: &json)
            text(",\"termFrequencyAdjustment\":")
            number(term.termFrequencyAdjustment)
            text(",\"weight\":")
            number(term.weight)
            text("}")
        }
        text("]}")
        return true
    }
}

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
        JSONStringLiteral.append(kind.rawValue, to: &json)
        json += ",\"matchProbability\":\(matchProbability),\"matchWeight\":\(matchWeight)"
        json += ",\"priorWeight\":\(priorWeight),\"terms\":["
        for (index, term) in terms.enumerated() {
            if index > 0 { json += "," }
            json += "{\"comparison\":"
            JSONStringLiteral.append(term.comparison, to: &json)
            if let context = term.context {
                json += ",\"context\":"
                JSONStringLiteral.append(context, to: &json)
            }
            json += ",\"employeeValue\":"
            JSONStringLiteral.append(term.employeeValue, to: &json)
            json += ",\"label\":"
            JSONStringLiteral.append(term.label, to: &json)
            json += ",\"level\":"
            JSONStringLiteral.append(term.level, to: &json)
            json += ",\"levelLabel\":"
            JSONStringLiteral.append(term.levelLabel, to: &json)
            json += ",\"recordValue\":"
            JSONStringLiteral.append(term.recordValue, to: &json)
            json += ",\"termFrequencyAdjustment\":\(term.termFrequencyAdjustment),\"weight\":\(term.weight)}"
        }
        json += "]}"
        return json
    }
}

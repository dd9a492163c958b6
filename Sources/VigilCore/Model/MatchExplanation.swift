import Foundation

/// Why a pair scored as it did: the prior, each comparison's level and weight, and the total.
///
/// This is the data for a waterfall chart: start at the prior, add each term's weight (and its
/// term-frequency adjustment), end at the match weight, whose probability is shown alongside.
public struct MatchExplanation: Codable, Hashable, Sendable {
    /// What the match claims.
    public var kind: MatchKind
    /// The prior's log2 odds: where the waterfall starts.
    public var priorWeight: Double
    /// One term per comparison, in model order.
    public var terms: [ExplanationTerm]
    /// The total: prior plus every term.
    public var matchWeight: Double
    /// The total as a probability.
    public var matchProbability: Double

    public init(kind: MatchKind, priorWeight: Double, terms: [ExplanationTerm]) {
        self.kind = kind
        self.priorWeight = priorWeight
        self.terms = terms
        matchWeight = priorWeight + terms.reduce(0) { $0 + $1.totalWeight }
        matchProbability = FellegiSunterModel.probability(ofWeight: matchWeight)
    }

    /// The explanation in plain words, one line per step, e.g. "date of birth identical: +11.2".
    public var plainWords: [String] {
        var lines = ["starting point (how rare a match is): \(Self.signed(priorWeight))"]
        // A term that adds nothing and says nothing unusual ("names in the usual order") is left out.
        for term in terms where !(term.level.hasPrefix("not_") && abs(term.totalWeight) < 0.05) {
            lines.append(term.plainWords)
        }
        let percent = matchProbability * 100
        let shown = percent >= 99.99 ? ">99.99" : String(format: "%.2f", percent)
        lines.append("total match weight \(Self.signed(matchWeight)), probability \(shown)%")
        return lines
    }

    static func signed(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return (rounded >= 0 ? "+" : "−") + String(format: "%.1f", abs(rounded))
    }
}

/// One comparison's contribution to a match weight.
public struct ExplanationTerm: Codable, Hashable, Sendable {
    /// The comparison's identifier, such as `date_of_birth`.
    public var comparison: String
    /// The comparison in words, such as "date of birth".
    public var label: String
    /// The level's identifier, such as `exact`, or `missing`.
    public var level: String
    /// The level in words, such as "identical".
    public var levelLabel: String
    /// The level's weight, log2(m/u); 0 when missing.
    public var weight: Double
    /// The adjustment for how common the agreed value is (negative for common values).
    public var termFrequencyAdjustment: Double
    /// The value on the police record, as normalised for comparison.
    public var recordValue: String
    /// The value on the HR roster, as normalised for comparison.
    public var employeeValue: String
    /// Who the agreement was judged against, when not the whole population (e.g. "people at the same address").
    public var context: String?
    /// A value the police record gave that was set aside before comparing, as given: a date of birth
    /// that looked like a placeholder ("1975-01-01" for a police 1 January), or a placeholder postcode
    /// ("ZZ99 9ZZ"). `nil` when nothing was; ``levelLabel`` then says why it was set aside.
    public var recordSetAside: String?
    /// A value the roster gave that was set aside before comparing, as ``recordSetAside`` is for the record.
    public var employeeSetAside: String?

    public init(
        comparison: String,
        label: String,
        level: String,
        levelLabel: String,
        weight: Double,
        termFrequencyAdjustment: Double,
        recordValue: String,
        employeeValue: String
    ) {
        self.comparison = comparison
        self.label = label
        self.level = level
        self.levelLabel = levelLabel
        self.weight = weight
        self.termFrequencyAdjustment = termFrequencyAdjustment
        self.recordValue = recordValue
        self.employeeValue = employeeValue
    }

    /// The weight this term adds in total.
    public var totalWeight: Double { weight + termFrequencyAdjustment }

    /// The term in plain words, e.g. "surname identical (SINGH vs SINGH): +8.1, common name −5.0".
    public var plainWords: String {
        if level == "missing" {
            let why = levelLabel == "missing" ? "not compared (missing on one side)" : levelLabel
            return "\(label) \(why): +0.0"
        }
        var line = "\(label) \(levelLabel) (\(display(recordValue)) vs \(display(employeeValue)))"
        if let context { line += ", judged against \(context)" }
        line += ": "
        line += MatchExplanation.signed(weight)
        if termFrequencyAdjustment != 0 {
            let word = termFrequencyAdjustment < 0 ? "common value" : "rare value"
            line += ", \(word) \(MatchExplanation.signed(termFrequencyAdjustment))"
        }
        return line
    }

    private func display(_ value: String) -> String {
        value.isEmpty ? "—" : value
    }
}

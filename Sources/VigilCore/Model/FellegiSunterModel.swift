import Foundation

/// A trained Fellegi–Sunter model for one kind of match: prior, comparisons with m and u per level, and
/// term-frequency tables.
///
/// A pair's match weight is the prior's log2 odds plus the sum of its levels' weights `log2(m/u)`, with
/// term-frequency adjustments; its match probability is `2^w / (1 + 2^w)`. A missing comparison adds
/// nothing. The model is plain data so it can be saved as JSON, inspected and versioned.
public struct FellegiSunterModel: Codable, Hashable, Sendable {
    /// What the model matches.
    public var kind: MatchKind
    /// The probability that a random record–employee pair is a match.
    public var priorProbability: Double
    /// The comparisons, in the order of a `ComparisonVector`.
    public var comparisons: [ComparisonParameters]
    /// Term-frequency tables by column name.
    public var termFrequencies: [String: TermFrequencyTable]
    /// The match probability at or above which a pair is reported.
    public var threshold: Double
    /// The smallest frequency a term-frequency adjustment will use, so one odd value cannot dominate.
    public var minimumFrequency: Double
    /// u to use instead when another comparison is at given levels (the household correction), if any.
    public var conditionalU: ConditionalU?

    public init(
        kind: MatchKind,
        priorProbability: Double,
        comparisons: [ComparisonParameters],
        termFrequencies: [String: TermFrequencyTable] = [:],
        threshold: Double = 0.9,
        minimumFrequency: Double = 1e-7,
        conditionalU: ConditionalU? = nil
    ) {
        precondition(comparisons.count <= 8, "a model has at most 8 comparisons")
        self.kind = kind
        self.priorProbability = priorProbability
        self.comparisons = comparisons
        self.termFrequencies = termFrequencies
        self.threshold = threshold
        self.minimumFrequency = minimumFrequency
        self.conditionalU = conditionalU
    }

    /// The weight of a level, using the conditional u when `conditional` is true and one is defined.
    public func weight(comparison: Int, level: Int, conditional: Bool) -> Double {
        let parameters = comparisons[comparison].levels[level]
        if conditional, let conditionalU, comparison != conditionalU.comparison {
            return log2(parameters.m / max(conditionalU.u[comparison][level], 1e-12))
        }
        return log2(parameters.m / parameters.u)
    }

    /// The prior expressed as a match weight, `log2(p / (1 - p))`.
    public var priorWeight: Double {
        log2(priorProbability / (1 - priorProbability))
    }

    /// Converts a match weight into a match probability.
    public static func probability(ofWeight weight: Double) -> Double {
        let odds = exp2(weight)
        return odds.isInfinite ? 1 : odds / (1 + odds)
    }

    /// Converts a match probability into a match weight.
    public static func weight(ofProbability probability: Double) -> Double {
        let clamped = min(max(probability, 1e-15), 1 - 1e-15)
        return log2(clamped / (1 - clamped))
    }

    /// The relative frequency of a value in a term-frequency column (0 when the column has no table).
    public func frequency(of value: String, in column: String) -> Double {
        termFrequencies[column]?.frequency(of: value) ?? 0
    }

    /// The term-frequency adjustment of a level for an agreed value with the given frequency, when the
    /// level weighs `base`.
    /// The u is the level's own, or for a partial level the whole value's (``ComparisonParameters/termFrequencyU(ofLevel:)``).
    func termFrequencyAdjustment(comparison: Int, level: Int, frequency: Double, base: Double) -> Double {
        guard frequency > 0, let u = comparisons[comparison].termFrequencyU(ofLevel: level) else { return 0 }
        return Self.adjustment(log2(u / max(frequency, minimumFrequency)), keepingTheSignOf: base)
    }

    /// A term-frequency adjustment cut so that the level's weight keeps its sign: how common the agreed
    /// value is makes the level's evidence weaker or stronger, never the other way round. An agreement
    /// on the commonest name still counts for (at worst nothing); a neighbour's house at a rare postcode
    /// ("same postcode", a level that weighs against) still counts against (at best nothing).
    @inline(__always)
    static func adjustment(_ adjustment: Double, keepingTheSignOf base: Double) -> Double {
        let adjusted = base + adjustment
        return (base > 0 ? max(adjusted, 0) : min(adjusted, 0)) - base
    }
}

import Foundation

/// A model's weights laid out flat for the linkage hot path.
///
/// Scoring a pair reads one weight per comparison from a flat array instead of walking the model's nested
/// structures, and adds a term-frequency adjustment only where an adjusted level agreed.
public struct ScoringTable: Sendable {
    let priorWeight: Double
    let comparisonCount: Int
    let stride = 16
    let weights: [Double]
    let conditionalWeights: [Double]?
    let condition: ConditionalU?
    /// Per comparison, whether the condition replaces its u (and so drops its term-frequency adjustment).
    let conditionReplacesU: [Bool]
    let adjustedU: [Double]
    let minimumFrequency: Double
    /// Per comparison, the most its levels that are not term-frequency adjusted can add (at least 0),
    /// and the slots of the levels that are: `comparisonBound` works from these rather than every level.
    private(set) var unadjustedBounds: [Double] = []
    /// The adjusted slots of every comparison, one after another; comparison `c`'s run from
    /// `adjustedSlotStarts[c]` to `adjustedSlotStarts[c + 1]`. Flat, so reading them costs no reference
    /// count for an inner array.
    private(set) var adjustedSlots: [Int] = []
    private(set) var adjustedSlotStarts: [Int] = [0]

    /// Lays out a model's weights.
    public init(model: FellegiSunterModel) {
        priorWeight = model.priorWeight
        comparisonCount = model.comparisons.count
        minimumFrequency = model.minimumFrequency
        var weights = [Double](repeating: 0, count: comparisonCount * stride)
        var conditionalWeights = weights
        var adjustedU = [Double](repeating: 0, count: comparisonCount * stride)
        for (index, comparison) in model.comparisons.enumerated() {
            for level in comparison.levels.indices {
                weights[index * stride + level] = model.weight(comparison: index, level: level, conditional: false)
                conditionalWeights[index * stride + level] = model.weight(
                    comparison: index,
                    level: level,
                    conditional: true
                )
                // A partial level is adjusted against the whole value's u, as the whole value is.
                adjustedU[index * stride + level] = comparison.termFrequencyU(ofLevel: level) ?? 0
            }
        }
        condition = model.conditionalU
        conditionReplacesU = model.comparisons.indices.map { index in
            guard let conditionalU = model.conditionalU, index != conditionalU.comparison else { return false }
            return conditionalU.u[index] != model.comparisons[index].levels.map(\.u)
        }
        self.conditionalWeights = model.conditionalU == nil ? nil : conditionalWeights
        self.weights = weights
        self.adjustedU = adjustedU
        let stride = self.stride
        let levels = 0..<stride
        for index in 0..<comparisonCount {
            adjustedSlots += levels.map { index * stride + $0 }.filter { adjustedU[$0] > 0 }
            adjustedSlotStarts.append(adjustedSlots.count)
        }
        // Unused level slots hold zeros, which cannot raise a bound above its start at 0.
        unadjustedBounds = (0..<comparisonCount).map { index in
            levels.filter { adjustedU[index * stride + $0] == 0 }.reduce(0.0) {
                max($0, levelBound(comparison: index, level: $1, frequency: 0))
            }
        }
    }

    /// The match weight of a compared pair: prior plus every comparison's weight and adjustment.
    @inline(__always)
    public func weight(of pair: ComparedPair) -> Double {
        var total = priorWeight
        var packed = pair.vector.packed
        let conditional = condition?.applies(to: pair.vector) ?? false
        for index in 0..<comparisonCount {
            let level = Int(packed & 0xF)
            packed >>= 4
            guard level != ComparisonVector.missing else { continue }
            let slot = index * stride + level
            // Read in place, not through a local copy of the chosen array (a reference count per pair).
            let base = conditional ? conditionalWeights?[slot] ?? weights[slot] : weights[slot]
            total += base
            if conditional && conditionReplacesU[index] { continue }
            let u = adjustedU[slot]
            let frequency = pair.frequencies[index]
            if u > 0, frequency > 0 {
                total += FellegiSunterModel.adjustment(
                    log2(u / max(frequency, minimumFrequency)),
                    keepingTheSignOf: base
                )
            }
        }
        return total
    }
}

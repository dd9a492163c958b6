import Foundation

/// Upper bounds on what comparisons can add to a match weight, so that a linker can stop scoring a pair
/// as soon as the rest of it could no longer lift it to where it would matter.
///
/// A bound takes the larger of the population weight and the household (conditional) weight, and for a
/// term-frequency-adjusted level the largest adjustment the known frequency allows: the true weight of
/// the pair is never above it, so a pair dropped on a bound could never have reached the floor.
extension ScoringTable {
    /// The most `level` of `comparison` can add, given the agreed value's frequency (0 when unknown or
    /// not adjusted).
    @inline(__always)
    func levelBound(comparison: Int, level: Int, frequency: Double) -> Double {
        let slot = comparison * stride + level
        var adjustment = 0.0
        let u = adjustedU[slot]
        if u > 0, frequency > 0 { adjustment = log2(u / max(frequency, minimumFrequency)) }
        // As in `weight(of:)`, the adjustment never changes the level's sign.
        let population = weights[slot] + FellegiSunterModel.adjustment(adjustment, keepingTheSignOf: weights[slot])
        // Read through the optional rather than binding it: a bound copy of the array costs a reference
        // count on every call, and this runs for every candidate.
        guard let conditional = conditionalWeights?[slot] else { return population }
        let conditionalAdjustment =
            conditionReplacesU[comparison]
            ? 0 : FellegiSunterModel.adjustment(adjustment, keepingTheSignOf: conditional)
        return max(population, conditional + conditionalAdjustment)
    }

    /// The most `comparison` can add when one side's value has relative frequency `frequencyFloor`: the
    /// agreed value's frequency is at least that, so its adjustment is at most `log2(u / frequencyFloor)`.
    /// Never below 0, because a missing comparison adds 0.
    /// The levels that are not adjusted have a bound fixed when the table is made; only the adjusted
    /// ones are worked out here.
    func comparisonBound(_ comparison: Int, frequencyFloor: Double) -> Double {
        var best = unadjustedBounds[comparison]
        let floor = max(frequencyFloor, minimumFrequency)
        for position in adjustedSlotStarts[comparison]..<adjustedSlotStarts[comparison + 1] {
            let level = adjustedSlots[position] - comparison * stride
            best = max(best, levelBound(comparison: comparison, level: level, frequency: floor))
        }
        return best
    }

    /// The bound of the levels already compared in `pair`, plus the prior, for the comparisons listed.
    @inline(__always)
    func partialBound(of pair: ComparedPair, comparisons: (Int, Int)) -> Double {
        var total = priorWeight
        if let level = pair.vector[comparisons.0] {
            total += levelBound(comparison: comparisons.0, level: level, frequency: pair.frequencies[comparisons.0])
        }
        if let level = pair.vector[comparisons.1] {
            total += levelBound(comparison: comparisons.1, level: level, frequency: pair.frequencies[comparisons.1])
        }
        return total
    }
}

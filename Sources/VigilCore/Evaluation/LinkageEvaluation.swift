/// Accuracy of a linkage against ground truth: precision, recall and F1 at a threshold and at the best
/// threshold, precision at recall 0.95, and blocking recall.
///
/// Each record contributes its best candidate (a record links to at most one employee), so the figures
/// describe what a reviewer would actually see.
public struct LinkageEvaluation: Codable, Hashable, Sendable {
    /// Precision, recall and F1 at one threshold.
    ///
    /// A share with nothing to divide by is 0, as scikit-learn's `zero_division=0` makes it: precision
    /// when nothing is matched at the threshold, recall when there are no true pairs. Neither case has a
    /// true positive, and claiming 1 would make an empty result look perfect.
    public struct Point: Codable, Hashable, Sendable {
        public var threshold: Double
        public var truePositives: Int
        public var falsePositives: Int
        public var falseNegatives: Int

        /// The share of matches that are true; 0 when nothing is matched.
        public var precision: Double {
            truePositives + falsePositives == 0 ? 0 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        /// The share of true pairs matched; 0 when there are none.
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 0 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        /// Whether nothing is matched at the threshold, so that precision is 0 by that rule, not measured.
        public var matchesNothing: Bool { truePositives + falsePositives == 0 }
        public var f1: Double {
            let p = precision
            let r = recall
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    /// One record's best candidate and what the truth says of it.
    public struct Prediction: Hashable, Sendable {
        public var probability: Double
        public var isCorrect: Bool

        public init(probability: Double, isCorrect: Bool) {
            self.probability = probability
            self.isCorrect = isCorrect
        }
    }

    /// What was matched.
    public var kind: MatchKind
    /// True pairs in the truth file.
    public var truePairs: Int
    /// True pairs whose employee was among the blocked candidates.
    public var truePairsReachedByBlocking: Int
    /// The figures at the requested threshold.
    public var atThreshold: Point
    /// The figures at the threshold with the highest F1; those at the requested threshold when no
    /// threshold matches a true pair (every F1 is then 0).
    public var best: Point
    /// Precision at the highest threshold that reaches recall 0.95, if any does.
    public var precisionAtRecall95: Double?
    /// The threshold at which recall first reaches 0.95, if any.
    public var thresholdAtRecall95: Double?
    /// With `vigil evaluate --check-m`: each level's m beside its share among the true pairs.
    public var trueLevelShares: [TruePairLevelTally.Row]?
    /// With `vigil evaluate --errors`: the commonest comparison patterns among the errors at the threshold.
    public var errorPatterns: ErrorPatterns?

    /// The commonest patterns of false positives and of missed matches at the threshold.
    public struct ErrorPatterns: Codable, Hashable, Sendable {
        public var falsePositives: [ErrorPatternTally.Row]
        public var missed: [ErrorPatternTally.Row]

        public init(falsePositives: [ErrorPatternTally.Row], missed: [ErrorPatternTally.Row]) {
            self.falsePositives = falsePositives
            self.missed = missed
        }
    }

    /// Precision and recall at each of `sweepThresholds`, highest threshold last: what moving the
    /// threshold would trade, for choosing one.
    public var sweep: [Point]

    /// The probability thresholds of `sweep`.
    public static let sweepThresholds = [0.5, 0.8, 0.9, 0.95, 0.99, 0.999]

    /// The share of true pairs blocking reached.
    public var blockingRecall: Double {
        truePairs == 0 ? 1 : Double(truePairsReachedByBlocking) / Double(truePairs)
    }

    /// Evaluates predictions (each record's best candidate) against the number of true pairs.
    public init(
        kind: MatchKind,
        predictions: [Prediction],
        truePairs: Int,
        reachedByBlocking: Int,
        threshold: Double
    ) {
        self.kind = kind
        self.truePairs = truePairs
        truePairsReachedByBlocking = reachedByBlocking
        let sorted = predictions.sorted { $0.probability > $1.probability }
        var truePositives = 0
        var falsePositives = 0
        var atThreshold = Point(threshold: threshold, truePositives: 0, falsePositives: 0, falseNegatives: truePairs)
        var best: Point?
        var precisionAt95: Double?
        var thresholdAt95: Double?
        var sweep = Self.sweepThresholds.map {
            Point(threshold: $0, truePositives: 0, falsePositives: 0, falseNegatives: truePairs)
        }
        var index = 0
        while index < sorted.count {
            let probability = sorted[index].probability
            // Take every prediction tied at this probability together: a threshold cannot split them.
            while index < sorted.count && sorted[index].probability == probability {
                if sorted[index].isCorrect { truePositives += 1 } else { falsePositives += 1 }
                index += 1
            }
            let point = Point(
                threshold: probability,
                truePositives: truePositives,
                falsePositives: falsePositives,
                falseNegatives: truePairs - truePositives
            )
            if probability >= threshold {
                atThreshold = Point(
                    threshold: threshold,
                    truePositives: truePositives,
                    falsePositives: falsePositives,
                    falseNegatives: truePairs - truePositives
                )
            }
            for position in sweep.indices where probability >= sweep[position].threshold {
                sweep[position] = Point(
                    threshold: sweep[position].threshold,
                    truePositives: truePositives,
                    falsePositives: falsePositives,
                    falseNegatives: truePairs - truePositives
                )
            }
            if point.f1 > (best?.f1 ?? 0) { best = point }
            if precisionAt95 == nil, point.recall >= 0.95 {
                precisionAt95 = point.precision
                thresholdAt95 = probability
            }
        }
        self.atThreshold = atThreshold
        self.best = best ?? atThreshold
        self.sweep = sweep
        precisionAtRecall95 = precisionAt95
        thresholdAtRecall95 = thresholdAt95
    }
}

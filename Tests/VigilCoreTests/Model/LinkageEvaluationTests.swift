import Testing
import VigilCore

@Suite struct LinkageEvaluationTests {
    static let predictions: [LinkageEvaluation.Prediction] = [
        .init(probability: 0.99, isCorrect: true),
        .init(probability: 0.95, isCorrect: true),
        .init(probability: 0.90, isCorrect: false),
        .init(probability: 0.80, isCorrect: true),
        .init(probability: 0.40, isCorrect: false),
    ]

    static func report(truePairs: Int, reached: Int, threshold: Double) -> LinkageEvaluation {
        LinkageEvaluation(
            kind: .person,
            predictions: predictions,
            truePairs: truePairs,
            reachedByBlocking: reached,
            threshold: threshold
        )
    }

    @Test("precision, recall and F1 at a threshold count each record's best candidate once")
    func atThreshold() {
        let report = Self.report(truePairs: 4, reached: 3, threshold: 0.9)
        #expect(report.atThreshold.truePositives == 2)
        #expect(report.atThreshold.falsePositives == 1)
        #expect(report.atThreshold.falseNegatives == 2)
        #expect(abs(report.atThreshold.precision - 2.0 / 3.0) < 1e-12)
        #expect(abs(report.atThreshold.recall - 0.5) < 1e-12)
        #expect(abs(report.blockingRecall - 0.75) < 1e-12)
    }

    @Test("the best threshold is the one with the highest F1")
    func bestThreshold() {
        let report = Self.report(truePairs: 4, reached: 4, threshold: 0.5)
        #expect(report.best.threshold == 0.80)
        #expect(report.best.truePositives == 3 && report.best.falsePositives == 1)
    }

    @Test("the sweep counts, at each threshold, every best candidate at or above it")
    func sweepByThreshold() {
        let report = Self.report(truePairs: 4, reached: 4, threshold: 0.5)
        #expect(report.sweep.map(\.threshold) == LinkageEvaluation.sweepThresholds)
        #expect(report.sweep.map(\.truePositives) == [3, 3, 2, 2, 1, 0])
        #expect(report.sweep.map(\.falsePositives) == [1, 1, 1, 0, 0, 0])
        #expect(report.sweep.map(\.falseNegatives) == [1, 1, 2, 2, 3, 4])
        #expect(report.sweep[0] == report.atThreshold, "0.5 is also the threshold the report was asked for")
    }

    @Test("precision at recall 0.95 is absent when recall never reaches it")
    func recallNeverReached() {
        let report = Self.report(truePairs: 4, reached: 4, threshold: 0.5)
        #expect(report.precisionAtRecall95 == nil)
        let full = Self.report(truePairs: 3, reached: 3, threshold: 0.5)
        #expect(full.precisionAtRecall95 == 0.75)
        #expect(full.thresholdAtRecall95 == 0.80)
    }
}

/// Shares with nothing to divide by are 0 (scikit-learn's `zero_division=0`), never a perfect 1.
@Suite struct LinkageEvaluationZeroDivisionTests {
    @Test("with true pairs but no predictions, precision, recall and F1 are 0 at every threshold")
    func noPredictions() {
        let report = LinkageEvaluation(
            kind: .person,
            predictions: [],
            truePairs: 3,
            reachedByBlocking: 0,
            threshold: 0.9
        )
        for point in [report.atThreshold, report.best] + report.sweep {
            #expect(point.precision == 0 && point.recall == 0 && point.f1 == 0)
            #expect(point.matchesNothing)
        }
        #expect(report.best == report.atThreshold)
        #expect(report.precisionAtRecall95 == nil)
    }

    @Test("with predictions none of which is true, the best threshold is the requested one with its real counts")
    func noTruePredictions() {
        let wrong: [LinkageEvaluation.Prediction] = [
            .init(probability: 0.99, isCorrect: false), .init(probability: 0.95, isCorrect: false),
        ]
        let report = LinkageEvaluation(
            kind: .person,
            predictions: wrong,
            truePairs: 2,
            reachedByBlocking: 2,
            threshold: 0.9
        )
        #expect(report.atThreshold.falsePositives == 2 && report.atThreshold.precision == 0)
        #expect(report.best == report.atThreshold, "not a threshold above every prediction claiming precision 1")
        #expect(report.best.f1 == 0 && !report.best.matchesNothing)
    }

    @Test("with no true pairs recall is 0, not 1")
    func noTruePairs() {
        let wrong: [LinkageEvaluation.Prediction] = [.init(probability: 0.99, isCorrect: false)]
        let report = LinkageEvaluation(
            kind: .person,
            predictions: wrong,
            truePairs: 0,
            reachedByBlocking: 0,
            threshold: 0.9
        )
        #expect(report.atThreshold.recall == 0 && report.best.recall == 0 && report.best.f1 == 0)
        #expect(report.best.falsePositives == 1)
    }
}

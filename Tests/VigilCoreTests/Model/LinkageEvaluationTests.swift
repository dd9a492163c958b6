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

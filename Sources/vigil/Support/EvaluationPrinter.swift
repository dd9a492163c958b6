import Foundation
import VigilCore

/// Prints evaluation reports as text or JSON on standard output.
struct EvaluationPrinter {
    let json: Bool

    func print(_ reports: [LinkageEvaluation]) throws {
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            Swift.print(String(decoding: try encoder.encode(reports), as: UTF8.self))
            return
        }
        for report in reports {
            Swift.print("\(report.kind.rawValue) matches: \(report.truePairs.counted("true pair"))")
            Swift.print("  blocking recall            \(f(report.blockingRecall))")
            Swift.print("  at threshold \(f(report.atThreshold.threshold)):  \(describe(report.atThreshold))")
            let none = report.best.truePositives == 0 ? " (no threshold matches a true pair)" : ""
            Swift.print("  best threshold \(f(report.best.threshold)): \(describe(report.best))\(none)")
            if let precision = report.precisionAtRecall95, let threshold = report.thresholdAtRecall95 {
                Swift.print("  precision at recall 0.95   \(f(precision)) (threshold \(f(threshold)))")
            } else {
                Swift.print("  precision at recall 0.95   not reached (recall never reaches 0.95)")
            }
            printSweep(report.sweep)
            if ([report.atThreshold, report.best] + report.sweep).contains(where: \.matchesNothing) {
                Swift.print(
                    "  precision is 0 where nothing is matched (no true positives to count), as scikit-learn's "
                        + "zero_division=0 reports it"
                )
            }
            if let rows = report.trueLevelShares { printLevelShares(rows) }
            if let patterns = report.errorPatterns { printErrorPatterns(patterns, threshold: report.atThreshold) }
        }
    }

    private func printErrorPatterns(_ patterns: LinkageEvaluation.ErrorPatterns, threshold: LinkageEvaluation.Point) {
        Swift.print(
            "  commonest false positives at \(f(threshold.threshold)) (of \(threshold.falsePositives)), by comparison levels:"
        )
        if patterns.falsePositives.isEmpty { Swift.print("    none") }
        for row in patterns.falsePositives {
            Swift.print("    \(row.count) × \(row.description) (e.g. \(row.exampleRecordID))")
        }
        Swift.print("  commonest missed matches at \(f(threshold.threshold)) (of \(threshold.falseNegatives)):")
        if patterns.missed.isEmpty { Swift.print("    none") }
        for row in patterns.missed {
            let reason = row.reason.map { "\($0.rawValue): " } ?? ""
            Swift.print("    \(row.count) × \(reason)\(row.description) (e.g. \(row.exampleRecordID))")
        }
    }

    private func printSweep(_ points: [LinkageEvaluation.Point]) {
        Swift.print("  by threshold (probability, match weight):")
        for point in points {
            let weight = String(format: "%+6.2f", FellegiSunterModel.weight(ofProbability: point.threshold))
            Swift.print("    \(f(point.threshold)) (\(weight)): \(describe(point))")
        }
    }

    private func printLevelShares(_ rows: [TruePairLevelTally.Row]) {
        Swift.print("  m learned by training vs share among true pairs:")
        for row in rows {
            let flag = row.isFarFromObserved ? "  <- m far from observed" : ""
            Swift.print(
                "    \(row.label): m \(share(row.m)), observed \(share(row.observedShare)) (\(row.observedPairs))\(flag)"
            )
        }
    }

    private func describe(_ point: LinkageEvaluation.Point) -> String {
        "precision \(f(point.precision)), recall \(f(point.recall)), F1 \(f(point.f1)) "
            + "(TP \(point.truePositives), FP \(point.falsePositives), FN \(point.falseNegatives))"
    }

    private func f(_ value: Double) -> String { String(format: "%.4f", value) }

    /// A probability that stays readable when tiny: a level at the floor shows as 1.0e-06, not 0.0000.
    private func share(_ value: Double) -> String {
        value == 0 || value >= 0.001 ? f(value) : String(format: "%.1e", value)
    }
}

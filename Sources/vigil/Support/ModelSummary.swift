import Foundation
import VigilCore

/// A model described in plain text: prior, and each level's m, u and weight.
struct ModelSummary {
    let model: LinkageModel

    var lines: [String] {
        var lines: [String] = []
        for fsModel in [model.person, model.homeAddress].compactMap({ $0 }) {
            lines.append(
                "\(fsModel.kind.rawValue) model: prior \(format(fsModel.priorProbability, scientific: true)) "
                    + "(weight \(format(fsModel.priorWeight))), threshold \(fsModel.threshold)"
            )
            // The m column starts after the model's longest level label: a label is never cut.
            let width = fsModel.comparisons.flatMap(\.levels).map(\.label.count).max() ?? 0
            for comparison in fsModel.comparisons {
                lines.append("  \(comparison.label)")
                for (index, level) in comparison.levels.enumerated() {
                    let name = level.label + String(repeating: " ", count: width - level.label.count)
                    let against = level.termFrequencyRelativeTo.map { " against the \($0) level's u" } ?? ""
                    lines.append(
                        "    \(name) m \(format(level.m, scientific: true))  u \(format(level.u, scientific: true))"
                            + "  weight \(format(comparison.weight(ofLevel: index)))"
                            + (level.termFrequencyAdjusted ? "  (term-frequency adjusted\(against))" : "")
                    )
                }
            }
        }
        for session in model.training.sessions {
            lines.append(
                "training session (\(session.kind.rawValue), blocked on \(session.blockingRule)): "
                    + "\(session.pairs.counted("pair")), \(session.distinctPatterns.counted("pattern")), \(session.iterations.counted("iteration"))"
                    + (session.converged ? "" : " (did not converge)")
                    + ", match share \(format(session.matchShare, scientific: true))"
            )
        }
        return lines
    }

    private func format(_ value: Double, scientific: Bool = false) -> String {
        scientific ? String(format: "%.3g", value) : String(format: "%+.2f", value)
    }
}

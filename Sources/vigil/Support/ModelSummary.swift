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
            for comparison in fsModel.comparisons {
                lines.append("  \(comparison.label)")
                for (index, level) in comparison.levels.enumerated() {
                    let name = level.label.padding(toLength: 44, withPad: " ", startingAt: 0)
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
                "training session (\(session.kind.rawValue), blocked on \(session.blockingRule)): \(session.pairs) pairs, "
                    + "\(session.distinctPatterns) patterns, \(session.iterations) iterations"
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

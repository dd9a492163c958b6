import Foundation
import VigilCore

/// A match explanation as a waterfall, drawn on the server as SVG (no script), with a table that says
/// the same in plain words for screen readers and for printing.
///
/// The chart starts at the prior (how rare a match is), adds one bar per comparison — green when it
/// counts for the match, red when against — and ends at the total match weight, whose probability the
/// caption gives.
struct WaterfallChart: Sendable {
    let explanation: MatchExplanation
    /// Distinguishes several charts on one page (for the SVG's title ids).
    let identifier: String

    private static let width = 720.0
    private static let labelWidth = 260.0
    private static let rowHeight = 26.0
    private static let barHeight = 18.0

    /// The SVG chart.
    var svg: HTML {
        let steps = self.steps
        let values: [Double] = steps.flatMap { [$0.start, $0.end] } + [0]
        let low = values.min() ?? 0
        let high = values.max() ?? 1
        let span = max(high - low, 1)
        let plot = Self.width - Self.labelWidth - 70
        func x(_ value: Double) -> Double { Self.labelWidth + (value - low) / span * plot }
        let height = Double(steps.count) * Self.rowHeight + 30
        var marks: [HTML] = []
        for (index, step) in steps.enumerated() {
            let top = 10 + Double(index) * Self.rowHeight
            let left = x(min(step.start, step.end))
            let barWidth = max(abs(x(step.end) - x(step.start)), 1)
            marks.append(
                """
                <text class="label" x="\(Self.number(Self.labelWidth - 8))" y="\(Self.number(top + 14))" \
                text-anchor="end">\(step.label)</text>\
                <rect class="bar \(step.kind)" x="\(Self.number(left))" y="\(Self.number(top))" \
                width="\(Self.number(barWidth))" height="\(Self.number(Self.barHeight))"><title>\(step.words)</title></rect>\
                <text class="value" x="\(Self.number(x(max(step.start, step.end)) + 4))" y="\(Self.number(top + 14))">\
                \(MatchText.signed(step.end - step.start, total: step.kind == "total" ? step.end : nil))</text>
                """
            )
        }
        let zero = x(0)
        let titleID = "waterfall-\(identifier)-title"
        return """
            <svg class="waterfall" role="img" aria-labelledby="\(titleID)" viewBox="0 0 \(Self.number(Self.width)) \
            \(Self.number(height))" width="100%" xmlns="http://www.w3.org/2000/svg">\
            <title id="\(titleID)">Match weight waterfall: from the prior \(MatchText.signed(explanation.priorWeight)) \
            to a total of \(MatchText.signed(explanation.matchWeight)), probability \
            \(MatchText.percent(explanation.matchProbability)). The table below gives each step.</title>\
            <line class="axis" x1="\(Self.number(zero))" y1="4" x2="\(Self.number(zero))" y2="\(Self.number(height - 16))"/>\
            \(marks)</svg>
            """
    }

    /// The same in a table: one row per step with its plain words and the running total.
    var table: HTML {
        let rows: [HTML] = steps.map { step in
            """
            <tr class="\(step.kind)"><th scope="row">\(step.label)</th><td>\(step.words)</td>\
            <td class="number">\(step.kind == "total" ? MatchText.signed(step.end) : MatchText.signed(step.end - step.start))</td>\
            <td class="number">\(MatchText.signed(step.end))</td></tr>
            """
        }
        return """
            <table class="explanation"><caption>How the match scored, step by step (weights in bits: +1 doubles the \
            odds of a match)</caption>
            <thead><tr><th scope="col">Step</th><th scope="col">In plain words</th><th scope="col">Weight</th>\
            <th scope="col">Running total</th></tr></thead><tbody>\(rows)</tbody></table>
            <p>Total match weight <strong>\(MatchText.signed(explanation.matchWeight))</strong>, probability \
            <strong>\(MatchText.percent(explanation.matchProbability))</strong>.</p>
            """
    }

    /// One bar.
    private struct Step {
        var kind: String
        var label: String
        var words: String
        var start: Double
        var end: Double
    }

    private var steps: [Step] {
        var steps = [
            Step(
                kind: "prior",
                label: "Starting point",
                words: "how rare a match is before comparing anything: \(MatchText.signed(explanation.priorWeight))",
                start: 0,
                end: explanation.priorWeight
            )
        ]
        var running = explanation.priorWeight
        for term in explanation.terms {
            let next = running + term.totalWeight
            let direction = term.totalWeight > 0.05 ? "positive" : term.totalWeight < -0.05 ? "negative" : "zero"
            steps.append(
                Step(kind: "term \(direction)", label: term.label, words: term.plainWords, start: running, end: next)
            )
            running = next
        }
        steps.append(
            Step(
                kind: "total",
                label: "Total",
                words: "total match weight \(MatchText.signed(explanation.matchWeight)), probability "
                    + MatchText.percent(explanation.matchProbability),
                start: 0,
                end: explanation.matchWeight
            )
        )
        return steps
    }

    private static func number(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}

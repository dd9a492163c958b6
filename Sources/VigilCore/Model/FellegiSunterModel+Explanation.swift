/// The values a comparison looked at, for explanations.
public struct ComparedValues: Hashable, Sendable {
    public var record: String
    public var employee: String

    public init(record: String, employee: String) {
        self.record = record
        self.employee = employee
    }
}

extension FellegiSunterModel {
    /// Explains a compared pair: each comparison's level, weight and term-frequency adjustment.
    ///
    /// - Parameter values: per comparison, the normalised values compared (record first).
    public func explain(_ pair: ComparedPair, values: [ComparedValues]) -> MatchExplanation {
        var terms: [ExplanationTerm] = []
        let conditional = conditionalU?.applies(to: pair.vector) ?? false
        for (index, comparison) in comparisons.enumerated() {
            let shown = index < values.count ? values[index] : ComparedValues(record: "", employee: "")
            guard let level = pair.vector[index], level < comparison.levels.count else {
                terms.append(
                    ExplanationTerm(
                        comparison: comparison.name,
                        label: comparison.label,
                        level: "missing",
                        levelLabel: "missing",
                        weight: 0,
                        termFrequencyAdjustment: 0,
                        recordValue: shown.record,
                        employeeValue: shown.employee
                    )
                )
                continue
            }
            let parameters = comparison.levels[level]
            // Mark only the comparisons whose u the condition actually changes.
            let judgedInContext =
                conditional && index != conditionalU?.comparison
                && conditionalU?.u[index] != comparison.levels.map(\.u)
            let base = weight(comparison: index, level: level, conditional: conditional)
            var term =
                (ExplanationTerm(
                    comparison: comparison.name,
                    label: comparison.label,
                    level: parameters.name,
                    levelLabel: parameters.label,
                    weight: base,
                    termFrequencyAdjustment: judgedInContext
                        ? 0
                        : termFrequencyAdjustment(
                            comparison: index,
                            level: level,
                            frequency: pair.frequencies[index],
                            base: base
                        ),
                    recordValue: shown.record,
                    employeeValue: shown.employee
                ))
            if judgedInContext { term.context = conditionalU?.context }
            terms.append(term)
        }
        return MatchExplanation(kind: kind, priorWeight: priorWeight, terms: terms)
    }
}

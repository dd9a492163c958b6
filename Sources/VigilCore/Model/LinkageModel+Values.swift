extension LinkageModel {
    /// What makes the model's numbers unusable, or `nil`: every probability must be a number between 0
    /// and 1, a level adjusted against another level's u must name one the comparison has, and the
    /// household correction must name comparisons and levels the model has.
    ///
    /// A model file edited by hand could otherwise give a negative m (a weight that is not a number, so
    /// matches vanish), a prior of 1 (an infinite weight) or a threshold no probability reaches.
    public func valueProblem() -> String? {
        for model in [person, homeAddress].compactMap({ $0 }) {
            if let problem = Self.valueProblem(of: model) { return "the \(model.kind.rawValue) model's \(problem)" }
        }
        return nil
    }

    private static func valueProblem(of model: FellegiSunterModel) -> String? {
        guard model.priorProbability > 0 && model.priorProbability < 1 else {
            return "prior is \(model.priorProbability); it must be more than 0 and less than 1"
        }
        guard model.threshold >= 0 && model.threshold < 1 else {
            return "threshold is \(model.threshold); it must be at least 0 and less than 1"
        }
        for comparison in model.comparisons {
            for level in comparison.levels {
                for (name, value) in [("m", level.m), ("u", level.u)] where !(value > 0 && value <= 1) {
                    return
                        "\(comparison.name) level \(level.name) has \(name) \(value); it must be more than 0 and at most 1"
                }
                if let other = level.termFrequencyRelativeTo, !comparison.levels.contains(where: { $0.name == other }) {
                    return "\(comparison.name) level \(level.name) is adjusted for frequency against a level "
                        + "'\(other)' that \(comparison.name) does not have"
                }
            }
        }
        guard model.minimumFrequency > 0 && model.minimumFrequency <= 1 else {
            return "minimum frequency is \(model.minimumFrequency); it must be more than 0 and at most 1"
        }
        for (name, table) in model.termFrequencies.sorted(by: { $0.key < $1.key }) {
            guard table.unseenFrequency > 0 && table.unseenFrequency <= 1 else {
                return
                    "\(name) frequencies: the unseen frequency is \(table.unseenFrequency); it must be more than 0 and at most 1"
            }
            if let (value, frequency) = table.frequencies.first(where: { !($0.value > 0 && $0.value <= 1) }) {
                return "\(name) frequency of '\(value)' is \(frequency); it must be more than 0 and at most 1"
            }
        }
        guard let conditional = model.conditionalU else { return nil }
        let shape = model.comparisons.map(\.levels.count)
        guard shape.indices.contains(conditional.comparison),
            conditional.levels.allSatisfy({ (0..<shape[conditional.comparison]).contains($0) }),
            conditional.u.map(\.count) == shape
        else {
            return "household correction does not fit its comparisons and levels"
        }
        guard conditional.u.joined().allSatisfy({ $0 > 0 && $0 <= 1 }) else {
            return "household correction has a u that is not more than 0 and at most 1"
        }
        for set in conditional.exceptWhenAll ?? [] {
            guard shape.indices.contains(set.comparison),
                set.levels.allSatisfy({ (0..<shape[set.comparison]).contains($0) })
            else {
                return "household correction's exceptions do not fit its comparisons and levels"
            }
        }
        return nil
    }
}
